// Runtime: any (pure). Matter + template + clauses → one Document tree: cover, contents,
// parties and recitals, definitions, numbered articles / clauses / sub-clauses, signature page,
// annexes. Numbering, cross-references and defined terms are resolved here, once, for every
// renderer. Deterministic: the same matter always gives the same tree.
import type { Block, Item, Variable } from '../clauses/schema.ts';
import { paragraphCount } from '../clauses/markup.ts';
import type { Template } from '../templates/schema.ts';
import type { DocBlock, DocumentTree, Run, Section, TocEntry } from './document.ts';
import type { Matter } from './matter.ts';
import { loadLibrary, templateFor, type Library } from './library.ts';
import { includedClauses, type IncludedClause } from './selection.ts';
import { inlineRuns, missingText, type InlineContext } from './inline.ts';
import { definitionLead } from './terms.ts';
import { definedTerms } from './definitions.ts';
import { effectiveValue, formatDate, isValidIsoDate } from './values.ts';

export interface AssembleOptions {
  /** a draft keeps [MISSING] markers visible and is watermarked by the renderers */
  draft?: boolean;
  library?: Library;
}

const alpha = (n: number) => String.fromCharCode(96 + n);
const roman = (n: number) =>
  ['i', 'ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii', 'xiii', 'xiv', 'xv', 'xvi', 'xvii', 'xviii', 'xix', 'xx'][n - 1] ?? String(n);
const itemNumber = (depth: number, n: number) => `(${depth === 1 ? alpha(n) : depth === 2 ? roman(n) : alpha(n).toUpperCase()})`;

export const clauseAnchor = (id: string) => `c-${id}`;
export const articleAnchor = (id: string) => `art-${id}`;

/** Numbers every article, clause and annex: the basis of cross-references and the outline. */
function numberDocument(template: Template, included: IncludedClause[]) {
  const refs = new Map<string, { text: string; anchor: string }>();
  /** every numbered paragraph of each clause, for references to a later paragraph ({@id#2}) */
  const paragraphs = new Map<string, string[]>();
  const articles: { id: string; title: string; number: string; definitions: boolean; clauses: IncludedClause[] }[] = [];
  let n = 0;
  for (const a of template.articles) {
    const clauses = included.filter((c) => c.articleId === a.id);
    if (!clauses.length && !a.definitions) continue;
    const number = String(++n);
    articles.push({ id: a.id, title: a.title, number, definitions: !!a.definitions, clauses });
    let m = a.definitions ? 1 : 0;
    for (const c of clauses) {
      refs.set(c.id, { text: `clause ${number}.${m + 1}`, anchor: clauseAnchor(c.id) });
      const count = paragraphCount(c.body);
      paragraphs.set(c.id, Array.from({ length: count }, (_, i) => `${number}.${m + 1 + i}`));
      m += count;
    }
  }
  const annexes = included.filter((c) => c.articleId === undefined);
  annexes.forEach((c, i) => refs.set(c.id, { text: `Annex ${i + 1}`, anchor: clauseAnchor(c.id) }));
  const reference = (id: string, paragraph?: number) => {
    const ref = refs.get(id);
    if (!ref || !paragraph || paragraph === 1) return ref;
    const number = paragraphs.get(id)?.[paragraph - 1];
    return number ? { text: `clause ${number}`, anchor: ref.anchor } : undefined;
  };
  return { reference, articles, annexes };
}

