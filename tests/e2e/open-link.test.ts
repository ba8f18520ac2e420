/**
 * Opening a link (issue 8): it never autoplays — it opens paused at the start or at the
 * position it names (`pos=`), at the speed it names (`speed=`) — and the copy-link control
 * writes a link that reopens the same moment. Links of the first format open as before.
 * `prefers-reduced-motion: reduce` turns autoplay off for later runs too.
 */
import type { ChildProcess } from 'node:child_process';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { build, foreignRequests, launch, ORIGIN, outputOf, snippetUrl, startPreview, waitForRun, type Browser } from './harness';
import { TASK_PING_PONG } from './snippets';

let server: ChildProcess;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  build();
  server = await startPreview();
  browser = await launch();
  page = browser.page;
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.kill();
});

afterEach(async () => {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  expect(foreignRequests(browser.requests)).toEqual([]);
  expect(browser.pageErrors).toEqual([]);
});

async function open(url: string) {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForRun(page);
}

/** The position text `N / M`, as numbers. */
async function position(): Promise<[number, number]> {
  const text = (await page.locator('[data-role="position"]').textContent()) ?? '';
  const m = /^\s*(\d+) \/ (\d+)\s*$/.exec(text);
  if (!m) throw new Error(`position reads ${JSON.stringify(text)}`);
  return [Number(m[1]), Number(m[2])];
}

async function isPaused(): Promise<boolean> {
  return (await page.locator('[data-action="play"]').getAttribute('aria-label')) === 'play';
}

describe('opening a link', { timeout: 90_000 }, () => {
  it('opens a link of the first format paused at the start, with its models in order', async () => {
    await open(snippetUrl('py', TASK_PING_PONG, ['python', 'js']));
    await page.waitForTimeout(600);
    const [pos, total] = await position();
    expect(total).toBeGreaterThan(5);
    expect(pos).toBe(0);
    expect(await isPaused()).toBe(true);
    expect(await page.locator('[data-model]').evaluateAll((els) => els.map((e) => e.getAttribute('data-model')))).toEqual(['python', 'js']);
    expect(await page.locator('[data-role="output-line"]').count()).toBe(0);
    // The address bar keeps the link's form.
    expect(new URL(page.url()).hash).toBe(new URL(snippetUrl('py', TASK_PING_PONG, ['python', 'js'])).hash);
  });

  it('opens paused at the position and speed the link names', async () => {
    await open(`${snippetUrl('py', TASK_PING_PONG)}&pos=6&speed=8`);
    await page.waitForTimeout(600);
    expect((await position())[0]).toBe(6);
    expect(await isPaused()).toBe(true);
    expect(await page.locator('select[aria-label="speed"]').inputValue()).toBe('8');
    // Playing goes on from there.
    await page.click('[data-action="play"]');
    await expect.poll(async () => (await position())[0], { timeout: 5_000 }).toBeGreaterThan(6);
  });

  it('copies a link that reopens the same moment at the same speed', async () => {
    await open(snippetUrl('py', TASK_PING_PONG));
    for (let i = 0; i < 4; i++) await page.click('[data-action="step-forward"]');
    await page.selectOption('select[aria-label="speed"]', '120');
    const shown = await outputOf(page, 'python');
    await page.click('[data-role="share"]');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('pos=4');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('speed=120');
    await open(link);
    expect((await position())[0]).toBe(4);
    expect(await isPaused()).toBe(true);
    expect(await page.locator('select[aria-label="speed"]').inputValue()).toBe('120');
    expect(await outputOf(page, 'python')).toEqual(shown);
  });

  it('plays later runs unless the user prefers reduced motion', async () => {
    const rerun = async () => {
      const before = await page.locator('.app').getAttribute('data-run-status');
      expect(before).toBe('done');
      await page.selectOption('select[aria-label="language"]', 'js');
      await page.waitForSelector('.app[data-run-status="running"]', { timeout: 5_000 }).catch(() => undefined);
      await waitForRun(page);
    };
    await open(snippetUrl('py', TASK_PING_PONG));
    await rerun();
    // Without the preference a run the user starts plays (or has already played to its end).
    await expect.poll(async () => (await position())[0], { timeout: 5_000 }).toBeGreaterThan(0);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(snippetUrl('py', TASK_PING_PONG));
    expect(await page.locator('.app').getAttribute('data-reduced-motion')).toBe('true');
    await rerun();
    await page.waitForTimeout(600);
    expect((await position())[0]).toBe(0);
    expect(await isPaused()).toBe(true);
  });
});
