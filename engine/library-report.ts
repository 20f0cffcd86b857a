// Runtime: any (pure). The clause library as one readable Markdown document, so a legal
// reviewer can review the library itself: clauses in template order, every position with its
// rationale, the drafting guidance, sources, variables and the provisions each clause satisfies.
import type { Block, Clause, DocumentKind, Item } from '../clauses/schema.ts';
import { tokenize } from '../clauses/markup.ts';
import type { Library } from './library.ts';
import { describeRule } from './rules.ts';

function readable(text: string, clause: Clause, library: Library): string {
  return tokenize(text)
    .map((t) => {
      if (t.type === 'text') return t.text;
      if (t.type === 'def') return `**“${t.term}”**`;
      if (t.type === 'xref') return `[clause: ${library.clauses.get(t.id)?.title ?? t.id}]`;
      const v = clause.variables.find((x) => x.name === t.name);
      return `[${v?.label ?? t.name}]`;
    })
    .join('');
}

function itemsMd(items: Item[], depth: number, clause: Clause, library: Library): string[] {
  return items.flatMap((it) => {
    const text = typeof it === 'string' ? it : it.p;
    return [`${'  '.repeat(depth)}- ${readable(text, clause, library)}`, ...(typeof it === 'string' ? [] : itemsMd(it.items ?? [], depth + 1, clause, library))];
  });
}

function bodyMd(body: Block[], clause: Clause, library: Library): string[] {
  return body.flatMap((b): string[] => {
    if (typeof b === 'string') return [readable(b, clause, library), ''];
    if ('h' in b) return [`**${b.h}**`, ''];
    if ('note' in b) return [`_${readable(b.note, clause, library)}_`, ''];
    if ('table' in b)
      return [`| ${b.table.header.join(' | ')} |`, `|${b.table.header.map(() => '---').join('|')}|`, ...b.table.rows.map((r) => `| ${r.map((c) => readable(c, clause, library)).join(' | ')} |`), ''];
    return [readable(b.p, clause, library), ...itemsMd(b.items ?? [], 0, clause, library), ...(b.then ? [readable(b.then, clause, library)] : []), ''];
  });
}

function clauseMd(clause: Clause, library: Library, provisionsOf: Map<string, string[]>): string[] {
  const out = [`### ${clause.title}`, '', `\`${clause.id}\` · version ${clause.version} · ${clause.role} · topic: ${clause.topic}`, ''];
  if (clause.appliesWhen) out.push(`**Applies when:** ${describeRule(clause.appliesWhen)}`, '');
  if (clause.conflictsWhen) out.push(`**Contradicts the engagement when:** ${describeRule(clause.conflictsWhen)}`, '');
  const provs = provisionsOf.get(clause.id);
  if (provs?.length) out.push(`**Satisfies:** ${provs.map((p) => `${library.provisions.get(p)?.ref ?? ''} \`${p}\``).join(', ')}`, '');
  out.push(`**Sources:** ${clause.sources.map((s) => `${s.standard}${s.ref ? ` ${s.ref}` : ''}${s.note ? ` (${s.note})` : ''}`).join('; ')}`, '');
  if (clause.variables.length) {
    out.push('**Values:**', '');
    for (const v of clause.variables) out.push(`- ${v.label} (\`${v.name}\`, ${v.type}${'min' in v && v.min !== undefined ? `, min ${v.min}` : ''}${'max' in v && v.max !== undefined ? `, max ${v.max}` : ''}${v.default !== undefined ? `, default ${JSON.stringify(v.default)}` : ''})${v.help ? `: ${v.help}` : ''}`);
    out.push('');
  }
  clause.alternatives.forEach((alt, i) => {
    out.push(`#### ${i === 0 ? 'Preferred position' : 'Fallback'}: ${alt.label}`, '', `_${alt.rationale}_`, '');
    if (alt.belowStandard) out.push(`> **Below ${alt.belowStandard.standard}:** ${alt.belowStandard.risk}`, '');
    if (alt.conflictsWhen) out.push(`> Not available when ${describeRule(alt.conflictsWhen)}.`, '');
    out.push(...bodyMd(alt.body, clause, library));
  });
  out.push('**Drafting guidance:** ' + clause.guidance, '');
  return out;
}

export function libraryMarkdown(library: Library, kind?: DocumentKind): string {
  const provisionsOf = new Map<string, string[]>();
  for (const [p, ids] of library.coverage) for (const id of ids) provisionsOf.set(id, [...(provisionsOf.get(id) ?? []), p]);
  const out = ['# Mandate clause library', '', 'Generated from the typed library. Clause text is Mandate’s own drafting; sources are cited, not copied. Values appear as [Label].', ''];
  for (const t of library.templates.values()) {
    if (kind && t.kind !== kind) continue;
    out.push(`## ${t.title} (template \`${t.id}\`, version ${t.version})`, '');
    t.articles.forEach((a, i) => {
      out.push(`### Article ${i + 1}: ${a.title}`, '');
      if (a.definitions) {
        out.push('**Defined terms (printed when the document uses them):**', '');
        for (const g of library.glossary.filter((g) => g.kinds.includes(t.kind))) out.push(`- **${g.term}**: ${g.definition}`);
        out.push('');
      }
      for (const s of a.slots) {
        const c = library.clauses.get(s.clause);
        if (c) out.push(...clauseMd(c, library, provisionsOf).map((l) => l.replace(/^###/, '####')));
      }
    });
    out.push('### Annexes', '');
    for (const s of t.annexes) {
      const c = library.clauses.get(s.clause);
      if (c) out.push(...clauseMd(c, library, provisionsOf).map((l) => l.replace(/^###/, '####')));
    }
    out.push('### Coverage of the standards', '', '| provision | summary | clauses |', '|---|---|---|');
    for (const p of library.provisions.values())
      if (p.kind === t.kind) out.push(`| ${p.ref} \`${p.id}\` | ${p.summary} | ${(library.coverage.get(p.id) ?? []).map((id) => library.clauses.get(id)?.title ?? id).join('; ') || '**none**'} |`);
    out.push('');
  }
  return out.join('\n');
}
