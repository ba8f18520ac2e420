/**
 * The lanes drawn in layers (src/ui/timeline/layers.ts: each lane row's whole lane drawn once,
 * what a step changes drawn at each step) show what one canvas drawing the whole frame at
 * each step shows (the drawing before the layers, issue 10): two pages of the same run, one
 * with the layers and one told to draw on one canvas (`__asyncLanesOneLayer`), are scrubbed
 * through the same positions (forwards, backwards, jumps, with a marker selected) and the
 * lane area's pixels compared at each.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { snippetUrl, waitForRun, browserSuite } from './harness';
import { clickMarker } from './lanes-helpers';

// Tasks that sleep (suspended lanes that say what they wait on), finish at different times,
// and one that is still waiting when another returns.
const TASKS = `import asyncio

async def f(i):
    await asyncio.sleep(0.05 * i)
    await asyncio.sleep(0)
    return i

async def g():
    await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(f(1))
    u = asyncio.create_task(f(3))
    await g()
    print(await t, await u)

asyncio.run(main())
`;

// Many markers on one lane (folded into marks) and a group of 200 similar lanes.
const LOOP = `async function f(i) {
  await null;
  return i;
}
async function main() {
  for (let i = 0; i < 200; i++) await f(i);
  console.log('done');
}
main();
`;

const suite = browserSuite();

/**
 * A channel may differ this much: the layers are separate canvases the compositor blends, so
 * a half-covered pixel is blended in another order than on one canvas (8-bit rounding).
 */
const TOLERANCE = 8;

/** Seeks as a drag of the slider does, then lets two frames draw. */
async function seek(page: Page, pos: number): Promise<void> {
  await page.evaluate(async (p) => {
    const el = document.querySelector<HTMLInputElement>('[data-action="scrub"]')!;
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!.call(el, String(p));
    el.dispatchEvent(new Event('input', { bubbles: true }));
    for (let i = 0; i < 2; i++) await new Promise((r) => requestAnimationFrame(r));
  }, pos);
}

/** The lane area of the first panel, as pixels on screen. */
async function lanePixels(page: Page): Promise<Buffer> {
  return page.locator('.model-panel .tl-stage').first().screenshot({ animations: 'disabled' });
}

/** Pixels that differ by more than `tolerance` in a channel, and the largest difference. */
async function compare(
  page: Page,
  a: Buffer,
  b: Buffer,
  tolerance: number,
): Promise<{ size: string; differing: number; most: number; where?: string }> {
  return page.evaluate(
    async ([a64, b64, tol]) => {
      const decode = async (s: string) => {
        const bitmap = await createImageBitmap(new Blob([Uint8Array.from(atob(s), (c) => c.charCodeAt(0))], { type: 'image/png' }));
        const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
        const ctx = canvas.getContext('2d')!;
        ctx.drawImage(bitmap, 0, 0);
        return { w: bitmap.width, h: bitmap.height, data: ctx.getImageData(0, 0, bitmap.width, bitmap.height).data };
      };
      const [x, y] = [await decode(a64), await decode(b64)];
      if (x.w !== y.w || x.h !== y.h) return { size: `${x.w}x${x.h} vs ${y.w}x${y.h}`, differing: -1, most: -1, where: '' };
      let differing = 0;
      let most = 0;
      const box = { x0: Infinity, y0: Infinity, x1: -1, y1: -1 };
      for (let i = 0; i < x.data.length; i += 4) {
        let d = 0;
        for (let k = 0; k < 4; k++) d = Math.max(d, Math.abs(x.data[i + k]! - y.data[i + k]!));
        most = Math.max(most, d);
        if (d <= tol) continue;
        differing++;
        const px = (i / 4) % x.w;
        const py = Math.floor(i / 4 / x.w);
        box.x0 = Math.min(box.x0, px);
        box.y0 = Math.min(box.y0, py);
        box.x1 = Math.max(box.x1, px);
        box.y1 = Math.max(box.y1, py);
      }
      // Where they differ, to read in a failure.
      const where = differing ? `x ${box.x0}..${box.x1}, y ${box.y0}..${box.y1}` : '';
      return { size: `${x.w}x${x.h}`, differing, most, where };
    },
    [a.toString('base64'), b.toString('base64'), tolerance] as const,
  );
}

