// Runtime: node. The drafting workspace end to end, in Chromium against web mode: a user creates
// a PSP agreement from facts (armed guards, apprehension possible), fills every value until the
// blocking findings reach zero, types a wrong value and sees an inline error while nothing wrong
// is saved, exports DOCX and PDF (checked with LibreOffice and pdftotext), edits a clause and
// sees the redline, restores an earlier revision, deletes a matter and undoes it. Each screen is
// checked with axe-core and saved as a screenshot in reports/screens/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createHttpClient } from '../../main/api-client-http.ts';
import { unwrap, type MandateApi } from '../../main/api.ts';
import { assemble } from '../../engine/assemble.ts';
import type { Matter } from '../../engine/matter.ts';
import { describeViolations, missingBrowser, missingTool, openSession, screenshot, seriousA11yViolations, type Session } from './harness.ts';
import { fillFocused } from './fill.ts';

const skip = missingBrowser();
let s: Session;
let page: Page;
let api: MandateApi;
let matterId = '';
const work = mkdtempSync(join(tmpdir(), 'mandate-e2e-out-'));

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

async function assertAccessible(name: string) {
  const violations = await seriousA11yViolations(page);
  assert.equal(violations.length, 0, `${name}: serious or critical accessibility violations:\n${describeViolations(violations)}`);
}
const blockingCount = async () => {
  const summary = page.getByTestId('completeness-summary');
  if (await summary.getByText('Ready for signature').count()) return 0;
  return Number(await page.getByTestId('blocking-count').textContent());
};
const waitSaved = () => page.getByTestId('save-state').filter({ hasText: /^Saved/ }).waitFor({ timeout: 10_000 });
/** The flow is one story: once a step fails, the later steps are skipped rather than failing too. */
let broken: string | undefined;
type Ctx = { test: (name: string, opts: { skip?: string | boolean }, fn: (t: any) => Promise<void>) => Promise<void> };
const step = (t: Ctx, name: string, fn: (t: any) => Promise<void>) =>
  t.test(name, { skip: broken ? `an earlier step failed: ${broken}` : false }, async (tt) => {
    try {
      await fn(tt);
    } catch (e) {
      broken = name;
      throw e;
    }
  });
const saved = async (): Promise<Matter> => unwrap(await api.getMatter({ id: matterId }));

