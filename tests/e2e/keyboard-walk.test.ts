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

/**
 * Does `action` and waits for the run it starts to finish. A new run re-mounts the panels (they
 * are keyed by run), so the old ones are marked first: `.app[data-run-status="done"]` alone would
 * still describe the previous run during the re-run delay.
 */
async function newRun(action: () => Promise<void>) {
  await page.evaluate(() => document.querySelectorAll('[data-model]').forEach((p) => p.setAttribute('data-stale', '')));
  await action();
  await page.waitForSelector('[data-model]:not([data-stale])');
  await waitForRun(page);
}

const models = async () => ((await page.locator('.app').getAttribute('data-models')) ?? '').split(',');

describe('keyboard-only lesson', { timeout: 120_000 }, () => {
  it('walks through a lesson without the mouse', async () => {
    await page.goto('about:blank');
    await page.goto(ORIGIN);
    await waitForRun(page);

    // Load an example: Tab to the picker, arrow to the next one.
    await tabTo('example');
    const before = await page.locator('select[aria-label="example"]').inputValue();
    await newRun(() => page.keyboard.press('ArrowDown'));
    expect(await page.locator('select[aria-label="example"]').inputValue()).not.toBe(before);

    // The playback controls come before the editor in the tab order.
    const stops = await tabTo('play');
    expect(stops).not.toContain('editor');

    // Space presses the focused play button (a new example plays from the start: it pauses, then plays).
    const label = () => page.locator('[data-action="play"]').getAttribute('aria-label');
    const playing = await label();
    await page.keyboard.press('Space');
    expect(await label()).not.toBe(playing);
    await page.keyboard.press('Space');
    expect(await label()).toBe(playing);
    if (playing === 'pause') await page.keyboard.press('Space');
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

    // 3 turns python-eager on or off, and 3 again undoes it.
    const was = await models();
    await newRun(() => page.keyboard.press('3'));
    expect((await models()).includes('python-eager')).toBe(!was.includes('python-eager'));
    expect(await page.locator('[data-model="python-eager"]').count()).toBe(was.includes('python-eager') ? 0 : 1);
    await newRun(() => page.keyboard.press('3'));
    expect(await models()).toEqual(was);

    // The sheet lists the new keys; Escape closes it.
    await page.keyboard.press('?');
    const sheet = page.locator('[data-role="shortcuts"]');
    await sheet.waitFor({ state: 'visible' });
    const text = (await sheet.textContent()) ?? '';
    for (const key of ['Shift+→', 'Shift+←', '1–4', 'P']) expect(text).toContain(key);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
    // Focus is back where it was before the sheet opened.
    expect(await focused()).toBe('play');

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
