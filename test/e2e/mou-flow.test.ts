// Runtime: node. A memorandum of understanding with public security forces, end to end in
// Chromium against web mode: the user answers the facts (in-kind support, crowd-control risk),
// sees what they add, names the parties, follows the findings until the MoU is signature-ready,
// and exports a final PDF that pdftotext reads back with the parties and the provisions those
// facts required.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createHttpClient } from '../../main/api-client-http.ts';
import { unwrap, type MandateApi } from '../../main/api.ts';
import { missingBrowser, missingTool, openSession, type Session } from './harness.ts';
import { fillFocused } from './fill.ts';

const skip = missingBrowser();
let s: Session;
let page: Page;
let api: MandateApi;
const work = mkdtempSync(join(tmpdir(), 'mandate-e2e-mou-'));

before(async () => {
  if (skip) return;
  s = await openSession();
  page = s.page;
  api = createHttpClient({ token: s.server.token, baseUrl: s.server.origin });
  page.setDefaultTimeout(10_000);
});
after(async () => {
  await s?.close();
  rmSync(work, { recursive: true, force: true });
});

const blockingCount = async () => {
  const summary = page.getByTestId('completeness-summary');
  if (await summary.getByText('Ready for signature').count()) return 0;
  return Number(await page.getByTestId('blocking-count').textContent());
};

test('an MoU with public security is drafted from its facts to a signature-ready PDF', { skip }, async (t) => {
  await page.getByRole('heading', { name: 'Matters' }).waitFor();
  await page.getByRole('link', { name: 'New MoU' }).click();
  await page.getByRole('heading', { name: 'About the engagement' }).waitFor();
  const support = page.getByRole('group', { name: 'What support will the company give public security forces?' });
  await support.getByLabel('In kind (food, lodging, fuel, transport)').check();
  await support.getByText(/This answer adds/).waitFor();
  const crowds = page.getByRole('group', { name: /Are protests, road blocks or large crowds at the site foreseeable/ });
  await crowds.getByLabel('Yes').check();
  await crowds.getByText(/This answer adds/).waitFor();

  await page.getByRole('button', { name: 'Continue to parties' }).click();
  await page.getByLabel('Matter title').fill('MoU with the Western Region Police Command');
  await page.getByLabel('Company: full legal name').fill('Kanoma Gold Mining Ltd');
  await page.getByLabel('Public security command: full legal name').fill('Ghana Police Service, Western Regional Command');
  await page.getByLabel('Name of the Site').fill('the Kanoma gold mine');
  await page.getByRole('button', { name: /^Create the / }).click();
  await page.getByRole('navigation', { name: 'Document outline' }).waitFor();
  const id = decodeURIComponent(/#\/matter\/([^/?]+)/.exec(page.url())![1]!);
  const created = unwrap(await api.getMatter({ id }));
  assert.equal(created.kind, 'public-security-mou');
  assert.equal(created.facts.supportToPublicSecurity, 'in-kind');
  assert.equal(created.facts.crowdControlRisk, true);
  // What the two answers added: the provisions required with them and not without them.
  const withAnswers = unwrap(await api.requirements({ kind: 'public-security-mou', facts: created.facts }));
  const without = unwrap(await api.requirements({ kind: 'public-security-mou', facts: { ...created.facts, supportToPublicSecurity: 'none', crowdControlRisk: false } }));
  const added = withAnswers.filter((r) => !without.some((w) => w.provision.id === r.provision.id));
  assert.ok(added.length > 0, 'in-kind support and crowd-control risk make provisions required');
  const addedClauses = added.map((r) => r.clauseIds.find((c) => created.clauses[c]));
  assert.ok(addedClauses.every(Boolean), `each added provision has its clause selected: ${added.map((r) => r.provision.id).join(', ')}`);

  const start = await blockingCount();
  assert.ok(start > 0, 'a new MoU has blocking findings');
  const addMissing = page.getByRole('button', { name: /^Add the \d+ required clause/ });
  if (await addMissing.count()) await addMissing.click();
  for (let guard = 0; guard < 60 && (await blockingCount()) > 0; guard++) {
    await page.locator('details.blocking button.finding').first().click();
    await fillFocused(page, 'public-security-mou');
  }
  assert.equal(await blockingCount(), 0, 'every blocking finding was resolved');
  await page.getByTestId('save-state').filter({ hasText: /^Saved/ }).waitFor();
  assert.equal(unwrap(await api.getMatter({ id })).status, 'signature-ready', 'the server says so too');

  await page.getByRole('link', { name: 'Export' }).click();
  await page.getByLabel('Signature-ready').check();
  await page.getByLabel('PDF — for signature and the file').check();
  const pdfPath = join(work, 'mou.pdf');
  await page.getByLabel(/Save to a file on this computer/).fill(pdfPath);
  await page.getByRole('button', { name: 'Export PDF' }).click();
  await page.getByTestId('export-where').filter({ hasText: pdfPath }).waitFor({ timeout: 60_000 });
  assert.equal(unwrap(await api.getMatter({ id })).status, 'exported');
  assert.deepEqual(s.pageErrors, [], 'no errors in the page console');

  const noPdftotext = missingTool('pdftotext');
  if (noPdftotext) return void t.skip(noPdftotext);
  const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  assert.match(text, /Kanoma Gold Mining Ltd/);
  assert.match(text, /Ghana Police Service, Western Regional Command/);
  const titles = new Map(unwrap(await api.listClauses({ kind: 'public-security-mou' })).map((c) => [c.id, c.title]));
  for (const clauseId of new Set(addedClauses)) assert.ok(text.includes(titles.get(clauseId!)!), `the PDF carries "${titles.get(clauseId!)}", required by the answers`);
  assert.doesNotMatch(text, /\[MISSING|DRAFT/, 'a signature-ready PDF has no missing-value markers or watermark');
});
