// Runtime: browser (pure). Clause bodies as plain text a lawyer can edit, and back:
//   paragraphs are separated by a blank line;
//   "- " starts a sub-clause (a), "  - " a sub-sub-clause (i);
//   a line after the sub-clauses that does not start with "-" is the text that follows the list.
// Placeholders ({{name}}) and references ({@id}) stay as written so they keep working.
import type { Block } from '../model.ts';

type Item = string | { p: string; items?: Item[] };

function itemLines(items: Item[], depth: number): string[] {
  return items.flatMap((it) => {
    const pad = '  '.repeat(depth);
    if (typeof it === 'string') return [`${pad}- ${it}`];
    return [`${pad}- ${it.p}`, ...itemLines(it.items ?? [], depth + 1)];
  });
}

/** The editable text of a body; tables and headings (annexes) cannot be edited this way. */
export function bodyToText(body: Block[]): string | undefined {
  const parts: string[] = [];
  for (const b of body) {
    if (typeof b === 'string') parts.push(b);
    else if ('p' in b) parts.push([b.p, ...itemLines((b.items ?? []) as Item[], 0), ...(b.then ? [b.then] : [])].join('\n'));
    else return undefined;
  }
  return parts.join('\n\n');
}

export function textToBody(text: string): Block[] {
  const paragraphs = text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) => p.split('\n').filter((l) => l.trim() !== ''))
    .filter((lines) => lines.length > 0);
  return paragraphs.map((lines): Block => {
    const head: string[] = [];
    let i = 0;
    while (i < lines.length && !/^\s*- /.test(lines[i]!)) head.push(lines[i++]!.trim());
    const root: { p: string; items: Item[] }[] = [];
    const stack: { depth: number; items: Item[] }[] = [{ depth: -1, items: [] }];
    const tail: string[] = [];
    for (; i < lines.length; i++) {
      const m = /^(\s*)- (.*)$/.exec(lines[i]!);
      if (!m || tail.length) {
        tail.push(lines[i]!.trim());
        continue;
      }
      const depth = Math.floor(m[1]!.length / 2);
      while (stack.length > 1 && stack[stack.length - 1]!.depth >= depth) stack.pop();
      const parent = stack[stack.length - 1]!;
      const node = { p: m[2]!.trim(), items: [] as Item[] };
      parent.items.push(node);
      stack.push({ depth, items: node.items });
    }
    void root;
    const simplify = (items: Item[]): Item[] =>
      items.map((it) => (typeof it === 'string' ? it : it.items && it.items.length ? { p: it.p, items: simplify(it.items) } : it.p));
    const items = simplify(stack[0]!.items);
    const p = head.join(' ');
    if (!items.length && !tail.length) return p;
    return { p, ...(items.length ? { items: items as never } : {}), ...(tail.length ? { then: tail.join(' ') } : {}) };
  });
}
