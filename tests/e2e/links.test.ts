/**
 * Links as a careless sender makes them (issue 10): a damaged or cut-short link keeps its
 * text in the address bar and says why it could not be opened; a hand-made link without
 * `lang` runs its JavaScript as JavaScript.
 */
import LZString from 'lz-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, outputOf, waitForRun, type Browser, browserSuite } from './harness';

const suite = browserSuite();
let browser: Browser;
beforeAll(() => {
  ({ browser } = suite);
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
