/**
 * What the editor still does with the smaller Monaco of issue 10 (src/ui/monacoSetup.ts): the
 * hover on error markers is the page's own (src/ui/components/editorHover.ts, Monaco's hover
 * feature is not loaded), bracket matching, undo and redo, and Monaco's editor worker is not
 * fetched while nothing needs it. The glyph's hover is in exec-lines.test.ts; Escape and Ctrl+M
 * in keyboard.test.ts.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserSuite, settledBox, snippetUrl, waitForRun } from './harness';

const suite = browserSuite();
let page: Page;
beforeAll(() => {
  ({ page } = suite);
});

const hover = () => page.locator('[data-role="editor-hover"]:visible');

/** The middle of the first error squiggle's box. */
async function squiggle(): Promise<{ x: number; y: number }> {
  const el = page.locator('.monaco-editor .squiggly-error').first();
  await el.waitFor({ timeout: 15_000 });
  const box = await settledBox(el);
  return { x: box.x + Math.min(box.width / 2, 6), y: box.y + box.height / 2 };
}

describe('the editor', { timeout: 90_000 }, () => {
  it("shows an error marker's message on hover, and hides it when the mouse leaves", async () => {
    await page.goto('about:blank');
    await page.goto(snippetUrl('py', 'print("ok")\ndef broken(:\n    pass\n'));
    await waitForRun(page);
    const listed = (await page.locator('[data-role="editor-error"]').first().textContent())!;
    const at = await squiggle();
    await page.mouse.move(at.x, at.y);
    await page.mouse.move(at.x + 1, at.y);
    await expect.poll(() => hover().allTextContents(), { timeout: 10_000 }).toEqual([expect.stringContaining(listed.split(' (')[0]!)]);
    // Above or below the error's line, inside the window.
    const box = (await hover().boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(1280);
    expect(box.y + box.height <= at.y || box.y >= at.y).toBe(true);
    // A line without a marker shows nothing.
    const firstLine = page.locator('.monaco-editor .view-line').first();
    const first = await settledBox(firstLine);
    await page.mouse.move(first.x + 10, first.y + first.height / 2);
    await expect.poll(() => hover().count()).toBe(0);
    await page.mouse.move(at.x, at.y);
    await expect.poll(() => hover().count(), { timeout: 10_000 }).toBe(1);
    await page.mouse.move(5, 5);
    await expect.poll(() => hover().count()).toBe(0);
  });

  it('shows the markers at the cursor with Ctrl+K Ctrl+I, and hides them at the next key', async () => {
    await page.goto('about:blank');
    await page.goto(snippetUrl('py', 'print("ok")\ndef broken(:\n    pass\n'));
    await waitForRun(page);
    const at = await squiggle();
    await page.mouse.click(at.x, at.y);
    await page.mouse.move(5, 5);
    await page.keyboard.press('Control+k');
    await page.keyboard.press('Control+i');
    await expect.poll(() => hover().allTextContents()).toEqual([expect.stringMatching(/\S/)]);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => hover().count()).toBe(0);
  });

  it('matches brackets, undoes and redoes, and never fetches the editor worker for it', async () => {
    const requests: string[] = [];
    const seen = (r: { url(): string }) => void requests.push(r.url());
    page.on('request', seen);
    try {
      await page.goto('about:blank');
      await page.goto(snippetUrl('js', 'console.log((1 + 2) * 3);\n'));
      await waitForRun(page);
      await page.waitForSelector('.monaco-editor textarea', { timeout: 30_000 });
      // The textarea comes before the lines are laid out.
      const firstLine = page.locator('.monaco-editor .view-line').first();
      const line = await settledBox(firstLine);
      await page.mouse.click(line.x + 2, line.y + line.height / 2);
      await page.keyboard.press('Home');
      // After `console.log(`: the cursor touches its bracket, and both ends are marked.
      for (let i = 0; i < 'console.log('.length; i++) await page.keyboard.press('ArrowRight');
      await expect.poll(() => page.locator('.monaco-editor .bracket-match').count(), { timeout: 10_000 }).toBe(2);
      const text = () => page.evaluate(() => document.querySelector('.monaco-editor .view-lines')!.textContent!.replace(/\u00a0/g, ' '));
      // One word: Monaco's undo stops where a typed word meets a space or punctuation.
      await page.keyboard.type('seven');
      await expect.poll(text).toContain('console.log(seven(1 + 2) * 3);');
      await page.keyboard.press('Control+z');
      await expect.poll(text).toContain('console.log((1 + 2) * 3);');
      await page.keyboard.press('Control+y');
      await expect.poll(text).toContain('console.log(seven(1 + 2) * 3);');
      expect(requests.filter((u) => /editor\.worker/.test(u))).toEqual([]);
    } finally {
      page.off('request', seen);
    }
  });
});