describe('lanes drawn in layers', () => {
  let flat: Page;
  beforeAll(async () => {
    flat = await suite.browser.context.newPage();
    await flat.addInitScript('window.__asyncLanesOneLayer = true;');
  });

  for (const [name, lang, source, models] of [
    ['tasks that sleep', 'py', TASKS, ['python']],
    ['a loop of 200 awaits', 'js', LOOP, ['js']],
  ] as const) {
    it(`show what one canvas shows, at every position visited: ${name}`, async () => {
      const pages = [suite.page, flat];
      for (const p of pages) {
        // A fresh document each (a link differing in its hash alone would open in the page as it is).
        await p.goto('about:blank');
        await p.goto(snippetUrl(lang, source, [...models]));
        await waitForRun(p);
        await seek(p, 0);
      }
      const total = Number(await suite.page.locator('[data-action="scrub"]').getAttribute('max'));
      expect(total).toBeGreaterThan(20);
      // Forwards in small steps, backwards, jumps both ways, the end.
      const at = (f: number) => Math.round(f * total);
      const positions = [1, 2, 3, at(0.1), at(0.1) + 1, at(0.5), at(0.25), at(0.9), at(0.3), at(0.75), at(0.75) + 2, total, at(0.6)];
      const check = async (pos: number) => {
        for (const p of pages) await seek(p, pos);
        const [layered, one] = [await lanePixels(suite.page), await lanePixels(flat)];
        const diff = await compare(suite.page, layered, one, TOLERANCE);
        expect({ pos, ...diff }).toEqual({ pos, size: diff.size, differing: 0, most: diff.most, where: '' });
      };
      for (const pos of positions) await check(pos);
      // Zoomed in on a selected marker (a click on a folded mark zooms until it stands alone):
      // the arrow to what it awaits and its ring are drawn over the bands.
      let seq = 0;
      for (const p of pages) seq = (await clickMarker(p.locator('[data-role="lane"]').nth(1), 'awaited')).seq;
      for (const pos of [total, seq + 1, Math.round((seq + total) / 2), seq + 3]) await check(pos);
    });
  }
  it('keeps a lane row band while its row comes and goes: a jump back and forth makes no canvas', async () => {
    const page = suite.page;
    await page.goto('about:blank');
    await page.goto(snippetUrl('py', TASKS, ['python']));
    await waitForRun(page);
    const total = Number(await page.locator('[data-action="scrub"]').getAttribute('max'));
    // At the end every lane row shows its band; near the start the Tasks' rows do not exist yet.
    await seek(page, total);
    const bands = await page
      .locator('.model-panel .tl-bands')
      .first()
      .evaluate((el) => el.childElementCount);
    expect(bands).toBeGreaterThan(1);
    await page
      .locator('.model-panel .tl-bands')
      .first()
      .evaluate((el) => {
        const w = window as unknown as { __bandsMade: number };
        w.__bandsMade = 0;
        new MutationObserver((ms) => ms.forEach((m) => (w.__bandsMade += m.addedNodes.length))).observe(el, { childList: true });
      });
    for (const pos of [1, total, 1, Math.round(total / 2), total]) await seek(page, pos);
    expect(await page.evaluate(() => (window as unknown as { __bandsMade: number }).__bandsMade)).toBe(0);
    // Hidden, not shown: at the start only the rows that exist have a band on screen.
    await seek(page, 1);
    const shown = await page
      .locator('.model-panel .tl-bands > div')
      .evaluateAll((els) => els.filter((e) => getComputedStyle(e).display !== 'none').length);
    expect(shown).toBeLessThan(bands);
  });
});
