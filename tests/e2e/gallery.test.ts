/**
 * The examples gallery (issue 8): every example is listed with what to watch; opening one loads
 * its code under the models its paragraph talks about and shows the paragraph beside the editor.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { ORIGIN, outputOf, waitForRun, browserSuite } from './harness';
import { EXAMPLES } from '../../src/ui/examples';

const suite = browserSuite();
let page: Page;
beforeAll(() => {
  ({ page } = suite);
});

const panels = () => page.locator('[data-model]').evaluateAll((els) => els.map((e) => e.getAttribute('data-model')));

describe('examples gallery', { timeout: 90_000 }, () => {
  it('lists every example with its paragraph, and opens one under its models', async () => {
    await page.goto('about:blank');
    await page.goto(`${ORIGIN}/`);
    await waitForRun(page);
    // The default example's paragraph is on screen from the start.
    expect(await page.locator('[data-role="example-notes"]').getAttribute('data-example')).toBe(EXAMPLES[0].id);

    await page.click('[data-action="gallery"]');
    const gallery = page.locator('[data-role="gallery"]');
    expect(await gallery.locator('li').count()).toBe(EXAMPLES.length);
    const puzzle = EXAMPLES.find((ex) => ex.id === 'puzzle')!;
    const card = gallery.locator(`li[data-example="${puzzle.id}"]`);
    expect(await card.locator('h3').textContent()).toBe(puzzle.title);
    expect(await card.textContent()).toContain('Does it print 1-2-3-4-5 or 1-3-2-4-5?');

    await card.locator('[data-action="open-example"]').click();
    expect(await gallery.count()).toBe(0);
    await expect.poll(panels).toEqual(puzzle.models);
    await waitForRun(page);
    await page.click('[data-action="end"]');
    expect(await outputOf(page, 'python-eager')).toEqual(['1', '2', '3', '4', '5']);
    expect(await outputOf(page, 'python')).toEqual(['1', '3', '2', '4', '5']);
    const notes = page.locator('[data-role="example-notes"]');
    expect(await notes.getAttribute('data-example')).toBe('puzzle');
    // Inline code of the paragraph is rendered as code.
    expect(await notes.locator('code').first().textContent()).toBe('ensure_future(c())');
    expect(await page.locator('select[aria-label="example"]').evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent)).toBe(
      puzzle.title,
    );
  });

  it('closes with Escape', async () => {
    await page.click('[data-action="gallery"]');
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-role="gallery"]').count()).toBe(0);
  });
});
