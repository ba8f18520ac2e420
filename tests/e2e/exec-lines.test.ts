/**
 * The line each model executes, in the editor (src/ui/components/execLines.ts): a playback step
 * sets an attribute on the editor's host and Monaco's decorations stay as they were made (issue
 * 10), and what shows is as before: the line's band in the first model's colour, a dot in the
 * glyph margin (two colours when several models are there), the hover text on that dot, and
 * nothing once a run has ended.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, settledBox, snippetUrl, waitForRun } from './harness';

const suite = browserSuite();
let page: Page;
beforeAll(() => {
  ({ page } = suite);
});

const SOURCE = `async function tick(n) {
  await null;
  console.log('tick', n);
}
console.log('start');
tick(1);
tick(2);
console.log('end');
`;

/** Line height of the editor's normal type (MonacoEditor.tsx FONT). */
const LINE_PX = 21;

interface Shown {
  /** Lines whose band is coloured, with the colour. */
  bands: { line: number; top: number; color: string }[];
  /** Lines whose glyph is coloured, with its background. */
  glyphs: { line: number; top: number; background: string }[];
  decorations: number;
}

async function shown(): Promise<Shown> {
  return page.evaluate(() => {
    // Where line n's row is, from the row of its line number (Monaco writes the numbers as text).
    const rowTop = new Map(
      [...document.querySelectorAll('.monaco-host .margin-view-overlays .line-numbers')].map((el) => [
        el.textContent!.trim(),
        el.getBoundingClientRect().top,
      ]),
    );
    const top = (el: Element, line: number) => el.getBoundingClientRect().top - (rowTop.get(String(line)) ?? NaN);
    const lineOf = (el: Element, prefix: string) => Number([...el.classList].find((c) => c.startsWith(prefix))!.slice(prefix.length));
    const bands = [...document.querySelectorAll('.monaco-host .exec-line')]
      .map((el) => ({
        line: lineOf(el, 'exec-L'),
        top: top(el, lineOf(el, 'exec-L')),
        color: getComputedStyle(el).backgroundColor,
      }))
      .filter((b) => b.color !== 'rgba(0, 0, 0, 0)');
    const glyphs = [...document.querySelectorAll('.monaco-host .exec-glyph')]
      .map((el) => {
        const s = getComputedStyle(el);
        return {
          line: lineOf(el, 'exec-G'),
          top: top(el, lineOf(el, 'exec-G')),
          background: s.backgroundImage !== 'none' ? s.backgroundImage : s.backgroundColor,
        };
      })
      .filter((g) => g.background !== 'rgba(0, 0, 0, 0)');
    return { bands, glyphs, decorations: document.querySelectorAll('.monaco-host .exec-line').length };
  });
}

describe('executing lines in the editor', { timeout: 120_000 }, () => {
  it('colours the executing line’s band and glyph at each step, on that line, and nothing after the end', async () => {
    await page.goto('about:blank');
    await page.goto(snippetUrl('js', SOURCE, ['js']));
    await waitForRun(page);
    await page.waitForSelector('.monaco-host .exec-line', { timeout: 30_000 });
    // One decoration per visible line, made once.
    expect((await shown()).decorations).toBe(SOURCE.split('\n').length);
    const seen = new Set<number>();
    for (let k = 0; k < 30; k++) {
      await page.click('[data-action="step-forward"]');
      const s = await shown();
      expect(s.bands.length).toBeLessThanOrEqual(1);
      expect(s.glyphs.map((g) => g.line)).toEqual(s.bands.map((b) => b.line));
      for (const b of s.bands) {
        // js's colour at 14 %, on the row of the line the class names.
        expect(b.color).toBe('rgba(194, 65, 12, 0.14)');
        expect(Math.abs(b.top)).toBeLessThan(1);
        seen.add(b.line);
      }
      for (const g of s.glyphs) {
        expect(g.background).toBe('rgb(194, 65, 12)');
        expect(g.top).toBeGreaterThanOrEqual(0);
        expect(g.top).toBeLessThan(LINE_PX);
      }
    }
    // The walk passed the top-level calls and the function's body.
    expect([...seen].some((l) => l >= 5)).toBe(true);
    expect([...seen].some((l) => l <= 3)).toBe(true);
    await page.click('[data-action="end"]');
    await expect.poll(async () => (await shown()).bands.length).toBe(0);
  });

  it('shows the two-colour glyph and names both models on hover when two models share a line', async () => {
    const py = `import asyncio\n\nasync def main():\n    print("hi")\n\nasyncio.run(main())\n`;
    await page.goto('about:blank');
    await page.goto(snippetUrl('py', py, ['python', 'python-eager']));
    await waitForRun(page);
    await page.waitForSelector('.monaco-host .exec-line', { timeout: 30_000 });
    let shared: Shown['glyphs'][number] | undefined;
    for (let k = 0; k < 40 && !shared; k++) {
      await page.click('[data-action="step-forward"]');
      const s = await shown();
      shared = s.glyphs.find((g) => g.background.startsWith('linear-gradient'));
      if (shared) expect(s.bands.find((b) => b.line === shared!.line)?.color).toMatch(/^rgba\((29, 78, 216|4, 120, 87), 0\.14\)$/);
    }
    expect(shared).toBeDefined();
    const glyph = page.locator(`.monaco-host .exec-G${shared!.line}`);
    const box = await settledBox(glyph);
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.move(box.x + box.width / 2 + 1, box.y + box.height / 2);
    await expect
      .poll(() => page.locator('[data-role="editor-hover"]:visible').allTextContents(), { timeout: 10_000 })
      .toEqual(expect.arrayContaining([expect.stringMatching(/executing under (python, python-eager|python-eager, python)/)]));
  });
});
