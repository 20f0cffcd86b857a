// Runtime: node. The end-to-end harness: builds the renderer, starts web mode in-process on a
// fresh temporary data folder, and opens Debian's Chromium through playwright-core. When
// Chromium is missing the tests skip with the reason, except in CI (CI=true), where that fails.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { openApp } from '../../main/app-context.ts';
import { startServer, type RunningServer } from '../../main/server.ts';

export const chromiumPath = process.env.MANDATE_CHROMIUM ?? '/usr/bin/chromium';
export const repoRoot = resolve(import.meta.dirname, '..', '..');
export const screensDir = join(repoRoot, 'reports', 'screens');

/** undefined when the browser exists; else why the e2e tests cannot run (and in CI: throws). */
export function missingBrowser(): string | undefined {
  if (existsSync(chromiumPath)) return undefined;
  const why = `Chromium is not installed at ${chromiumPath} (apt-get install chromium, or set MANDATE_CHROMIUM)`;
  if (process.env.CI === 'true') throw new Error(`${why}: the end-to-end tests must run in CI.`);
  return why;
}

/** A command-line oracle (pdftotext, soffice): undefined when present, else why not; fails in CI. */
export function missingTool(cmd: string): string | undefined {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  if (r.status === 0) return undefined;
  const why = `${cmd} is not installed`;
  if (process.env.CI === 'true') throw new Error(`${why}: it is required in CI.`);
  return why;
}

let built = false;
/** Build the bundles once per process (the renderer is what the browser loads). */
export function buildRenderer() {
  if (built) return;
  const r = spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: repoRoot, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`The build failed:\n${r.stderr}${r.stdout}`);
  built = true;
}

export interface Session {
  server: RunningServer;
  dataDir: string;
  browser: Browser;
  context: BrowserContext;
  page: Page;
  /** console errors and uncaught page errors: a test fails if any appear */
  pageErrors: string[];
  close(): Promise<void>;
}

export async function openSession(options: { colorScheme?: 'light' | 'dark'; dataDir?: string } = {}): Promise<Session> {
  buildRenderer();
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'mandate-e2e-'));
  const app = await openApp(dataDir);
  const server = await startServer({ handlers: app.handlers, rendererDir: join(repoRoot, 'dist', 'renderer') });
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, colorScheme: options.colorScheme ?? 'light', acceptDownloads: true, locale: 'en-GB', timezoneId: 'UTC' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (e) => pageErrors.push(`page error: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource: .*(409|400|404)/.test(m.text())) pageErrors.push(`console error: ${m.text()}`);
  });
  await page.goto(server.url);
  return {
    server,
    dataDir,
    browser,
    context,
    page,
    pageErrors,
    close: async () => {
      await browser.close();
      await server.close();
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string) {
  mkdirSync(screensDir, { recursive: true });
  await page.screenshot({ path: join(screensDir, `${name}.png`), fullPage: false });
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core in the page: the serious and critical violations (the bar is zero). */
export async function seriousA11yViolations(page: Page): Promise<AxeViolation[]> {
  const source = readFileSync(join(repoRoot, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(source);
  const result = (await page.evaluate(async () => {
    const r = await (window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ violations: unknown[] }> } }).axe.run(document, { resultTypes: ['violations'] });
    return r.violations;
  })) as AxeViolation[];
  return result.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export const describeViolations = (vs: AxeViolation[]) => vs.map((v) => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`).join('\n');
