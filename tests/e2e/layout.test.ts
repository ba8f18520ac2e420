/**
 * The page at every size (issue 8): a phone, a small phone, a laptop, the laptop at 150 % and
 * 200 % zoom (the same screen in fewer CSS pixels at a higher device scale factor), a projector,
 * each with one, two and four models, and presentation mode. Everything asserted is geometry:
 * no sideways scrolling, no text cut without its full text one hover away, no control out of
 * its bar, panels of a usable width, and 60 editor columns on the laptop.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { foreignRequests, launch, ROOT, servedBuild, snippetUrl, waitForRun, type Browser } from './harness';
import { editorColumns, layoutReport } from './layout-checks';

const PUZZLE = readFileSync(join(ROOT, 'src/ui/example-snippets/comment_thread_puzzle.py'), 'utf8');

const VIEWPORTS = [
  { name: 'small phone', width: 360, height: 740, scale: 1 },
  { name: 'phone', width: 390, height: 844, scale: 3 },
  { name: 'laptop', width: 1280, height: 800, scale: 1 },
  { name: 'laptop at 150 %', width: 853, height: 533, scale: 1.5 },
  { name: 'laptop at 200 %', width: 640, height: 400, scale: 2 },
  { name: 'projector', width: 1920, height: 1080, scale: 1 },
] as const;

const MODEL_SETS = [['python'], ['js', 'python'], ['js', 'python', 'python-eager', 'promisio']];

/** A panel is usable at 280 CSS px, or when it has the page's whole width (stacked on a phone). */
const USABLE_PANEL = 280;
/** The lanes' box keeps room for the time axis and three lanes, whatever else the panel shows. */
const USABLE_TIMELINE = 120;

servedBuild();

async function withBrowser(vp: (typeof VIEWPORTS)[number], body: (b: Browser) => Promise<void>) {
  const b = await launch({ width: vp.width, height: vp.height }, vp.scale);
  try {
    await body(b);
    expect(foreignRequests(b.requests)).toEqual([]);
    expect(b.pageErrors).toEqual([]);
  } finally {
    await b.close();
  }
}

async function open(b: Browser, models: string[]) {
  await b.page.goto('about:blank');
  await b.page.goto(snippetUrl('py', PUZZLE, models));
  await waitForRun(b.page);
  // At the end every lane, queue entry and output line has been drawn.
  await b.page.keyboard.press('End');
  await b.page.waitForFunction(() => /^(\d+) \/ \1$/.test(document.querySelector('[data-role="position"]')?.textContent ?? ''));
}

