/**
 * The example picker names the example on screen (issue 8: it showed "choose…" again after
 * choosing), says "modified" once the user edits it, and reloads the original when chosen again.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, snippetUrl, waitForRun, browserSuite } from './harness';

const suite = browserSuite();
let page: Page;
beforeAll(() => {
  ({ page } = suite);
});

const picker = () => page.locator('select[aria-label="example"]');
const shown = () => picker().evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent ?? '');

describe('example picker', { timeout: 90_000 }, () => {
  it('names the loaded example, says modified after an edit, and reloads it when chosen again', async () => {
    await page.goto('about:blank');
    await page.goto(`${ORIGIN}/`);
    await waitForRun(page);
    // The page opens on the first example, and says which.
    expect(await shown()).toMatch(/lazy coroutine/);

    await picker().selectOption({ label: 'The 1-2-3-4-5 puzzle' });
    await waitForRun(page);
    expect(await shown()).toBe('The 1-2-3-4-5 puzzle');
    expect(await picker().getAttribute('data-modified')).toBeNull();

    await page.waitForSelector('.monaco-editor textarea', { timeout: 15_000 });
    await page.click('.monaco-editor .view-lines');
    await page.keyboard.press('Control+End');
    await page.keyboard.type('# mine');
    await expect.poll(shown).toBe('The 1-2-3-4-5 puzzle (modified)');
    expect(await picker().getAttribute('data-modified')).toBe('true');

    await picker().selectOption({ label: 'The 1-2-3-4-5 puzzle' });
    await expect.poll(shown).toBe('The 1-2-3-4-5 puzzle');
    await expect.poll(() => page.locator('.monaco-editor .view-lines').textContent()).not.toContain('# mine');
  });

  it('shows "choose…" for a link whose code is no example', async () => {
    await page.goto('about:blank');
    await page.goto(snippetUrl('py', 'print("mine")\n'));
    await waitForRun(page);
    expect(await shown()).toBe('choose…');
  });
});
