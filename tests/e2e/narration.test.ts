/**
 * Narration, the divergence note and hints in Chromium (issue 8): the caption line changes
 * as the playback steps and always shows the caption the engine wrote for the last revealed
 * event; clicking a narration line seeks there; the pair picker changes the explained pair;
 * a syntax error is said as one; hints appear in their note and as editor markers.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ROOT, browserSuite, snippetUrl, waitForRun } from './harness';
import { runProgram } from '../../src/engine/engine';
import { narrate } from '../../src/engine/api';

const SNIPPETS = join(ROOT, 'src/ui/example-snippets');
const PUZZLE = readFileSync(join(SNIPPETS, 'comment_thread_puzzle.py'), 'utf8');

const suite = browserSuite();
let page: Page;
beforeAll(() => {
  ({ page } = suite);
});

async function open(url: string) {
  await page.goto('about:blank');
  await page.goto(url);
  await waitForRun(page);
}

const position = async () => Number((await page.locator('[data-role="position"]').textContent())!.split('/')[0]);
const caption = () => page.locator('[data-role="caption"]');
/** The caption without its model tag. */
const captionText = async () => (await caption().textContent())!.replace(/^\S+\s/, '');

/** The engine's captions for one model, as the page shows them (backticks become code spans). */
function engineCaptions(model: 'js' | 'python', source = PUZZLE): string[] {
  const run = runProgram(source, { lang: 'py', model, jsMode: 'auto' });
  return narrate(run.events, model).map((l) => l.text.replace(/`/g, ''));
}

describe('narration, divergence note and hints in Chromium', { timeout: 120_000 }, () => {
  it('the caption is announced politely and changes while stepping, always one of the engine’s captions', async () => {
    await open(snippetUrl('py', PUZZLE));
    await expect.poll(() => caption().getAttribute('aria-live')).toBe('polite');
    const js = engineCaptions('js');
    const python = engineCaptions('python');
    const seen: string[] = [];
    for (let k = 0; k < 12; k++) {
      await page.click('[data-action="step-forward"]');
      const model = await caption().getAttribute('data-run-model');
      const text = await captionText();
      if (model) expect(model === 'js' ? js : python).toContain(text);
      seen.push(text);
    }
    expect(new Set(seen).size).toBeGreaterThan(4);
    // The caption line sits under the playback bar.
    const bar = await page.locator('.playback').boundingBox();
    const cap = await caption().boundingBox();
    expect(cap!.y).toBeGreaterThanOrEqual(bar!.y + bar!.height - 1);
  });

  it('clicking a narration line seeks to its step and makes it the current caption', async () => {
    await open(snippetUrl('py', PUZZLE));
    // A link opens paused at the start, so the list shows its first lines.
    const line = page.locator('[data-role="narration-line"]').filter({ hasText: 'c() is called' }).first();
    const text = (await line.textContent())!.replace(/^\S+\s/, '');
    await line.click();
    const pos = await position();
    expect(pos).toBeGreaterThan(0);
    expect(await captionText()).toBe(text);
    await expect.poll(() => page.locator('[data-role="narration-line"][aria-current="step"]').textContent()).toContain(text);
    // The list is one tab stop: ↓ goes to the next caption's step, ↑ comes back.
    await page.locator('.narration-list').focus();
    await page.keyboard.press('ArrowDown');
    await expect.poll(position).toBeGreaterThan(pos);
    expect(await captionText()).not.toBe(text);
    await page.keyboard.press('ArrowUp');
    await expect.poll(position).toBe(pos);
    expect(await captionText()).toBe(text);
    expect(await page.locator('[data-role="narration-line"][tabindex="0"]').count()).toBe(0);
  });

  it('the pair picker: models=promisio,python,js explains js vs python and names c; picking promisio vs js names c too', async () => {
    await open(snippetUrl('py', PUZZLE, ['promisio', 'python', 'js']));
    const note = page.locator('[data-role="divergence"]');
    await expect.poll(() => note.getAttribute('data-pair')).toBe('js,python');
    expect(await note.textContent()).toContain(
      'c started at the call (line 13) under js, but later, when it was taken from the ready queue under python.',
    );
    expect(await note.textContent()).not.toContain('<module> started');
    await page.selectOption('[data-role="pair"]', 'promisio|js');
    await expect.poll(() => note.getAttribute('data-pair')).toBe('promisio,js');
    expect(await note.textContent()).toMatch(
      /c started later, when it was taken from the ready queue under promisio, but at the call \(line 13\) under js/,
    );
    // Each moment link seeks to where `c` starts in that model.
    await page.locator('[data-role="moment"][data-run-model="js"]').click();
    await expect.poll(captionText).toBe("c's body starts running, synchronously inside the call.");
  });

  it('a syntax error is said as one, never as agreement', async () => {
    await open(snippetUrl('py', 'print(1\n'));
    const note = page.locator('[data-role="divergence"]');
    await expect.poll(() => note.getAttribute('data-kind')).toBe('syntax');
    const text = await note.textContent();
    expect(text).toContain("cannot be read, so neither js nor python ran it: '(' was never closed (1:5)");
    expect(text).not.toMatch(/same/);
  });

  it('a stopped run is not compared', async () => {
    await page.goto('about:blank');
    // Only the cancel stops this one (one host regexp call the budgets cannot interrupt).
    await page.goto(snippetUrl('js', "console.log('start');\nconsole.log(/(a+)+$/.test('a'.repeat(40) + 'b'));\n"));
    await page.waitForSelector('[data-action="cancel"]');
    await page.click('[data-action="cancel"]');
    await page.waitForSelector('.app[data-run-status="cancelled"]', { timeout: 5000 });
    const note = page.locator('[data-role="divergence"]');
    await expect.poll(() => note.getAttribute('data-kind')).toBe('stopped');
    expect(await note.textContent()).toContain('stopped before every model finished');
  });

  it('hints: promisio’s asyncio.run(main()) and js returning at once, in the note and as editor markers', async () => {
    const source = PUZZLE.replace(/\nprint\(1\)[\s\S]*$/, '\n\nasync def main():\n    await c()\n\n\nasyncio.run(main())\nprint(6)\n');
    await open(snippetUrl('py', source, ['js', 'promisio']));
    const promisio = page.locator('[data-role="hint"][data-hint="promisio-asyncio-run"]');
    await expect.poll(() => promisio.count()).toBe(1);
    expect(await promisio.getAttribute('data-line')).toBe('17');
    expect(await promisio.textContent()).toContain('promisio runs a promisified main with promisio.run(main())');
    const js = page.locator('[data-role="hint"][data-hint="js-asyncio-run-returns"]');
    expect(await js.getAttribute('data-line')).toBe('18');
    // Monaco shows them as info markers (squiggles) on their lines; the error list under the editor keeps errors only.
    // Monaco draws only the lines in view: go to the end of the snippet (moving the cursor edits nothing).
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+End');
    await page.waitForSelector('.monaco-editor .squiggly-info', { timeout: 20_000 });
    expect(await page.locator('.monaco-editor .squiggly-info').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('[data-role="editor-error"]').allTextContents()).toEqual(['promisio: RuntimeError: no running event loop']);
  });
});
