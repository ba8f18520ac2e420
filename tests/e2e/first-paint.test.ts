/**
 * First paint (issue 10): the code and a complete timeline of the default example are on
 * screen before Monaco and the engine worker have loaded (the build's prerecording,
 * src/ui/prerecorded.ts), and the page still runs the example live once the worker is there,
 * keeping the prerecording only because the live run recorded exactly the same.
 * Timings belong to `npm run bench:ui -- --cold 5`, never here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { browserSuite, launch, ORIGIN, outputOf, ROOT, snippetUrl, waitForRun } from './harness';
import manifest from '../../src/ui/example-snippets/manifest.json';

const EXAMPLE_FILE = manifest.examples[0]!.file;

const suite = browserSuite();

describe('first paint of the default example', { timeout: 90_000 }, () => {
  it('shows the code and the whole recording while the engine worker and Monaco are still held back', async () => {
    // A fresh profile: nothing saved in local storage, so the page opens the default example.
    const b = await launch();
    try {
      const held: Route[] = [];
      await b.context.route(/engine\.worker-[^/]*\.js$|MonacoEditor-[^/]*\.js$/, (route) => void held.push(route));
      const page = b.page;
      await page.goto(`${ORIGIN}/`);
      await page.waitForSelector('.app[data-run-status="done"][data-recording="prerecorded"]', { timeout: 30_000 });
      expect(await page.locator('.editor-fallback').textContent()).toContain('result = fetch()');
      expect(await page.locator('.monaco-editor').count()).toBe(0);
      expect(held.length).toBeGreaterThan(0);
      await page.click('[data-action="end"]');
      expect(await outputOf(page, 'js')).toEqual(['before call', 'fetch start', 'after call', 'main slept', 'fetch end', 'value 42']);
      expect((await outputOf(page, 'python')).join('|')).toBe('before call|after call|main slept|fetch start|fetch end|value 42');
      // Let the worker and Monaco in: the live run confirms the prerecording, which stays.
      for (const r of held.splice(0)) await r.continue();
      await b.context.unroute(/engine\.worker-[^/]*\.js$|MonacoEditor-[^/]*\.js$/);
      await page.waitForSelector('.app[data-recording="live"]', { timeout: 60_000 });
      expect(await page.getAttribute('.app', 'data-prerecording')).toBe('matched');
      expect(await page.getAttribute('.app', 'data-run-status')).toBe('done');
      // Still at the end the user asked for: nothing moved under them.
      expect(await outputOf(page, 'python')).toHaveLength(6);
      await page.waitForSelector('.monaco-editor textarea', { timeout: 60_000 });
      expect(b.pageErrors).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('is what the embed player (?embed=1) of the default example shows too, before the engine worker has loaded', async () => {
    const b = await launch();
    try {
      const held: Route[] = [];
      await b.context.route(/engine\.worker-[^/]*\.js$/, (route) => void held.push(route));
      const page = b.page;
      const code = readFileSync(join(ROOT, 'src/ui/example-snippets', EXAMPLE_FILE), 'utf8');
      await page.goto(snippetUrl('py', code).replace('/#', '/?embed=1#'));
      await page.waitForSelector('[data-role="player"][data-run-status="done"][data-recording="prerecorded"]', { timeout: 30_000 });
      expect(held.length).toBeGreaterThan(0);
      await page.click('[data-action="end"]');
      expect(await outputOf(page, 'js')).toEqual(['before call', 'fetch start', 'after call', 'main slept', 'fetch end', 'value 42']);
      for (const r of held.splice(0)) await r.continue();
      await b.context.unroute(/engine\.worker-[^/]*\.js$/);
      await page.waitForSelector('[data-role="player"][data-recording="live"]', { timeout: 60_000 });
      expect(await page.getAttribute('[data-role="player"]', 'data-prerecording')).toBe('matched');
      expect(b.pageErrors).toEqual([]);
    } finally {
      await b.close();
    }
  });

  it('is not used for the default code under other models, nor for any other snippet', async () => {
    const { page } = suite;
    // Every value `.app` has shown in data-recording, from the first render on.
    await page.addInitScript(`(() => {
      const seen = (window.__recordingSeen = []);
      new MutationObserver(() => {
        const v = document.querySelector('.app')?.getAttribute('data-recording');
        if (v && seen[seen.length - 1] !== v) seen.push(v);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    })();`);
    const seen = () => page.evaluate(() => (window as unknown as { __recordingSeen: string[] }).__recordingSeen);
    const code = readFileSync(join(ROOT, 'src/ui/example-snippets', EXAMPLE_FILE), 'utf8');
    await page.goto(snippetUrl('py', code, ['js', 'python', 'promisio']));
    await waitForRun(page);
    expect(await seen()).toEqual(['live']);
    expect(await outputOf(page, 'promisio')).toBeDefined();
    await page.goto(snippetUrl('py', 'print("hello")'));
    await page.reload();
    await waitForRun(page);
    expect(await seen()).toEqual(['live']);
    expect(await page.getAttribute('.app', 'data-prerecording')).toBeNull();
  });
});