describe('layout', { timeout: 120_000 }, () => {
  for (const vp of VIEWPORTS) {
    it(`${vp.name} (${vp.width}×${vp.height} at ${vp.scale}): nothing cut, nothing out of its bar, usable panels`, async () => {
      await withBrowser(vp, async (b) => {
        for (const models of MODEL_SETS) {
          await open(b, models);
          const r = await layoutReport(b.page);
          const where = `${vp.name}, models ${models.join(',')}`;
          expect(r.scrollWidth, where).toBeLessThanOrEqual(r.innerWidth);
          expect(r.truncated, where).toEqual([]);
          expect(r.outside, where).toEqual([]);
          expect(r.panelWidths.length, where).toBe(models.length);
          for (const w of r.panelWidths) expect(w, where).toBeGreaterThanOrEqual(Math.min(USABLE_PANEL, r.innerWidth - 32));
          for (const h of r.timelineHeights) expect(h, where).toBeGreaterThanOrEqual(USABLE_TIMELINE);
          // Where there is room, the toolbar is one row.
          if (vp.width >= 1920) expect(r.toolbarRows, where).toBe(1);
        }
      });
    });
  }

  it('keeps at least 60 columns of the editor visible at 1280×800', async () => {
    await withBrowser(VIEWPORTS[2], async (b) => {
      for (const models of MODEL_SETS) {
        await open(b, models);
        expect(await editorColumns(b.page)).toBeGreaterThanOrEqual(60);
      }
    });
  });

  it('folds the editor away on a phone and opens it from the toolbar', async () => {
    await withBrowser(VIEWPORTS[1], async (b) => {
      await open(b, ['js', 'python']);
      const toggle = b.page.locator('[data-role="editor-toggle"]');
      expect(await toggle.getAttribute('aria-pressed')).toBe('false');
      expect(await b.page.locator('#editor-slot').isVisible()).toBe(false);
      // The panels start on the first screen, with room to read them.
      const top = await b.page.locator('[data-model="js"]').evaluate((el) => el.getBoundingClientRect().top);
      expect(top).toBeLessThan(844 / 2);
      await toggle.click();
      await b.page.locator('#editor-slot').waitFor({ state: 'visible' });
      const slot = await b.page.locator('#editor-slot').boundingBox();
      expect(slot!.width).toBeGreaterThan(340);
      expect(slot!.height).toBeGreaterThanOrEqual(240);
      const r = await layoutReport(b.page);
      expect(r.scrollWidth).toBeLessThanOrEqual(r.innerWidth);

      // The shortcuts sheet fits the phone's screen.
      await b.page.click('button[aria-label="keyboard shortcuts"]');
      const sheet = await b.page.locator('[data-role="shortcuts"]').boundingBox();
      expect(sheet!.x).toBeGreaterThanOrEqual(0);
      expect(sheet!.x + sheet!.width).toBeLessThanOrEqual(390);
      expect((await layoutReport(b.page)).truncated).toEqual([]);
    });
  });

  for (const vp of [VIEWPORTS[5], VIEWPORTS[2], VIEWPORTS[3], VIEWPORTS[1]]) {
    it(`presentation at ${vp.width}×${vp.height}: two panels, large type, a switcher, nothing cut`, async () => {
      await withBrowser(vp, async (b) => {
        const models = ['js', 'python', 'python-eager', 'promisio'];
        await open(b, models);
        const before = await layoutReport(b.page);
        await b.page.click('[data-role="presentation-toggle"]');
        await b.page.waitForSelector('.app[data-presentation="true"]');
        await b.page.keyboard.press('End');
        const r = await layoutReport(b.page);
        expect(r.panelWidths.length).toBe(2);
        expect(await b.page.locator('[data-model]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-model')))).toEqual([
          'js',
          'python',
        ]);
        // Each panel at least 40 % of the screen (side by side when wide, stacked when narrow);
        // type about half again as large as on the desk.
        for (const w of r.panelWidths) expect(w).toBeGreaterThan(vp.width * 0.4);
        for (const [i, px] of r.titleFontPx.entries()) expect(px).toBeGreaterThanOrEqual((before.titleFontPx[i] ?? 0) * 1.4);
        expect(await b.page.locator('#editor-slot').isVisible()).toBe(false);
        expect(r.scrollWidth).toBeLessThanOrEqual(r.innerWidth);
        expect(r.truncated).toEqual([]);
        expect(r.outside).toEqual([]);

        // The switcher: showing a third model makes room by hiding the one shown longest.
        await b.page.click('[data-show-model="python-eager"]');
        expect(await b.page.locator('[data-model]').evaluateAll((ps) => ps.map((p) => p.getAttribute('data-model')))).toEqual([
          'python',
          'python-eager',
        ]);
        expect(await b.page.locator('[data-show-model="python-eager"]').getAttribute('aria-pressed')).toBe('true');
        expect(await b.page.locator('[data-show-model="js"]').getAttribute('aria-pressed')).toBe('false');

        await b.page.click('[data-role="presentation-toggle"]');
        await b.page.waitForSelector('.app:not([data-presentation])');
        expect(await b.page.locator('[data-model]').count()).toBe(4);
      });
    });
  }
});
