// Runtime: node. The keystroke-to-panel figure: typing in a variable of the full PSP agreement
// (every optional clause on) must update the completeness panel within one frame (< 16 ms).
// Measured in Chromium with performance marks (renderer/perf.ts): from the input event to the
// panel's DOM update, and to the next animation frame. Skipped, with the reason, without Chromium.
import { createHttpClient } from '../../main/api-client-http.ts';
import { unwrap } from '../../main/api.ts';
import { fullMatter } from '../../examples/full-matter.ts';
import { missingBrowser, openSession } from '../../test/e2e/harness.ts';
import { ms, type BenchRow } from './measure.ts';

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

export default async function (): Promise<BenchRow[]> {
  const why = missingBrowser();
  if (why) return [{ name: 'UI keystroke → completeness panel', median: 'skipped', note: why }];
  const s = await openSession();
  try {
    const api = createHttpClient({ token: s.server.token, baseUrl: s.server.origin });
    const created = unwrap(await api.createMatter({ kind: 'psp-contract', title: 'Benchmark: full PSP agreement' }));
    const full = fullMatter('psp-contract');
    unwrap(await api.updateMatter({ matter: { ...full, id: created.id, title: created.title, createdAt: created.createdAt, updatedAt: created.updatedAt }, baseUpdatedAt: created.updatedAt }));
    const { page } = s;
    await page.goto(`${s.server.origin}/#/matter/${created.id}?at=details`);
    const field = page.locator('#v-doc-siteLocation');
    await field.waitFor();
    const clauses = Object.keys(full.clauses).length;
    const rounds = 3;
    const text = 'Tarkwa-Nsuaem District, Western Region';
    for (let i = 0; i < rounds; i++) {
      await field.fill('');
      // the first round warms up the page's JIT and caches; the later rounds are measured
      if (i <= 1) await page.evaluate(() => (window.__mandatePerf = []));
      await field.pressSequentially(text, { delay: 25 });
      await page.waitForTimeout(100);
    }
    const samples = (await page.evaluate(() => window.__mandatePerf ?? [])) as { toDom: number; toFrame: number }[];
    const dom = samples.map((x) => x.toDom);
    const frame = samples.map((x) => x.toFrame);
    return [
      { name: 'UI keystroke → completeness panel (DOM)', median: ms(quantile(dom, 0.5)), target: '< 16 ms', note: `p95 ${ms(quantile(dom, 0.95))}; ${dom.length} keystrokes, full PSP agreement (${clauses} clauses), Chromium` },
      { name: 'UI keystroke → next frame', median: ms(quantile(frame, 0.5)), target: '< 16 ms', note: `p95 ${ms(quantile(frame, 0.95))}; includes waiting for the frame` },
    ];
  } finally {
    await s.close();
  }
}
