/**
 * Links of format 2 and the work kept in the browser (issue 8): a copied link restores the
 * selected markers, "futures & timers" and presentation mode besides the moment and speed;
 * links the first release wrote open as before; typed work survives a reload; and a link
 * never silently replaces typed work — it is one click away.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, outputOf, snippetUrl, waitForRun, browserSuite } from './harness';
import { clickMarker, drawnKinds } from './lanes-helpers';

const suite = browserSuite();
let page: Page;
beforeAll(async () => {
  ({ page } = suite);
  await suite.browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: ORIGIN });
});

const PROGRAM = [
  'import asyncio',
  '',
  'async def job(n):',
  '    print(f"job {n}")',
  '    await asyncio.sleep(0.1)',
  '    return n',
  '',
  'async def main():',
  '    t = asyncio.create_task(job(1))',
  '    print("main")',
  '    print(await t)',
  '',
  'asyncio.run(main())',
  '',
].join('\n');

/** The seq of the marker selected in a model's lanes (the canvas rings it). */
const selectedSeq = (model: string) => page.locator(`[data-model="${model}"] [data-role="timeline"]`).getAttribute('data-selected-seq');

async function open(url: string) {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForRun(page);
}

const position = async () => (await page.locator('[data-role="position"]').textContent())?.trim() ?? '';
const editorText = () => page.locator('.monaco-editor .view-lines').textContent();

describe('links of format 2', { timeout: 90_000 }, () => {
  it('copy link restores position, speed, the selected markers, futures & timers and presentation', async () => {
    await open(`${snippetUrl('py', PROGRAM, ['python', 'js'])}&present=1`);
    expect(await page.locator('.app').getAttribute('data-presentation')).toBe('true');
    await page.click('[data-action="end"]');
    await page.check('label.kinds input');
    await page.selectOption('select[aria-label="speed"]', '8');
    // Select one marker in each panel.
    const chosen: Record<string, string> = {};
    for (const model of ['python', 'js']) {
      const lanes = await page.locator(`[data-model="${model}"] [data-role="lane"]`).all();
      let lane = lanes[0]!;
      for (const l of lanes) if ((await drawnKinds(l)).includes('awaited')) ((lane = l), lanes.splice(0));
      await clickMarker(lane, 'awaited');
      chosen[model] = (await selectedSeq(model))!;
      expect(chosen[model]).toMatch(/^\d+$/);
    }
    for (let i = 0; i < 3; i++) await page.click('[data-action="step-back"]');
    const at = await position();
    const detail = await page.locator('[data-model="python"] [data-role="marker-detail"]').textContent();

    await page.click('[data-role="share"]');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toContain('marker=');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).hash).toMatch(/^#v=2&/);
    expect(link).toContain(`marker=python:${chosen.python},js:${chosen.js}`);
    expect(link).toMatch(/&kinds=all&present=1$/);

    await open(link);
    expect(await position()).toBe(at);
    expect(await page.locator('select[aria-label="speed"]').inputValue()).toBe('8');
    expect(await page.locator('label.kinds input').isChecked()).toBe(true);
    expect(await page.locator('.app').getAttribute('data-presentation')).toBe('true');
    for (const model of ['python', 'js']) {
      await expect.poll(() => selectedSeq(model), { timeout: 5_000 }).toBe(chosen[model]);
    }
    expect(await page.locator('[data-model="python"] [data-role="marker-detail"]').textContent()).toBe(detail);
  });

  it('opens a link the first release copied, as it did then', async () => {
    // Written by the Copy link of the release before format 2 (src/ui/url.ts at commit 5cd7ae2).
    const old =
      '#lang=py&code=JYWwDg9gTgLgBAQwM4E8B2BjYEBQfnoZwAmApgGZzmkwYAWAFAJQBcOcHcYUwaMDAImq06cJDASwBTdpwQB3BMHgFM2AHRIANqVJgGABnUBGGZzhQaAVyho4AFgBMeHJaRWt8ALxUa9ZjjcvPwCCOQwpFBwGAhaWtKBPHwMCkrwbh4wMkA&models=promisio,js&jsmode=module&pos=12&speed=120';
    await open(`${ORIGIN}/${old}`);
    expect(await page.locator('[data-model]').evaluateAll((els) => els.map((e) => e.getAttribute('data-model')))).toEqual([
      'promisio',
      'js',
    ]);
    expect(await position()).toMatch(/^12 \//);
    expect(await page.locator('select[aria-label="speed"]').inputValue()).toBe('120');
    expect(await page.locator('label.kinds input').isChecked()).toBe(false);
    expect(await page.locator('.app').getAttribute('data-presentation')).toBeNull();
    expect(await page.locator('[data-role="timeline"][data-selected-seq]').count()).toBe(0);
    await page.click('[data-action="end"]');
    expect(await outputOf(page, 'js')).toEqual(['fetch start', 'after call', '42']);
    // The address bar keeps the old link's form.
    expect(new URL(page.url()).hash).toBe(old);
    expect(await page.locator('[data-role="link-format"]').count()).toBe(0);
  });

  it('says when a link comes from a newer format, and opens what it can', async () => {
    await open(`${snippetUrl('py', 'print("from the future")\n')}&v=9&warp=1`);
    await expect(page.locator('[data-role="link-format"]').textContent()).resolves.toContain('format 9');
    await page.click('[data-action="end"]');
    expect(await outputOf(page, 'python')).toEqual(['from the future']);
  });
});