export function assemble(matter: Matter, options: AssembleOptions = {}): DocumentTree {
  const library = options.library ?? loadLibrary();
  const template = templateFor(matter.kind, library);
  const included = includedClauses(matter, template, library);
  const { reference, articles, annexes } = numberDocument(template, included);
  const partyTerms = new Map(template.parties.map((p) => [p.role, p.term]));
  const docVars = new Map(template.variables.map((v) => [v.name, v]));

  const context = (c?: IncludedClause): InlineContext => {
    const own = new Map<string, Variable>((c?.clause.variables ?? []).map((v) => [v.name, v]));
    return {
      clauseId: c?.id,
      lookup: (name) => {
        const v = own.get(name);
        if (v) return { variable: v, value: effectiveValue(v, c!.selection.values[name], matter.parties), clauseId: c!.id };
        const d = docVars.get(name);
        return d ? { variable: d, value: matter.values[d.name] } : undefined;
      },
      reference,
      titleOf: (id) => library.clauses.get(id)?.title ?? id,
      partyTerm: (role) => partyTerms.get(role as never) ?? role,
    };
  };

  const itemBlocks = (items: Item[], depth: 1 | 2 | 3, ctx: InlineContext): DocBlock[] =>
    items.flatMap((item, i) => {
      const text = typeof item === 'string' ? item : item.p;
      const sub = typeof item === 'string' ? [] : (item.items ?? []);
      return [
        { type: 'item' as const, number: itemNumber(depth, i + 1), depth, runs: inlineRuns(text, ctx), clauseId: ctx.clauseId },
        ...itemBlocks(sub, Math.min(depth + 1, 3) as 1 | 2 | 3, ctx),
      ];
    });

  /** Body blocks of a clause in an article: each paragraph its own numbered clause. */
  const articleBlocks = (c: IncludedClause, articleNo: string, start: number): DocBlock[] => {
    const ctx = context(c);
    const out: DocBlock[] = [];
    let m = start;
    c.body.forEach((b, i) => {
      if (typeof b === 'object' && 'note' in b) {
        out.push({ type: 'paragraph', style: 'note', runs: inlineRuns(b.note, ctx), clauseId: c.id });
        return;
      }
      if (typeof b === 'object' && ('h' in b || 'table' in b)) {
        out.push(...annexBlocks([b], ctx));
        return;
      }
      const text = typeof b === 'string' ? b : b.p;
      out.push({
        type: 'clause',
        number: `${articleNo}.${++m}`,
        ...(i === 0 ? { title: c.clause.title, anchor: clauseAnchor(c.id) } : {}),
        runs: inlineRuns(text, ctx),
        clauseId: c.id,
      });
      if (typeof b === 'object' && 'p' in b) {
        out.push(...itemBlocks(b.items ?? [], 1, ctx));
        if (b.then) out.push({ type: 'paragraph', style: 'continuation', runs: inlineRuns(b.then, ctx), clauseId: c.id });
      }
    });
    return out;
  };

  const annexBlocks = (body: Block[], ctx: InlineContext): DocBlock[] =>
    body.flatMap((b): DocBlock[] => {
      if (typeof b === 'string') return [{ type: 'paragraph', runs: inlineRuns(b, ctx), clauseId: ctx.clauseId }];
      if ('h' in b) return [{ type: 'heading', level: 2, text: b.h }];
      if ('note' in b) return [{ type: 'paragraph', style: 'note', runs: inlineRuns(b.note, ctx), clauseId: ctx.clauseId }];
      if ('table' in b)
        return [{ type: 'table', header: b.table.header, rows: b.table.rows.map((r) => r.map((cell) => inlineRuns(cell, ctx))), blankRows: b.table.blankRows ?? 0 }];
      return [
        { type: 'paragraph', runs: inlineRuns(b.p, ctx), clauseId: ctx.clauseId },
        ...itemBlocks(b.items ?? [], 1, ctx),
        ...(b.then ? [{ type: 'paragraph' as const, style: 'continuation' as const, runs: inlineRuns(b.then, ctx), clauseId: ctx.clauseId }] : []),
      ];
    });

  // Articles (definitions are filled in after the text they define is known).
  const articleSections: Section[] = articles.map((a) => {
    let m = a.definitions ? 1 : 0;
    const blocks: DocBlock[] = [{ type: 'heading', level: 1, number: a.number, text: a.title, anchor: articleAnchor(a.id) }];
    for (const c of a.clauses) {
      const b = articleBlocks(c, a.number, m);
      m += paragraphCount(c.body);
      blocks.push(...b);
    }
    return { kind: 'article', anchor: articleAnchor(a.id), title: a.title, number: a.number, newPage: false, blocks };
  });

  const annexSections: Section[] = annexes.map((c, i) => ({
    kind: 'annex',
    anchor: clauseAnchor(c.id),
    title: c.clause.title,
    number: String(i + 1),
    newPage: true,
    blocks: [{ type: 'heading', level: 1, number: `Annex ${i + 1}`, text: c.clause.title, anchor: clauseAnchor(c.id) }, ...annexBlocks(c.body, context(c))],
  }));

  // Parties, recitals and operative words.
  const partyRuns = (role: string): Run[] => {
    const p = matter.parties.find((x) => x.role === role);
    const term = partyTerms.get(role as never) ?? role;
    const name: Run = p?.legalName.trim() ? { text: p.legalName.trim(), bold: true } : { text: missingText(`legal name of the ${term}`), missing: { variable: `party:${role}` } };
    const details = [p?.type, p?.registration ? `registered under number ${p.registration}` : '', p?.address ? `whose address is ${p.address}` : '']
      .map((s) => s?.trim())
      .filter(Boolean);
    return [name, { text: `${details.length ? `, ${details.join(', ')}` : ''} (the ` }, { text: `“${term}”`, bold: true }, { text: ')' }];
  };
  const shown = template.parties.filter((tp) => tp.required || matter.parties.some((p) => p.role === tp.role && p.legalName.trim()));
  const docCtx = context();
  const dateText = isValidIsoDate(matter.documentDate) ? formatDate(matter.documentDate) : '';
  const partiesSection: Section = {
    kind: 'parties',
    anchor: 'parties',
    title: 'Parties',
    newPage: true,
    blocks: [
      { type: 'paragraph', runs: [{ text: `This ${template.documentTerm} is dated ${dateText || 'the date of the last signature below'} and is made between:` }] },
      ...shown.map((tp, i): DocBlock => ({ type: 'paragraph', style: 'recital', number: `(${i + 1})`, runs: [...partyRuns(tp.role), { text: i < shown.length - 2 ? ';' : i === shown.length - 2 ? '; and' : '.' }] })),
      { type: 'heading', level: 2, text: 'Background' },
      ...template.recitals.map((r, i): DocBlock => ({ type: 'paragraph', style: 'recital', number: `(${String.fromCharCode(65 + i)})`, runs: inlineRuns(r, docCtx) })),
      { type: 'paragraph', runs: inlineRuns(template.operativeWords, docCtx) },
    ],
  };

  // Definitions: the glossary terms the document uses (party terms are defined in the parties block).
  const defSection = articleSections[articles.findIndex((a) => a.definitions)];
  if (defSection) {
    const defs = definedTerms(template, included, library);
    const num = defSection.number!;
    defSection.blocks.splice(
      1,
      0,
      { type: 'clause', number: `${num}.1`, title: 'Definitions', runs: [{ text: `In this ${template.documentTerm}, the following terms have the meanings given to them below:` }] },
      ...defs.map((g): DocBlock => ({ type: 'definition', term: g.term, runs: inlineRuns(`${definitionLead(g.definition)}${g.definition}`, docCtx) })),
    );
  }

  const signatureSection: Section = {
    kind: 'signature',
    anchor: 'signatures',
    title: 'Signatures',
    newPage: true,
    blocks: [
      { type: 'heading', level: 1, text: 'Signatures', anchor: 'signatures' },
      { type: 'paragraph', runs: inlineRuns(template.signature.intro, docCtx) },
      {
        type: 'signatures',
        blocks: shown.map((tp) => {
          const p = matter.parties.find((x) => x.role === tp.role);
          return {
            term: tp.term,
            partyName: p?.legalName.trim() || missingText(`legal name of the ${tp.term}`),
            signatoryName: p?.signatory.name.trim() || missingText(`signatory of the ${tp.term}`),
            signatoryTitle: p?.signatory.title.trim() || missingText(`title of the signatory of the ${tp.term}`),
            witness: template.signature.witness || !!p?.witness,
            fieldName: `Signature_${tp.term.replace(/[^A-Za-z0-9]/g, '')}`,
          };
        }),
      },
    ],
  };

  const toc: TocEntry[] = [
    ...articleSections.map((s) => ({ number: s.number, title: s.title, anchor: s.anchor })),
    { title: 'Signatures', anchor: 'signatures' },
    ...annexSections.map((s) => ({ number: `Annex ${s.number}`, title: s.title, anchor: s.anchor })),
  ];
  const partyNames = shown.map((tp) => ({ term: tp.term, name: matter.parties.find((p) => p.role === tp.role)?.legalName.trim() || missingText(`legal name of the ${tp.term}`) }));
  const coverSection: Section = {
    kind: 'cover',
    anchor: 'cover',
    title: template.title,
    newPage: false,
    blocks: [
      { type: 'heading', level: 1, text: template.title },
      { type: 'paragraph', style: 'centered', runs: [{ text: dateText ? `Dated ${dateText}` : 'Dated the date of the last signature' }] },
      ...partyNames.flatMap((p, i): DocBlock[] => [
        ...(i > 0 ? [{ type: 'paragraph' as const, style: 'centered' as const, runs: [{ text: 'and' }] }] : []),
        { type: 'paragraph', style: 'centered', runs: [{ text: p.name, bold: true, ...(p.name.startsWith('[MISSING') ? { missing: { variable: `party:${p.term}` } } : {}) }, { text: ` (the “${p.term}”)` }] },
      ]),
      { type: 'paragraph', style: 'centered', runs: [{ text: `Version ${matter.versionLabel} · ${matter.confidentiality}` }] },
    ],
  };
  const tocSection: Section = { kind: 'toc', anchor: 'contents', title: 'Contents', newPage: true, blocks: [], toc };

  const siteName = docVars.has('siteName') ? inlineRuns('{{siteName}}', docCtx).map((r) => r.text).join('') : '';
  return {
    meta: {
      kind: matter.kind,
      title: template.title,
      shortTitle: template.shortTitle,
      versionLabel: matter.versionLabel,
      dateText,
      confidentiality: matter.confidentiality,
      draft: options.draft ?? false,
      parties: partyNames,
      subject: siteName && !siteName.startsWith('[MISSING') ? `${template.title}: ${siteName}` : template.title,
      keywords: matter.kind === 'psp-contract' ? ['private security', 'ICoC', 'Voluntary Principles', 'Montreux Document'] : ['public security', 'memorandum of understanding', 'Voluntary Principles'],
    },
    sections: [coverSection, tocSection, partiesSection, ...articleSections, signatureSection, ...annexSections],
  };
}
