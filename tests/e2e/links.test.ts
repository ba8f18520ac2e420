/**
 * Links as a careless sender makes them (issue 10): a damaged or cut-short link keeps its
 * text in the address bar and says why it could not be opened; a hand-made link without
 * `lang` runs its JavaScript as JavaScript.
 */
import type { ChildProcess } from 'node:child_process';
import LZString from 'lz-string';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { build, foreignRequests, launch, ORIGIN, outputOf, startPreview, waitForRun, type Browser } from './harness';

let server: ChildProcess;
let browser: Browser;

beforeAll(async () => {
  build();
  server = await startPreview();
  browser = await launch();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

afterEach(() => {
  expect(foreignRequests(browser.requests)).toEqual([]);
  expect(browser.pageErrors).toEqual([]);
});

describe('links that cannot be read', { timeout: 90_000 }, () => {
  const code = LZString.compressToEncodedURIComponent('import asyncio\nasync def main():\n    print("hello")\nasyncio.run(main())\n');
  for (const hash of ['#lang=py&code=garbage!!', '#lang=py&code=', `#lang=py&code=${code.slice(0, -3)}`, '#lang=js']) {
    it(`keeps ${JSON.stringify(hash)} in the address bar and says so`, async () => {
      const { page } = browser;
      await page.goto('about:blank');
      await page.goto(`${ORIGIN}/${hash}`);
      await waitForRun(page);
      await expect(page.locator('[data-role="link-problem"]').textContent()).resolves.toContain('could not be read');
      expect(new URL(page.url()).hash).toBe(hash);
    });
  }

  it('opens the default example for a bare address without a message', async () => {
    const { page } = browser;
    await page.goto('about:blank');
    await page.goto(`${ORIGIN}/#`);
    await waitForRun(page);
    expect(await page.locator('[data-role="link-problem"]').count()).toBe(0);
  });

  it('runs a link without lang in the language its code is written in', async () => {
    const { page } = browser;
    const js = 'setTimeout(() => console.log("timeout"), 0);\nPromise.resolve().then(() => console.log("then"));\nconsole.log("sync");\n';
    await page.goto('about:blank');
    await page.goto(`${ORIGIN}/#code=${LZString.compressToEncodedURIComponent(js)}`);
    await waitForRun(page);
    await page.click('[data-action="end"]');
    expect(await outputOf(page, 'js')).toEqual(['sync', 'then', 'timeout']);
    expect(new URL(page.url()).hash).toContain('lang=js');
  });
});
