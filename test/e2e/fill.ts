// Runtime: node. How the e2e "user" fills a field the completeness panel jumped to: it reads
// the focused field's id, finds the variable it stands for in the library, and types a
// plausible value the way a person would (typing, choosing from a select).
import type { Page } from 'playwright-core';
import { loadLibrary } from '../../engine/library.ts';
import { sampleValue } from '../../examples/full-matter.ts';
import type { DocumentKind } from '../../clauses/schema.ts';

const realistic: Record<string, string> = {
  siteName: 'the Kanoma gold mine',
  siteLocation: 'Tarkwa-Nsuaem Municipal District, Western Region',
  territorialState: 'Ghana',
  'signatory-name': 'Ama Mensah',
  'signatory-title': 'Managing Director',
};

type Variable = ReturnType<typeof loadLibrary>['templates'] extends Map<string, infer T> ? (T extends { variables: (infer V)[] } ? V : never) : never;

function variableFor(id: string, kind: DocumentKind): Variable | undefined {
  const library = loadLibrary();
  if (id.startsWith('v-doc-')) return library.templates.get(kind)!.variables.find((v) => v.name === id.slice(6));
  const m = /^v-(.+)-([a-zA-Z0-9]+)$/.exec(id);
  return m ? library.clauses.get(m[1]!)?.variables.find((v) => v.name === m[2]) : undefined;
}

/** Fill the focused field; returns a description of what was typed, or throws if it cannot. */
export async function fillFocused(page: Page, kind: DocumentKind): Promise<string> {
  const id = await page.evaluate(() => document.activeElement?.id ?? '');
  const field = page.locator(`[id="${id}"]`);
  if (id.startsWith('f-parties-')) {
    const key = id.replace(/^f-parties-\d+-/, '');
    const value = realistic[key] ?? (key === 'address' ? '1 Independence Avenue, Accra' : 'Sample');
    await field.fill(value);
    return `${id} = ${value}`;
  }
  const v = variableFor(id, kind);
  if (!v) throw new Error(`The completeness panel focused "${id}", which is not a field the test knows how to fill.`);
  const value = realistic[v.name] ?? sampleValue(v, ['company', 'provider']);
  switch (v.type) {
    case 'enum':
    case 'party':
      await field.selectOption(String(value === undefined ? (v.type === 'enum' ? v.options[0]!.value : 'provider') : value));
      break;
    case 'money': {
      const m = value as { amount: number; currency: string };
      await field.fill(String(m.amount));
      const currency = page.getByLabel(`${v.label}: currency`);
      if (await currency.count()) await currency.fill(m.currency);
      break;
    }
    case 'duration': {
      const d = value as { amount: number; unit: string };
      await field.fill(String(d.amount));
      await page.getByLabel(`${v.label}: unit`).selectOption(d.unit);
      break;
    }
    case 'list':
      await field.fill((value as string[]).join('\n'));
      break;
    default:
      await field.fill(String(value));
  }
  return `${id} = ${JSON.stringify(value)}`;
}
