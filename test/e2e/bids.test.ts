// Runtime: node. The bids workspace in Chromium: a procurement officer imports the example
// tender's CSV, sees the ranking and why bids were excluded, reads a cell's evidence in the bid
// matrix, and awards the contract, which opens a PSP agreement pre-filled with the winner.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createHttpClient } from '../../main/api-client-http.ts';
import { unwrap } from '../../main/api.ts';
import { defaultCriteria } from '../../engine/bids/defaults.ts';
import { readBidsCsv } from '../../engine/bids/import-csv.ts';
import { evaluate } from '../../engine/bids/score.ts';
import { awardMatter } from '../../engine/bids/award.ts';
import { describeViolations, missingBrowser, missingTool, openSession, repoRoot, screenshot, seriousA11yViolations, type Session } from './harness.ts';

const skip = missingBrowser();
const csvPath = join(repoRoot, 'examples', 'bids', 'tender-bids.csv');
let s: Session;
let page: Page;
const work = mkdtempSync(join(tmpdir(), 'mandate-e2e-bids-'));

before(async () => {
  if (skip) return;
  s = await openSession();
  page = s.page;
  page.setDefaultTimeout(10_000);
});
after(async () => {
  await s?.close();
  rmSync(work, { recursive: true, force: true });
});

test('bids are imported, compared and awarded into a contract', { skip }, async () => {
  // What the engine makes of the file, for comparison with what the screen shows.
  const expected = evaluate(defaultCriteria(), readBidsCsv(new Uint8Array(readFileSync(csvPath)), defaultCriteria()).bids);
  const winner = expected.winners[0]!;
  const excluded = expected.bids.filter((b) => b.excluded);
  assert.ok(excluded.length > 0, 'the example tender has an excluded bid');

  await page.getByRole('link', { name: 'Bid evaluations' }).click();
  await page.getByRole('heading', { name: 'Bid evaluations' }).waitFor();
  await page.getByLabel('Import bids (CSV or JSON)…').setInputFiles(csvPath);
  const ranking = page.locator('table.ranking');
  await ranking.waitFor();
  const firstRow = ranking.locator('tbody tr').first();
  assert.match(await firstRow.innerText(), new RegExp(`^1\\s+${winner.bidder}`));
  for (const b of excluded) {
    const row = ranking.locator('tbody tr', { hasText: b.bidder });
    assert.match(await row.innerText(), /Excluded:/, `${b.bidder} is shown as excluded with the reason`);
  }

  await page.getByRole('img', { name: new RegExp(`${winner.bidder}: `) }).waitFor();
  const withEvidence = Object.keys(winner.evidence)[0]!;
  const label = expected.criteria.criteria.find((c) => c.id === withEvidence)!.label;
  await page.getByRole('button', { name: new RegExp(`^${winner.bidder}, ${label.replace(/[()]/g, '.')}: .*evidence noted`) }).click();
  await page.getByRole('complementary', { name: 'Selected cell' }).getByText(winner.evidence[withEvidence]!.split('\n')[0]!).waitFor();
  await screenshot(page, '13-bids');
  const violations = await seriousA11yViolations(page);
  assert.equal(violations.length, 0, describeViolations(violations));

  // The evaluation is stored: after a reload it is in the list and opens again.
  await page.reload();
  await page.getByRole('navigation', { name: 'Evaluations' }).getByRole('button', { name: /tender-bids/ }).click();
  await ranking.waitFor();
  // The evaluation report for the tender file.
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Evaluation report (PDF)' }).click()]);
  const reportPath = join(work, 'report.pdf');
  await download.saveAs(reportPath);
  const noPdftotext = missingTool('pdftotext');
  if (!noPdftotext) {
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', reportPath, '-'], { encoding: 'utf8' });
    assert.match(text, new RegExp(winner.bidder), 'the report names the winning bidder');
  }

  await page.getByRole('button', { name: `Award to ${winner.bidder}…` }).click();
  await page.getByRole('region', { name: `Award to ${winner.bidder}` }).waitFor();
  await page.getByRole('button', { name: 'Create the PSP agreement' }).click();
  await page.getByRole('navigation', { name: 'Document outline' }).waitFor();
  const id = decodeURIComponent(/#\/matter\/([^/?]+)/.exec(page.url())![1]!);
  const api = createHttpClient({ token: s.server.token, baseUrl: s.server.origin });
  const m = unwrap(await api.getMatter({ id }));
  const provider = m.parties.find((p) => p.role === 'provider');
  assert.equal(provider?.legalName, winner.bidder);
  assert.equal(provider?.icocaStatus, winner.icocaStatus);
  // Every commitment the engine's award carries for this bid is in the saved contract.
  const award = awardMatter({ result: expected, bidder: winner.bidder, id: 'expected', now: m.createdAt });
  assert.ok(award.carried.length > 0, 'the winning bid carries commitments into the contract');
  for (const c of award.carried) {
    const got = c.clauseId ? m.clauses[c.clauseId]?.values[c.variable] : m.values[c.variable];
    const want = c.clauseId ? award.matter.clauses[c.clauseId]?.values[c.variable] : award.matter.values[c.variable];
    assert.deepEqual(got, want, `${c.commitment} (${c.bid}) is written into ${c.clauseId ?? 'the document'} / ${c.variable}`);
  }
  assert.deepEqual(s.pageErrors, []);
});
