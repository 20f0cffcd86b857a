// Runtime: any (pure). The inline markup of clause text (see HACKING.md):
//   {{name}}  placeholder   {@id}  cross-reference ({@id#2}: its second numbered paragraph)
//   {def:Term}  inline definition
// One tokenizer serves the load-time library check, assembly and validation.
import type { Block, Item } from './schema.ts';

export type Token =
  | { type: 'text'; text: string }
  | { type: 'var'; name: string }
  | { type: 'xref'; id: string; paragraph?: number }
  | { type: 'def'; term: string };

const markupRe = /\{\{([a-zA-Z][a-zA-Z0-9]*)\}\}|\{@([a-z0-9]+(?:-[a-z0-9]+)*)(?:#([1-9][0-9]?))?\}|\{def:([^{}]+)\}/g;

// Clause texts are mostly the library's own strings, tokenized again on every validation; a
// bounded cache keeps that cheap. Callers must not mutate the returned arrays.
const tokenCache = new Map<string, Token[]>();

export function tokenize(text: string): Token[] {
  const hit = tokenCache.get(text);
  if (hit) return hit;
  const out = tokenizeUncached(text);
  if (tokenCache.size > 20_000) tokenCache.clear();
  tokenCache.set(text, out);
  return out;
}

function tokenizeUncached(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(markupRe)) {
    if (m.index > last) out.push({ type: 'text', text: text.slice(last, m.index) });
    if (m[1]) out.push({ type: 'var', name: m[1] });
    else if (m[2]) out.push(m[3] ? { type: 'xref', id: m[2], paragraph: Number(m[3]) } : { type: 'xref', id: m[2] });
    else out.push({ type: 'def', term: m[4]!.trim() });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', text: text.slice(last) });
  return out;
}

/** Braces left over after tokenizing are malformed markup, e.g. "{{site name}}" or "{@Foo}". */
export function malformedMarkup(text: string): string[] {
  return tokenize(text)
    .filter((t): t is { type: 'text'; text: string } => t.type === 'text')
    .flatMap((t) => t.text.match(/\{[^}]*\}?/g) ?? []);
}

/** How many numbered paragraphs a clause body makes (each paragraph block is one: 12.1, 12.2 …). */
export function paragraphCount(blocks: Block[]): number {
  return blocks.filter((b) => typeof b === 'string' || 'p' in b).length;
}

function itemTexts(item: Item): string[] {
  return typeof item === 'string' ? [item] : [item.p, ...(item.items ?? []).flatMap(itemTexts)];
}

const textsCache = new WeakMap<Block[], string[]>();

/** Every piece of marked-up text in a list of blocks, in reading order (cached per body). */
export function blockTexts(blocks: Block[]): string[] {
  let texts = textsCache.get(blocks);
  if (!texts) textsCache.set(blocks, (texts = collectTexts(blocks)));
  return texts;
}

function collectTexts(blocks: Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    if (typeof b === 'string') return [b];
    if ('p' in b) return [b.p, ...(b.items ?? []).flatMap(itemTexts), ...(b.then ? [b.then] : [])];
    if ('h' in b) return [b.h];
    if ('note' in b) return [b.note];
    return [...b.table.header, ...b.table.rows.flat()];
  });
}

export function tokensOf(blocks: Block[]): Token[] {
  return blockTexts(blocks).flatMap(tokenize);
}
