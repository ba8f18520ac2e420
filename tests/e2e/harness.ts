/**
 * Browser-test harness: build the app once, serve it with `vite preview` on 127.0.0.1, drive the
 * Chromium or Chrome that scripts/find-browser.mjs finds through playwright-core, and record every
 * request so a test can assert that nothing left 127.0.0.1. The launch arguments below are the
 * ones that were found to keep every request of headless Chromium on 127.0.0.1.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import LZString from 'lz-string';
import { findBrowser, missingMessage } from '../../scripts/find-browser.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const PORT = Number(process.env.E2E_PORT ?? 4173);
export const ORIGIN = `http://127.0.0.1:${PORT}`;
export const RESULTS = join(ROOT, 'test-results');

/** The browser scripts/find-browser.mjs finds (`npm run test:e2e` runs it first and installs one if it can). */
function browserPath(): string {
  const found = findBrowser();
  if (found.path === null) throw new Error(missingMessage(found.problem));
  return found.path;
}

// Playwright's own --disable-features list (chromiumSwitches.ts) plus AutofillServerCommunication:
// passing --disable-features replaces Playwright's list, so it is repeated here.
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'AutofillServerCommunication',
];

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--component-updater=url-source=http://127.0.0.1:9/',
  '--gaia-url=http://127.0.0.1:9/',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1',
  `--disable-features=${DISABLED_FEATURES.join(',')}`,
];

export function build(): void {
  if (process.env.E2E_SKIP_BUILD && existsSync(join(ROOT, 'dist/index.html'))) return;
  // vitest sets NODE_ENV=test, and vite builds React's development bundle under it: the browser tests
  // must drive the production build a user gets (issue 10), so the child is told so.
  const env = { ...process.env, NODE_ENV: 'production' };
  const r = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], { cwd: ROOT, encoding: 'utf8', env });
  if (r.status !== 0) throw new Error(`vite build failed:\n${r.stdout}\n${r.stderr}`);
}

export async function startPreview(): Promise<ChildProcess> {
  const proc = spawn(join(ROOT, 'node_modules/.bin/vite'), ['preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proc.stdout.on('data', (d) => (log += d));
  proc.stderr.on('data', (d) => (log += d));
  for (let i = 0; i < 100; i++) {
    if (proc.exitCode !== null) throw new Error(`vite preview exited:\n${log}`);
    try {
      const res = await fetch(ORIGIN);
      if (res.ok) return proc;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  proc.kill();
  throw new Error(`vite preview did not start:\n${log}`);
}

export interface Browser {
  context: BrowserContext;
  page: Page;
  /** Every URL the pages requested. */
  requests: string[];
  pageErrors: string[];
  close(): Promise<void>;
}

/**
 * A fresh browser profile. `deviceScaleFactor` with a smaller CSS-pixel viewport is how the
 * layout tests stand in for browser zoom (1280×800 at 150 % is 853×533 CSS px at 1.5).
 */
export async function launch(viewport = { width: 1280, height: 800 }, deviceScaleFactor = 1): Promise<Browser> {
  const dir = mkdtempSync(join(tmpdir(), 'async-lanes-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: browserPath(),
    headless: true,
    args: ARGS,
    viewport,
    deviceScaleFactor,
  });
  const requests: string[] = [];
  const pageErrors: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return {
    context,
    page,
    requests,
    pageErrors,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Requests that went anywhere but the preview server (data:/blob: URLs are local). */
export function foreignRequests(requests: string[]): string[] {
  return requests.filter((u) => !u.startsWith(`${ORIGIN}/`) && u !== ORIGIN && !u.startsWith('data:') && !u.startsWith('blob:'));
}

export function snippetUrl(lang: 'py' | 'js', source: string, models?: string[]): string {
  const m = models ? `&models=${models.join(',')}` : '';
  return `${ORIGIN}/#lang=${lang}&code=${LZString.compressToEncodedURIComponent(source)}${m}`;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS, { recursive: true });
  const path = join(RESULTS, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/**
 * Waits until every model panel reports a finished run of the engine: on the default example
 * that is the live run behind the build's prerecording (src/ui/prerecorded.ts), not the
 * prerecording itself.
 */
export async function waitForRun(page: Page, timeout = 20_000): Promise<void> {
  await page.waitForSelector('.app[data-run-status="done"][data-recording="live"]', { timeout });
}

/**
 * The box of an element Monaco draws. Monaco replaces its line, squiggle and glyph elements while
 * it settles (fonts, first layout), so one read can be null even after the element was visible
 * (CI, stop 22): read until there is a box with a height.
 */
export async function settledBox(locator: Locator, timeout = 30_000): Promise<{ x: number; y: number; width: number; height: number }> {
  for (const until = Date.now() + timeout; Date.now() < until; await new Promise((r) => setTimeout(r, 100))) {
    const box = await locator.boundingBox({ timeout: 5_000 }).catch(() => null);
    if (box && box.height > 0) return box;
  }
  throw new Error(`no box for ${String(locator)} within ${timeout} ms`);
}

/** Output lines of one model panel, as shown at the current playback position. */
export async function outputOf(page: Page, model: string): Promise<string[]> {
  return page.locator(`[data-model="${model}"] [data-role="output-line"]`).allTextContents();
}

/** For a file that asks the server itself (no browser): build the app and serve it with vite preview. */
export function servedBuild(): void {
  let server: ChildProcess | undefined;
  beforeAll(async () => {
    build();
    server = await startPreview();
  }, 180_000);
  afterAll(() => {
    server?.kill();
  });
}

export interface BrowserSuite {
  browser: Browser;
  page: Page;
}

/**
 * The lifecycle every browser-test file shares: build the app, serve it with vite preview
 * and launch Chromium once per file; after each test, no request left 127.0.0.1 and the
 * page raised no error. The returned object is filled in before the first test runs.
 */
export function browserSuite(): BrowserSuite {
  const suite = {} as BrowserSuite;
  let server: ChildProcess | undefined;
  beforeAll(async () => {
    build();
    server = await startPreview();
    suite.browser = await launch();
    suite.page = suite.browser.page;
  }, 180_000);
  afterAll(async () => {
    await suite.browser?.close();
    server?.kill();
  });
  afterEach(() => {
    expect(foreignRequests(suite.browser.requests)).toEqual([]);
    expect(suite.browser.pageErrors).toEqual([]);
  });
  return suite;
}