test('a PSP agreement is drafted from the facts to a signature-ready export', { skip }, async (t) => {
  await step(t, 'the matters list starts empty and offers both kinds of document', async () => {
    await page.getByRole('heading', { name: 'Matters' }).waitFor();
    await page.getByText('No matters yet').waitFor();
    await assertAccessible('matters list (empty)');
  });

  await step(t, 'the questionnaire shows what each answer adds, with its reason', async () => {
    await page.getByRole('link', { name: 'New PSP agreement' }).click();
    await page.getByRole('heading', { name: 'About the engagement' }).waitFor();
    const before = Number(await page.getByTestId('required-count').textContent());
    const armed = page.getByRole('group', { name: 'Will any guard carry a firearm?' });
    await armed.getByLabel('Yes').check();
    await armed.getByText(/This answer adds \d+ provision|This answer adds one provision/).waitFor();
    const apprehension = page.getByRole('group', { name: /Could a guard ever stop and hold a person/ });
    await apprehension.getByLabel('Yes').check();
    await apprehension.getByText(/This answer adds/).waitFor();
    assert.match(await apprehension.locator('.adds').innerText(), /apprehen|hand.?over|Competent Authority/i, 'the apprehension answer names what it adds');
    const after = Number(await page.getByTestId('required-count').textContent());
    assert.ok(after > before, `answering yes adds required provisions (${before} → ${after})`);
    await screenshot(page, '02-new-matter-facts');
    await assertAccessible('new matter, facts');
  });

  await step(t, 'parties and key terms, then the matter is created with its required clauses', async () => {
    await page.getByRole('button', { name: 'Continue to parties' }).click();
    await page.getByLabel('Matter title').fill('Guarding services at the Kanoma mine');
    await page.getByLabel('Company (client): full legal name').fill('Kanoma Gold Mining Ltd');
    await page.getByLabel('Private security provider: full legal name').fill('Sentinel Protective Services Ltd');
    await page.getByLabel('ICoCA status').selectOption('certified-member');
    await page.getByLabel('Name of the Site').fill('the Kanoma gold mine');
    await screenshot(page, '03-new-matter-parties');
    await assertAccessible('new matter, parties');
    await page.getByRole('button', { name: /^Create the PSP agreement/ }).click();
    await page.getByRole('navigation', { name: 'Document outline' }).waitFor();
    matterId = decodeURIComponent(/#\/matter\/([^/?]+)/.exec(page.url())![1]!);
    const m = await saved();
    assert.equal(m.facts.armedPersonnel, true);
    assert.equal(m.facts.apprehensionPossible, true);
    assert.equal(m.values.siteName, 'the Kanoma gold mine');
    assert.ok(Object.keys(m.clauses).some((id) => /apprehension/.test(id)), 'an apprehension clause was selected because apprehension is possible');
    assert.ok(Object.keys(m.clauses).some((id) => /weapon/.test(id)), 'a weapons clause was selected because guards are armed');
  });

  await step(t, 'a wrong value shows an inline error and is never saved', async () => {
    await page.getByRole('navigation', { name: 'Document outline' }).getByRole('button', { name: /Scope of the Services/ }).click();
    const posts = page.getByLabel('Number of security posts');
    await posts.fill('12');
    await waitSaved();
    await posts.fill('12 guards');
    const error = page.getByRole('alert').filter({ hasText: 'Number of security posts must be a whole number between 1 and 500' });
    await error.waitFor();
    assert.equal(await posts.getAttribute('aria-invalid'), 'true');
    await posts.fill('900');
    await error.waitFor();
    await posts.evaluate((el) => el.scrollIntoView({ block: 'center' }));
    await page.waitForTimeout(1200); // longer than the autosave delay: a wrong value would have been sent by now
    assert.equal((await saved()).clauses['mandate-scope-of-services']?.values.numberOfPosts, 12, 'the store still holds the last valid value');
    await screenshot(page, '05-inline-error');
    await posts.fill('14');
    await error.waitFor({ state: 'detached' });
    await waitSaved();
    assert.equal((await saved()).clauses['mandate-scope-of-services']?.values.numberOfPosts, 14);
  });

  await step(t, 'following the findings to every missing value brings the blocking count to zero', async () => {
    const start = await blockingCount();
    assert.ok(start > 0, 'a new matter has blocking findings');
    await screenshot(page, '04-editor-findings');
    await assertAccessible('editor');
    const addMissing = page.getByRole('button', { name: /^Add the \d+ required clause/ });
    if (await addMissing.count()) await addMissing.click();
    let last = start;
    for (let guard = 0; guard < 80; guard++) {
      const n = await blockingCount();
      if (n === 0) break;
      assert.ok(n <= last + 1, `blocking findings do not grow while values are filled (${last} → ${n})`);
      last = n;
      await page.locator('details.blocking button.finding').first().click();
      await fillFocused(page, 'psp-contract');
    }
    assert.equal(await blockingCount(), 0, 'every blocking finding was resolved');
    await waitSaved();
    const m = await saved();
    assert.equal(m.status, 'signature-ready');
    assert.equal(m.parties.find((p) => p.role === 'provider')?.signatory.name, 'Ama Mensah');
    await screenshot(page, '06-editor-ready');
    // The requirements view: every requirement of the standards → the clause that meets it → its status.
    await page.getByRole('tab', { name: 'Requirements' }).click();
    const rows = page.locator('#panel-requirements li.requirement');
    const n = await rows.count();
    assert.ok(n > 20, `the requirements view lists the requirements (${n})`);
    assert.equal(await rows.filter({ hasText: /— Missing$/ }).count(), 0, 'no requirement is left without its clause');
    await screenshot(page, '06b-requirements');
    await assertAccessible('requirements view');
    await page.getByRole('tab', { name: 'Findings' }).click();
  });

  await step(t, 'the preview shows the same numbering as the assembled document', async () => {
    await page.getByRole('link', { name: 'Preview' }).click();
    await page.locator('.document .sheet:not(.measuring)').first().waitFor();
    const shown = await page.locator('.document .sheet:not(.measuring) .doc-clause > .doc-num').allTextContents();
    const tree = assemble(await saved(), { draft: false });
    const expected = tree.sections.flatMap((sec) => sec.blocks.filter((b) => b.type === 'clause').map((b) => (b as { number: string }).number));
    assert.deepEqual(shown, expected);
    const terms = tree.sections.flatMap((sec) => sec.blocks.flatMap((b) => (b.type === 'definition' ? [`“${b.term}”`] : [])));
    assert.ok(terms.length > 0);
    assert.deepEqual(await page.locator('.sheet:not(.measuring) .doc-def > strong').allTextContents(), terms, 'every defined term is printed before its definition');
    assert.ok(await page.locator('.sheet:not(.measuring)').getByText('Sentinel Protective Services Ltd').first().isVisible());
    await screenshot(page, '07-preview');
    await assertAccessible('preview');
  });

  await step(t, 'DOCX and PDF export: the files open in LibreOffice and pdftotext', async (tt) => {
    await page.getByRole('link', { name: 'Export' }).click();
    const final = page.getByLabel('Signature-ready');
    assert.equal(await final.isEnabled(), true, 'signature-ready export is available once nothing blocks');
    await final.check();
    // PDF, written to a chosen path
    const pdfPath = join(work, 'kanoma.pdf');
    await page.getByLabel('PDF — for signature and the file').check();
    await page.getByLabel(/Save to a file on this computer/).fill(pdfPath);
    await page.getByRole('button', { name: 'Export PDF' }).click();
    await page.getByTestId('export-where').filter({ hasText: pdfPath }).waitFor({ timeout: 60_000 });
    const fp = await page.getByTestId('export-fingerprint').getAttribute('title');
    assert.match(fp ?? '', /^[0-9a-f]{64}$/);
    await screenshot(page, '08-export');
    await assertAccessible('export');
    // DOCX, downloaded through the browser
    await page.getByLabel(/Save to a file on this computer/).fill('');
    await page.getByLabel('Word document (DOCX)', { exact: false }).check();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export DOCX' }).click()]);
    const docxPath = join(work, 'kanoma.docx');
    await download.saveAs(docxPath);
    assert.ok(existsSync(pdfPath) && existsSync(docxPath));
    assert.equal((await saved()).status, 'exported');

    const noPdftotext = missingTool('pdftotext');
    if (noPdftotext) tt.skip(noPdftotext);
    else {
      const text = execFileSync('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { encoding: 'utf8' });
      assert.match(text, /Kanoma Gold Mining Ltd/);
      assert.match(text, /Sentinel Protective Services Ltd/);
      assert.ok(text.replace(/\s/g, '').includes(fp!), 'the fingerprint the export screen shows is the one printed in the PDF');
      assert.ok(!/\bDRAFT\b/.test(text.slice(0, 2000)) || !/\[MISSING/.test(text), 'a signature-ready PDF has no missing-value markers');
    }
    const noSoffice = missingTool('soffice');
    if (noSoffice) tt.skip(noSoffice);
    else {
      const profile = mkdtempSync(join(tmpdir(), 'lo-'));
      try {
        execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docxPath], { stdio: 'pipe', timeout: 120_000 });
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
      const converted = join(work, 'kanoma.pdf');
      assert.ok(existsSync(converted), 'LibreOffice converted the DOCX');
      if (!noPdftotext) assert.match(execFileSync('pdftotext', ['-enc', 'UTF-8', converted, '-'], { encoding: 'utf8' }), /Sentinel Protective Services Ltd/);
    }
  });

  await step(t, 'a clause edited for this matter is shown as a redline and flagged for review', async () => {
    await page.getByRole('link', { name: 'Draft' }).click();
    await page.getByRole('navigation', { name: 'Document outline' }).getByRole('button', { name: /Entire agreement/ }).click();
    await page.getByRole('button', { name: 'Edit text for this matter' }).click();
    const box = page.getByLabel(/Clause text/);
    const original = await box.inputValue();
    await box.fill(original.replace(/^(\S+ \S+)/, '$1 expressly'));
    await page.getByRole('button', { name: 'Apply edit' }).click();
    await page.locator('.redline ins', { hasText: 'expressly' }).waitFor();
    await page.getByText('Edited for this matter · not yet reviewed').waitFor();
    await waitSaved();
    assert.ok((await saved()).clauses['entire-agreement']?.edit, 'the edit is saved as a deviation from the library text');
    await page.locator('.findings').getByText(/was changed for this matter and has not been reviewed/).first().waitFor();
    await screenshot(page, '09-redline');
  });

  await step(t, 'an earlier revision is restored from the history', async () => {
    await page.getByRole('link', { name: 'History' }).click();
    await page.getByRole('table').waitFor();
    const rows = page.getByRole('row');
    assert.ok((await rows.count()) > 3, 'several revisions were saved');
    await screenshot(page, '10-history');
    await assertAccessible('history');
    // The revision just before the text edit is the second row of the list (newest first):
    // viewed read-only, its document has the library wording; then it is restored from there.
    const before = Number(await page.getByRole('row').nth(2).getByRole('cell').first().textContent());
    await page.getByRole('button', { name: `View revision ${before}` }).click();
    const view = page.getByRole('main', { name: new RegExp(`^Revision ${before} · read-only`) });
    await view.waitFor();
    const sheets = view.locator('.sheet:not(.measuring)');
    await sheets.first().waitFor();
    const text = (await sheets.allInnerTexts()).join('\n').replace(/\s+/g, ' ');
    assert.match(text, /This Agreement is the entire agreement between the Parties/, 'the revision shows the text as it was then');
    assert.doesNotMatch(text, /This Agreement expressly is/, 'not the later edit');
    assert.match(text, /Sentinel Protective Services Ltd/);
    assert.equal(await view.getByRole('textbox').count(), 0, 'a revision is read-only');
    await screenshot(page, '10b-history-revision');
    await assertAccessible('history, one revision');
    await view.getByRole('button', { name: `Restore revision ${before}` }).click();
    await page.getByText(`Revision ${before} is the current text again.`).waitFor();
    assert.equal((await saved()).clauses['entire-agreement']?.edit, undefined, 'the restored revision has no text edit');
    await page.getByRole('link', { name: 'Draft' }).click();
    await page.getByRole('navigation', { name: 'Document outline' }).getByRole('button', { name: /Entire agreement/ }).click();
    assert.equal(await page.locator('.redline').count(), 0);
  });

  await step(t, 'a deleted matter comes back with Undo', async () => {
    unwrap(await api.createMatter({ kind: 'public-security-mou', title: 'MoU with the district police' }));
    await page.getByRole('link', { name: 'Matters' }).click();
    await page.getByRole('link', { name: 'MoU with the district police' }).waitFor();
    await screenshot(page, '01-matters');
    await assertAccessible('matters list');
    await page.getByRole('button', { name: 'Delete Guarding services at the Kanoma mine' }).click();
    await page.getByRole('status').filter({ hasText: 'Moved “Guarding services at the Kanoma mine” to the trash.' }).waitFor();
    assert.equal(await page.getByRole('link', { name: 'Guarding services at the Kanoma mine' }).count(), 0);
    assert.ok(unwrap(await api.listMatters({ trashed: true })).some((m) => m.id === matterId));
    await page.getByRole('button', { name: 'Undo' }).click();
    await page.getByRole('link', { name: 'Guarding services at the Kanoma mine' }).waitFor();
    assert.ok(unwrap(await api.listMatters({})).some((m) => m.id === matterId));
  });

  await step(t, 'the editor in the dark theme', async () => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${s.server.origin}/#/matter/${matterId}`);
    await page.getByRole('navigation', { name: 'Document outline' }).waitFor();
    await screenshot(page, '11-editor-dark');
    await assertAccessible('editor, dark theme');
    await page.emulateMedia({ colorScheme: 'light' });
  });

  assert.deepEqual(s.pageErrors, [], 'no errors in the page console');
});

void readFileSync;
void writeFileSync;
