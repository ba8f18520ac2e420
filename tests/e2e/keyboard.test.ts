/**
 * Driving the player from the keyboard (issue 8): shortcuts at the document level that keep
 * out of the editor and form fields, Escape out of the editor to the playback controls, a
 * shortcuts sheet, a politely announced position, and an accessible name on every control.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { snippetUrl, waitForRun, browserSuite } from './harness';
import { TASK_PING_PONG } from './snippets';

const suite = browserSuite();
let page: Page;
beforeAll(() => {
  ({ page } = suite);
});

async function open() {
  await page.goto('about:blank');
  await page.goto(snippetUrl('py', TASK_PING_PONG));
  await waitForRun(page);
}

async function position(): Promise<[number, number]> {
  const text = (await page.locator('[data-role="position"]').textContent()) ?? '';
  const m = /^\s*(\d+) \/ (\d+)\s*$/.exec(text);
  if (!m) throw new Error(`position reads ${JSON.stringify(text)}`);
  return [Number(m[1]), Number(m[2])];
}

const playLabel = () => page.locator('[data-action="play"]').getAttribute('aria-label');
const speed = () => page.locator('select[aria-label="speed"]').inputValue();

describe('keyboard', { timeout: 90_000 }, () => {
  it('drives playback with Space, arrows, Home/End and [ ]', async () => {
    await open();
    const [, total] = await position();
    expect(total).toBeGreaterThan(5);
    await page.keyboard.press('Space');
    expect(await playLabel()).toBe('pause');
    await page.keyboard.press('Space');
    expect(await playLabel()).toBe('play');
    await page.keyboard.press('Home');
    expect((await position())[0]).toBe(0);
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    expect((await position())[0]).toBe(3);
    await page.keyboard.press('ArrowLeft');
    expect((await position())[0]).toBe(2);
    await page.keyboard.press('End');
    expect((await position())[0]).toBe(total);
    expect(await speed()).toBe('30');
    await page.keyboard.press('[');
    expect(await speed()).toBe('8');
    await page.keyboard.press(']');
    await page.keyboard.press(']');
    expect(await speed()).toBe('120');
  });

  it('opens the shortcuts sheet with ? and closes it with Escape', async () => {
    await open();
    expect(await page.locator('[data-role="shortcuts"]').count()).toBe(0);
    await page.keyboard.press('?');
    const sheet = page.locator('[data-role="shortcuts"]');
    await sheet.waitFor({ state: 'visible' });
    expect(await sheet.textContent()).toMatch(/Space.*play \/ pause/);
    await page.keyboard.press('Escape');
    await sheet.waitFor({ state: 'detached' });
  });

  it('leaves keys typed in the editor or a form field alone, and Escape leaves the editor', async () => {
    await open();
    await page.waitForSelector('.monaco-editor textarea', { timeout: 15_000 });
    await page.click('.monaco-editor .view-lines');
    for (const key of ['ArrowRight', 'ArrowRight', 'End', 'Home']) await page.keyboard.press(key);
    expect((await position())[0]).toBe(0);
    expect(await page.locator('[data-role="shortcuts"]').count()).toBe(0);

    // In a form field the field keeps its keys.
    await page.focus('select[aria-label="speed"]');
    await page.keyboard.press('[');
    expect(await speed()).toBe('30');

    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Escape');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-action'))).toBe('play');
    // Space presses the focused play button once (not once natively and once as a shortcut).
    await page.keyboard.press('Space');
    expect(await playLabel()).toBe('pause');
  });

  it("lets Tab leave the editor after Monaco's Ctrl+M", async () => {
    await open();
    await page.waitForSelector('.monaco-editor textarea', { timeout: 15_000 });
    await page.click('.monaco-editor .view-lines');
    const inEditor = () => page.evaluate(() => document.activeElement?.closest('.monaco-editor') !== null);
    // Without it, Tab indents and the focus stays.
    await page.keyboard.press('Tab');
    expect(await inEditor()).toBe(true);
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+m');
    await page.keyboard.press('Tab');
    expect(await inEditor()).toBe(false);
  });

  it('names every control and announces the position politely', async () => {
    await open();
    const position = page.locator('[data-role="position"]');
    expect(await position.getAttribute('aria-live')).toBe('polite');
    expect(await position.textContent()).toMatch(/^\d+ \/ \d+$/);
    expect(await page.locator('[data-role="share"]').count()).toBe(1);
    const unnamed = await page.locator('button, input, select, [role="button"]').evaluateAll((els) =>
      els
        .filter((el) => {
          const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.getAttribute('title');
          const labels = (el as HTMLInputElement).labels;
          const text = el.tagName === 'BUTTON' ? el.textContent : '';
          return !labelled && !(labels && [...labels].some((l) => l.textContent?.trim())) && !text?.trim();
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
  });
  it('keeps the scrub slider at the position without re-rendering it at each step', async () => {
    await open();
    const [, total] = await position();
    const slider = page.locator('[data-action="scrub"]');
    // The slider's attributes as a step leaves them: a controlled input had its name, type and
    // value set again at every render (Playback.tsx ScrubInput; issue 10).
    await page.evaluate(() => {
      const el = document.querySelector('[data-action="scrub"]')!;
      const w = window as unknown as { __sliderChanges: string[] };
      w.__sliderChanges = [];
      new MutationObserver((ms) => w.__sliderChanges.push(...ms.map((m) => m.attributeName ?? m.type))).observe(el, { attributes: true });
    });
    const expectAt = async (g: number) => {
      expect(await position()).toEqual([g, total]);
      expect(await slider.inputValue()).toBe(String(g));
    };
    await page.keyboard.press('Home');
    await expectAt(0);
    for (let i = 0; i < 3; i++) await page.click('[data-action="step-forward"]');
    await expectAt(3);
    await page.click('[data-action="step-back"]');
    await expectAt(2);
    await page.click('[data-action="end"]');
    await expectAt(total);
    expect(await page.evaluate(() => (window as unknown as { __sliderChanges: string[] }).__sliderChanges)).toEqual([]);
    // Dragged (an input event): the position follows, and playing moves the slider with it.
    await slider.fill(String(Math.floor(total / 2)));
    await expectAt(Math.floor(total / 2));
    // Nor does a drag: React restored a slider it dispatched an input event for (its name and type again).
    expect(await page.evaluate(() => (window as unknown as { __sliderChanges: string[] }).__sliderChanges)).toEqual([]);
    await page.click('[data-action="play"]');
    await expect.poll(async () => (await position())[0]).toBeGreaterThan(Math.floor(total / 2));
    // Read together, in one task: the slider shows the position the counter shows.
    const both = () =>
      page.evaluate(() => [
        document.querySelector('[data-role="position"]')!.textContent!.split('/')[0]!.trim(),
        document.querySelector<HTMLInputElement>('[data-action="scrub"]')!.value,
      ]);
    for (let i = 0; i < 5; i++) {
      const [shown, value] = await both();
      expect(value).toBe(shown);
    }
  });
});
