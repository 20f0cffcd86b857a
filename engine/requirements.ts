// Runtime: any (pure). Engagement facts → the provisions this deal must contain, each with the
// reason (which fact) and the standard it rests on. All rules are data (clauses/requirement-rules.ts).
import type { DocumentKind } from '../clauses/schema.ts';
import type { PartialFacts } from '../clauses/facts.ts';
import type { Provision } from '../clauses/provision-schema.ts';
import { loadLibrary, type Library } from './library.ts';
import { completeFacts, holds } from './rules.ts';

export interface Requirement {
  provision: Provision;
  /** why it is required: "Always required in a PSP contract", or each rule's reason */
  reasons: string[];
  /** ids of the rules that switched it on (empty for always-required provisions) */
  ruleIds: string[];
  /** the standards: the provision's basis, and the sources of the rules that switched it on */
  source: string;
  /** clauses of this kind's template that satisfy it, in template order */
  clauseIds: string[];
}

const kindLabel: Record<DocumentKind, string> = {
  'psp-contract': 'a PSP security services agreement',
  'public-security-mou': 'a public-security MoU',
};

/** Template order of clause ids, for a stable, readable order of candidates. */
function templateOrder(library: Library, kind: DocumentKind): Map<string, number> {
  const t = library.templates.get(kind);
  const ids = [...(t?.articles.flatMap((a) => a.slots.map((s) => s.clause)) ?? []), ...(t?.annexes.map((s) => s.clause) ?? [])];
  return new Map(ids.map((id, i) => [id, i]));
}

export function requirements(facts: PartialFacts, kind: DocumentKind, library: Library = loadLibrary()): Requirement[] {
  const all = completeFacts(facts);
  const order = templateOrder(library, kind);
  const byId = new Map<string, Requirement>();
  const add = (provision: Provision, reason: string, ruleId?: string, ruleSource?: string) => {
    let req = byId.get(provision.id);
    if (!req) {
      const clauseIds = (library.coverage.get(provision.id) ?? []).filter((id) => order.has(id)).sort((a, b) => order.get(a)! - order.get(b)!);
      req = { provision, reasons: [], ruleIds: [], source: provision.basis, clauseIds };
      byId.set(provision.id, req);
    }
    if (!req.reasons.includes(reason)) req.reasons.push(reason);
    if (ruleId) {
      req.ruleIds.push(ruleId);
      if (ruleSource && !req.source.includes(ruleSource)) req.source = `${req.source} ${ruleSource}`.trim();
    }
  };
  for (const p of library.provisions.values()) if (p.kind === kind && p.mandatory) add(p, `Always required in ${kindLabel[kind]}`);
  for (const rule of library.rules) {
    if (!holds(rule.when, all)) continue;
    for (const id of rule.requires) {
      const p = library.provisions.get(id);
      if (p?.kind === kind) add(p, rule.reason, rule.id, rule.source);
    }
  }
  const catalogueOrder = [...library.provisions.keys()];
  return [...byId.values()].sort((a, b) => catalogueOrder.indexOf(a.provision.id) - catalogueOrder.indexOf(b.provision.id));
}

/** Findings the rules themselves carry (e.g. ICoC ¶33 detention services) for these facts. */
export function ruleFindings(facts: PartialFacts, kind: DocumentKind, library: Library = loadLibrary()) {
  const all = completeFacts(facts);
  return library.rules.filter((r) => r.finding && r.finding.kinds.includes(kind) && holds(r.when, all)).map((r) => ({ rule: r, finding: r.finding! }));
}
