/**
 * The embed player (issue 8): `?embed=1` with a link's fragment renders a compact read-only
 * player that works in an iframe — here the page the build ships (public/embed-demo.html, the
 * snippet docs/embed.md says to paste) and a page made of what "Copy embed code" copies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, ROOT, snippetUrl, waitForRun, browserSuite } from './harness';
import { CSP_HEADER } from '../../build/csp';

const suite = browserSuite();
let page: Page;
beforeAll(async () => {
  ({ page } = suite);
  await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
});

async function embedFrame(): Promise<Frame> {
  const handle = await page.waitForSelector('iframe');
  const frame = (await handle.contentFrame())!;
  await frame.waitForSelector('[data-role="player"][data-run-status="done"]', { timeout: 20_000 });
  return frame;
}

const outputIn = (frame: Frame, model: string) => frame.locator(`[data-model="${model}"] [data-role="output-line"]`).allTextContents();

describe('embed player', { timeout: 90_000 }, () => {
  it('is served with a policy that lets any page frame it', async () => {
    const res = await fetch(`${ORIGIN}/?embed=1`);
    expect(res.headers.get('content-security-policy')).toBe(CSP_HEADER);
    expect(CSP_HEADER).toMatch(/frame-ancestors \*$/);
    expect(res.headers.get('x-frame-options')).toBeNull();
    // The header docs/embed.md tells hosts to send is the one the build's policy is.
    expect(readFileSync(join(ROOT, 'docs/embed.md'), 'utf8')).toContain(CSP_HEADER);
  });

  it('plays in an iframe of the example page: panels, playback, caption, no editor, a way out', async () => {
    await page.goto('about:blank');
    await page.goto(`${ORIGIN}/embed-demo.html`);
    // Saved work of the playground, which the embed must leave alone.
    await page.evaluate(() => localStorage.setItem('async-lanes:work', 'untouched'));
    const frame = await embedFrame();
    expect(await frame.locator('[data-model]').evaluateAll((els) => els.map((e) => e.getAttribute('data-model')))).toEqual([
      'js',
      'python',
    ]);
    expect(await frame.locator('.monaco-editor, .editor-pane, select[aria-label="example"], .toolbar').count()).toBe(0);
    // Opens paused at the start.
    expect((await frame.locator('[data-role="position"]').textContent())?.trim()).toMatch(/^0 \/ \d+$/);
    expect(await frame.locator('[data-action="play"]').getAttribute('aria-label')).toBe('play');
    const caption = frame.locator('[data-role="caption"]');
    const before = await caption.textContent();
    await frame.click('[data-action="step-forward"]');
    await frame.click('[data-action="step-forward"]');
    await expect.poll(() => caption.textContent()).not.toBe(before);
    expect(await caption.getAttribute('aria-live')).toBe('polite');
    await frame.click('[data-action="end"]');
    expect(await outputIn(frame, 'js')).toEqual(['1', '2', '3', '4', '5']);
    expect(await outputIn(frame, 'python')).toEqual(['1', '3', '2', '4', '5']);

    const open = frame.locator('[data-role="open-full"]');
    expect(await open.textContent()).toContain('Open in Async Lanes');
    expect(await open.getAttribute('target')).toBe('_blank');
    const href = new URL((await open.getAttribute('href'))!);
    expect(href.origin + href.pathname).toBe(`${ORIGIN}/`);
    expect(href.search).toBe('');
    expect(href.hash).toBe(new URL(await frame.evaluate(() => location.href)).hash);
    // The player fills the frame's width.
    const widths = await frame.evaluate(() => [document.querySelector('[data-role="player"]')!.clientWidth, innerWidth]);
    expect(widths[0]).toBeGreaterThan(widths[1]! * 0.9);
    expect(await page.evaluate(() => localStorage.getItem('async-lanes:work'))).toBe('untouched');
  });

  it('"Copy embed code" copies an iframe that plays the snippet on screen', async () => {
    const source = 'import asyncio\n\nasync def f():\n    print("in f")\n\nasyncio.run(f())\nprint("after")\n';
    await page.goto('about:blank');
    await page.goto(snippetUrl('py', source, ['python']));
    await waitForRun(page);
    await page.click('[data-action="copy-embed"]');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('<iframe');
    const html = await page.evaluate(() => navigator.clipboard.readText());
    expect(html).toContain(`src="${ORIGIN}/?embed=1#v=2&amp;lang=py&amp;`);
    expect(html).toContain('title="Async Lanes: a snippet"');
    // A page made of exactly the copied HTML (served from the same host, as a blog page would embed it).
    await page.goto(`${ORIGIN}/embed-demo.html`);
    await page.setContent(`<!doctype html><title>a blog post</title>${html}`);
    const frame = await embedFrame();
    await frame.click('[data-action="end"]');
    expect(await outputIn(frame, 'python')).toEqual(['in f', 'after']);
  });

  it('says so when its link holds no snippet', async () => {
    await page.goto('about:blank');
    await page.goto(`${ORIGIN}/?embed=1#lang=py&code=garbage!!`);
    await expect(page.locator('[data-role="player"][data-status="unreadable"]').textContent()).resolves.toContain(
      'no snippet that can be read',
    );
  });
});
