// Runtime: any (pure). Defined terms: which glossary terms a text uses, found word by word
// (longest form first, so "Public Security Forces" wins over a shorter term it starts with).
import type { GlossaryEntry } from '../clauses/schema.ts';

export interface TermMatcher {
  /** the terms (canonical form) used in these texts */
  used(texts: Iterable<string>): Set<string>;
}

export function termMatcher(entries: GlossaryEntry[]): TermMatcher {
  // Index every form by its first word; scan the text word by word and only try the forms that
  // start with that word. Terms are capitalised, so lower-case words are skipped at once.
  const canonical = new Map<string, string>();
  for (const e of entries) for (const form of [e.term, ...e.forms]) canonical.set(form, e.term);
  const byFirstWord = new Map<string, string[]>();
  for (const form of canonical.keys()) {
    const first = form.split(/[^A-Za-z0-9\u00C0-\u024F]/)[0]!;
    byFirstWord.set(first, [...(byFirstWord.get(first) ?? []), form].sort((a, b) => b.length - a.length));
  }
  const wordRe = /[A-Z][A-Za-z0-9\u00C0-\u024F]*/g;
  // the characters of wordRe, by code: a letter, a digit or a Latin letter with a diacritic
  const isWordChar = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 0xc0 && c <= 0x24f);
  // exec and charCodeAt rather than matchAll and one-character strings: validation scans every
  // text of the agreement, and before the JIT warms up each iterator step and string is a cost
  const scan = (text: string): string[] => {
    const found: string[] = [];
    wordRe.lastIndex = 0;
    for (let m = wordRe.exec(text); m; m = wordRe.exec(text)) {
      const at = m.index;
      if (at > 0 && isWordChar(text.charCodeAt(at - 1))) continue;
      const forms = byFirstWord.get(m[0]);
      if (!forms) continue;
      for (const form of forms) {
        if (text.startsWith(form, at) && !isWordChar(text.charCodeAt(at + form.length))) {
          found.push(canonical.get(form)!);
          break;
        }
      }
    }
    return found;
  };
  // Most texts are the library's own strings, scanned again on every keystroke: remember them.
  const seen = new Map<string, string[]>();
  return {
    used(texts) {
      const out = new Set<string>();
      for (const text of texts) {
        let found = seen.get(text);
        if (!found) {
          found = scan(text);
          if (seen.size > 20_000) seen.clear();
          seen.set(text, found);
        }
        for (const t of found) out.add(t);
      }
      return out;
    },
  };
}

/** "means …" is added unless the definition already says how it defines ("means", "includes" …). */
export function definitionLead(definition: string): string {
  return /^(means|includes|has the meaning|refers to|is )/.test(definition.trim()) ? '' : 'means ';
}
