// Runtime: node. The matters list and the editor's everyday behaviour, in Chromium against web
// mode: an unreadable file is reported with what to do; search, filters and duplicate work;
// undo and redo step through edits (also by keyboard shortcut); the whole path from the list to
// a filled value works with the keyboard alone; every screen passes axe-core.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { createHttpClient } from '../../main/api-client-http.ts';
import { unwrap, type MandateApi } from '../../main/api.ts';
import { describeViolations, missingBrowser, openSession, screenshot, seriousA11yViolations, type Session } from './harness.ts';

const skip = missingBrowser();
let s: Session;
let page: Page;
let api: MandateApi;
const dataDir = mkdtempSync(join(tmpdir(), 'mandate-e2e-ws-'));

before(async () => {
  if (skip) return;
  // A matter file someone broke by hand: Mandate must move it aside and say so, not crash.
  mkdirSync(join(dataDir, 'matters'), { recursive: true });
  writeFileSync(join(dataDir, 'matters', 'broken-matter.json'), '{ "schemaVersion": 1, "revisions": [ { not json');
  s = await openSession({ dataDir });
  page = s.page;
  page.setDefaultTimeout(10_000);
  api = createHttpClient({ token: s.server.token, baseUrl: s.server.origin });
  unwrap(await api.createMatter({ kind: 'psp-contract', title: 'Guarding at the Tarkwa plant', facts: { armedPersonnel: false } }));
  unwrap(await api.createMatter({ kind: 'public-security-mou', title: 'MoU with the Western Region police' }));
  unwrap(await api.createMatter({ kind: 'psp-contract', title: 'Escort services on the haul road' }));
  await page.reload();
});
after(async () => {
  await s?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const rowTitles = async () => page.locator('.matters-table tbody tr td:first-child a').allTextContents();

test('the matters list', { skip }, async (t) => {
  await t.test('an unreadable file is reported with where it went and what to do', async () => {
    const banner = page.getByRole('region', { name: 'One file could not be read' });
    await banner.waitFor();
    assert.match(await banner.innerText(), /broken-matter\.json/);
    assert.match(await banner.innerText(), /open the moved file in a text editor/i);
  });

  await t.test('search, filter by kind and sort', async () => {
    await page.getByRole('link', { name: 'Escort services on the haul road' }).waitFor();
    assert.equal((await rowTitles()).length, 3);
    await page.getByLabel('Search').fill('tarkwa');
    assert.deepEqual(await rowTitles(), ['Guarding at the Tarkwa plant']);
    await page.getByLabel('Search').fill('');
    await page.getByLabel('Kind').selectOption('public-security-mou');
    assert.deepEqual(await rowTitles(), ['MoU with the Western Region police']);
    await page.getByLabel('Kind').selectOption('');
    await page.getByLabel('Sort by').selectOption('title');
    assert.deepEqual(await rowTitles(), ['Escort services on the haul road', 'Guarding at the Tarkwa plant', 'MoU with the Western Region police']);
    await page.getByLabel('Status').selectOption('signature-ready');
    await page.getByText('No matter matches these filters.').waitFor();
    await page.getByLabel('Status').selectOption('');
    const violations = await seriousA11yViolations(page);
    assert.equal(violations.length, 0, describeViolations(violations));
    await screenshot(page, '12-matters-quarantine');
  });

  await t.test('duplicate opens the copy', async () => {
    await page.getByRole('button', { name: 'Duplicate Guarding at the Tarkwa plant' }).click();
    await page.getByRole('heading', { name: 'Guarding at the Tarkwa plant (copy)' }).waitFor();
    assert.equal(unwrap(await api.listMatters({})).length, 4);
  });
});

test('the editor', { skip }, async (t) => {
  await t.test('undo and redo step through edits, by button and by shortcut', async () => {
    await page.getByRole('navigation', { name: 'Document outline' }).getByRole('button', { name: /^Parties/ }).click();
    const name = page.locator('#f-parties-0-legalName');
    await name.fill('Tarkwa Mining Company Ltd');
    const undo = page.getByRole('button', { name: 'Undo' });
    assert.equal(await undo.getAttribute('aria-keyshortcuts'), 'Control+Z');
    assert.match((await undo.getAttribute('title')) ?? '', /Ctrl\+Z/);
    await undo.click();
    assert.equal(await name.inputValue(), '');
    await page.getByRole('button', { name: 'Redo' }).click();
    assert.equal(await name.inputValue(), 'Tarkwa Mining Company Ltd');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+Z');
    assert.equal(await name.inputValue(), '');
    await page.keyboard.press('Control+Shift+Z');
    assert.equal(await name.inputValue(), 'Tarkwa Mining Company Ltd');
    await page.getByTestId('save-state').filter({ hasText: /^Saved/ }).waitFor();
    const id = decodeURIComponent(/#\/matter\/([^/?]+)/.exec(page.url())![1]!);
    assert.equal(unwrap(await api.getMatter({ id })).parties[0]?.legalName, 'Tarkwa Mining Company Ltd');
  });

  await t.test('the keyboard alone reaches a clause and fills a value', async () => {
    await page.goto(`${s.server.origin}/#/`);
    await page.getByRole('link', { name: 'Escort services on the haul road' }).focus();
    await page.keyboard.press('Enter');
    const outline = page.getByRole('navigation', { name: 'Document outline' });
    await outline.waitFor();
    const target = outline.getByRole('button', { name: /Scope of the Services/ });
    let reached = false;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await target.evaluate((el) => el === document.activeElement);
    }
    assert.ok(reached, 'Tab reaches the outline entry');
    await page.keyboard.press('Enter');
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'clause-mandate-scope-of-services', 'choosing a clause moves the focus to it');
    const posts = page.getByLabel('Number of security posts');
    let onPosts = false;
    for (let i = 0; i < 40 && !onPosts; i++) {
      await page.keyboard.press('Tab');
      onPosts = await posts.evaluate((el) => el === document.activeElement);
    }
    assert.ok(onPosts, 'Tab reaches the value field');
    await page.keyboard.type('6');
    await page.getByTestId('save-state').filter({ hasText: /^Saved/ }).waitFor();
    await page.keyboard.press('Control+2');
    await page.locator('.document .sheet:not(.measuring)').first().waitFor();
    assert.match(page.url(), /\/preview$/);
  });
});
