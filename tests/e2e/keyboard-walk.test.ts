/**
 * A lesson driven by the keyboard alone (issue 8): load an example, Tab to the playback
 * controls (reached before the editor, which would keep Tab for indentation), play and pause,
 * step, jump between output lines with Shift+←/→, turn a model on and off with the number
 * keys, open and close the shortcuts sheet, enter and leave presentation mode.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, browserSuite, waitForRun } from './harness';

const suite = browserSuite();
let page: Page;
beforeAll(() => {
  ({ page } = suite);
});

async function position(): Promise<number> {
  const text = (await page.locator('[data-role="position"]').textContent()) ?? '';
  const m = /^\s*(\d+) \/ (\d+)\s*$/.exec(text);
  if (!m) throw new Error(`position reads ${JSON.stringify(text)}`);
  return Number(m[1]);
}

/** Output lines on screen, over every panel. */
const linesShown = () => page.locator('[data-role="output-line"]').count();

/** What has the focus, as a test can name it. */
const focused = () =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return 'body';
    if (el.closest('.monaco-editor')) return 'editor';
    return el.getAttribute('data-action') ?? el.getAttribute('aria-label') ?? el.getAttribute('data-role') ?? el.tagName.toLowerCase();
  });

/** Presses Tab until `target` has the focus; returns every stop on the way. */
async function tabTo(target: string, limit = 30): Promise<string[]> {
  const stops: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused();
    stops.push(now);
    if (now === target) return stops;
  }
  throw new Error(`Tab never reached ${target}: ${stops.join(' → ')}`);
}

describe('keyboard-only lesson', { timeout: 120_000 }, () => {
  it('walks through a lesson without the mouse', async () => {
    await page.goto('about:blank');
    await page.goto(ORIGIN);
    await waitForRun(page);

    // Load an example: Tab to the picker, arrow to the next one.
    await tabTo('example');
    const before = await page.locator('select[aria-label="example"]').inputValue();
    await page.keyboard.press('ArrowDown');
    await page.waitForFunction((b) => document.querySelector<HTMLSelectElement>('select[aria-label="example"]')?.value !== b, before);
    await waitForRun(page);

    // The playback controls come before the editor in the tab order.
    const stops = await tabTo('play');
    expect(stops).not.toContain('editor');

    // Space presses the focused play button (a new example plays from the start: it pauses, then plays).
    const label = () => page.locator('[data-action="play"]').getAttribute('aria-label');
    const was = await label();
    await page.keyboard.press('Space');
    expect(await label()).not.toBe(was);
    await page.keyboard.press('Space');
    expect(await label()).toBe(was);
    if (was === 'pause') await page.keyboard.press('Space');
    expect(await label()).toBe('play');

    await page.keyboard.press('Home');
    expect(await position()).toBe(0);
    await page.keyboard.press('ArrowRight');
    expect(await position()).toBe(1);

    // Shift+→ goes exactly to where the next output line appears.
    await page.keyboard.press('Shift+ArrowRight');
    const first = await position();
    const linesAtFirst = await linesShown();
    expect(first).toBeGreaterThan(1);
    expect(linesAtFirst).toBeGreaterThan(0);
    await page.keyboard.press('ArrowLeft');
    expect(await linesShown()).toBeLessThan(linesAtFirst);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    const second = await position();
    expect(second).toBeGreaterThan(first);
    expect(await linesShown()).toBeGreaterThan(linesAtFirst);
    await page.keyboard.press('Shift+ArrowLeft');
    expect(await position()).toBe(first);

    // 3 turns python-eager on, and off again.
    await page.keyboard.press('3');
    await page.waitForSelector('[data-model="python-eager"]');
    await waitForRun(page);
    expect(await page.locator('.app').getAttribute('data-models')).toBe('js,python,python-eager');
    await page.keyboard.press('3');
    await page.waitForSelector('[data-model="python-eager"]', { state: 'detached' });

    // The sheet lists the new keys; Escape closes it.
    await page.keyboard.press('?');
    const sheet = page.locator('[data-role="shortcuts"]');
    await sheet.waitFor({ state: 'visible' });
    const text = (await sheet.textContent()) ?? '';
    for (const key of ['Shift+→', 'Shift+←', '1–4', 'P']) expect(text).toContain(key);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });

    // P enters presentation, Escape leaves it.
    await page.keyboard.press('p');
    await page.waitForSelector('.app[data-presentation="true"]');
    expect(await page.locator('[data-model]').count()).toBeLessThanOrEqual(2);
    await page.keyboard.press('Escape');
    await page.waitForSelector('.app:not([data-presentation])');
    await page.keyboard.press('P');
    await page.waitForSelector('.app[data-presentation="true"]');
    await page.keyboard.press('P');
    await page.waitForSelector('.app:not([data-presentation])');
  });
});