describe('work kept in the browser', { timeout: 90_000 }, () => {
  async function type(text: string) {
    await page.waitForSelector('.monaco-editor textarea', { timeout: 15_000 });
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+End');
    await page.keyboard.type(text);
  }

  it('typed work survives a reload of the bare address', async () => {
    await open(snippetUrl('py', 'print("kept")\n', ['python']));
    await type('print("typed")');
    await expect.poll(editorText).toContain('print("typed")');
    // Let the edit reach storage (it is saved as the snippet changes), then open the bare address.
    await page.waitForTimeout(300);
    await open(`${ORIGIN}/`);
    await expect.poll(editorText, { timeout: 15_000 }).toContain('print("typed")');
    await page.click('[data-action="end"]');
    expect(await outputOf(page, 'python')).toEqual(['kept', 'typed']);
    expect(await page.locator('[data-model]').evaluateAll((els) => els.map((e) => e.getAttribute('data-model')))).toEqual(['python']);
  });

  it('a link does not silently replace typed work: it is one click away', async () => {
    await open(snippetUrl('py', 'print("base")\n', ['python']));
    await type('print("unsaved")');
    await expect.poll(editorText).toContain('unsaved');
    await page.waitForTimeout(300);
    await open(snippetUrl('js', 'console.log("linked");\n', ['js']));
    const note = page.locator('[data-role="previous-work"]');
    await expect(note.textContent()).resolves.toContain('print("base")');
    await expect.poll(editorText).toContain('linked');
    // Still offered after a reload, until claimed.
    await page.reload();
    await waitForRun(page);
    expect(await note.count()).toBe(1);

    await page.click('[data-action="restore-previous"]');
    await expect.poll(editorText).toContain('unsaved');
    // The restored snippet runs under its own models.
    await page.waitForSelector('[data-model="python"]', { timeout: 10_000 });
    await waitForRun(page);
    await page.click('[data-action="end"]');
    await expect.poll(() => outputOf(page, 'python')).toEqual(['base', 'unsaved']);
    // The link's snippet was not typed: nothing to offer back.
    expect(await note.count()).toBe(0);
  });

  it('a link opened in the same tab (a hash change) keeps typed work too', async () => {
    await open(snippetUrl('py', 'print("tab")\n', ['python']));
    await type('print("typedInTab")');
    await expect.poll(editorText).toContain('typedInTab');
    const next = new URL(snippetUrl('js', 'console.log("next");\n', ['js'])).hash;
    await page.evaluate((hash) => {
      location.hash = hash;
    }, next);
    await expect(page.locator('[data-role="previous-work"]').textContent()).resolves.toContain('print("tab")');
    await expect.poll(editorText).toContain('next');
  });

  it('an example chosen over typed work keeps it too', async () => {
    await open(snippetUrl('py', 'print("draft")\n', ['python']));
    await type('print("more")');
    await expect.poll(editorText).toContain('more');
    await page.locator('select[aria-label="example"]').selectOption({ label: 'The 1-2-3-4-5 puzzle' });
    await expect(page.locator('[data-role="previous-work"]').textContent()).resolves.toContain('print("draft")');
    await page.click('[data-action="dismiss-previous"]');
    expect(await page.locator('[data-role="previous-work"]').count()).toBe(0);
  });
});
