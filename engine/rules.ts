// Runtime: any (pure). Evaluates and explains facts rules (clauses/facts.ts).
import { defaultFacts, type EngagementFacts, type FactsRule, type PartialFacts } from '../clauses/facts.ts';

export function completeFacts(facts: PartialFacts | undefined): EngagementFacts {
  return { ...defaultFacts, ...(facts ?? {}) };
}

export function holds(rule: FactsRule, facts: EngagementFacts): boolean {
  if ('all' in rule) return rule.all.every((r) => holds(r, facts));
  if ('any' in rule) return rule.any.some((r) => holds(r, facts));
  if ('not' in rule) return !holds(rule.not, facts);
  const value = facts[rule.fact];
  if ('is' in rule) return value === rule.is;
  return rule.in.includes(String(value));
}

/** "armedPersonnel is yes and supportToPublicSecurity is one of financial, equipment" */
export function describeRule(rule: FactsRule): string {
  if ('all' in rule) return rule.all.map(describeRule).join(' and ');
  if ('any' in rule) return `(${rule.any.map(describeRule).join(' or ')})`;
  if ('not' in rule) return `not (${describeRule(rule.not)})`;
  if ('is' in rule) return `${rule.fact} is ${rule.is === true ? 'yes' : rule.is === false ? 'no' : rule.is}`;
  return `${rule.fact} is one of ${rule.in.join(', ')}`;
}
