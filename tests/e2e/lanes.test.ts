/**
 * The lanes in real Chromium (issue 8): rows fill the panel, a time axis with labelled ticks,
 * labels never cut without their full text one hover away, a Task's row named as the queue
 * names it, 300 similar tasks folded into a group that expands, zoom and pan by wheel, keys
 * and buttons, one tab stop whose arrows walk the markers, and race marks on the lanes.
 * Geometry is read from the page (boxes, and what the draw call reports it drew).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { screenshot, snippetUrl, waitForRun, browserSuite } from './harness';
import { drawnMarkers, drawnSegments } from './lanes-helpers';

const TASKS = `import asyncio

async def f(i):
    await asyncio.sleep(0.05 * i)
    return i

async def g():
    await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(f(1))
    u = asyncio.create_task(f(2))
    await g()
    print(await t, await u)

asyncio.run(main())
`;

const LOOP = `import asyncio

async def work(i):
    await asyncio.sleep(0)
    await asyncio.sleep(0.001 * (i % 3))
    return i

async def main():
    tasks = [asyncio.create_task(work(i)) for i in range(300)]
    print(sum(await asyncio.gather(*tasks)))

asyncio.run(main())
`;

// Two timers due 0.5 ms apart: the recording marks a timing race.
const RACE = `import asyncio

async def a():
    await asyncio.sleep(0.5)
    await asyncio.sleep(0.5)
    print("a")

async def b():
    await asyncio.sleep(1)
    print("b")

async def main():
    await asyncio.gather(a(), b())

asyncio.run(main())
`;

// as_completed makes its tasks from set(aws): CPython starts them in address order.
const SET_ORDER = `import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    for f in asyncio.as_completed([job(0.3), job(0.1), job(0.2)]):
        print(await f)

asyncio.run(main())
`;

const suite = browserSuite();
let page: Page;
beforeAll(() => {
  ({ page } = suite);
});

async function open(source: string, models: string[]) {
  await page.goto('about:blank');
  await page.goto(snippetUrl('py', source, models));
  await waitForRun(page, 60_000);
  await page.click('[data-action="end"]');
}

const panel = (model: string) => page.locator(`[data-model="${model}"]`);
const zoomOf = async (model: string) =>
  ((await panel(model).locator('[data-role="timeline"]').getAttribute('data-zoom')) ?? '').split(',').map(Number) as [number, number];

describe('the lanes', { timeout: 120_000 }, () => {
  it('fill the panel height, with a labelled time axis and no label cut without its full text', async () => {
    for (const [w, h] of [
      [1280, 800],
      [1920, 1080],
    ] as const) {
      await page.setViewportSize({ width: w, height: h });
      await open(TASKS, ['js', 'python']);
      for (const model of ['js', 'python']) {
        const area = (await panel(model).locator('[data-role="lane-area"]').boundingBox())!;
        const rows = await panel(model).locator('[data-role="lane"]').all();
        expect(rows.length).toBeGreaterThanOrEqual(4);
        const boxes = await Promise.all(rows.map(async (r) => (await r.boundingBox())!));
        const bottom = Math.max(...boxes.map((b) => b.y + b.height));
        // Rows share the height: together they reach the area's bottom (or are as tall as rows get).
        const rowH = boxes[0]!.height;
        expect(
          bottom >= area.y + area.height - 1 - rows.length * 0.25 || rowH >= 100,
          `${model} at ${w}x${h}: rows end at ${bottom}, area at ${area.y + area.height}`,
        ).toBe(true);
        expect(rowH).toBeGreaterThanOrEqual(30);
        // What the canvas drew on each row lies inside the track.
        for (const r of rows) {
          const segs = await drawnSegments(r);
          expect(segs.length).toBeGreaterThan(0);
        }
        // Ticks: virtual time labels at least, inside the axis, not overlapping.
        const ticks = panel(model).locator('[data-role="tick"]');
        const labels = await ticks.allTextContents();
        expect(labels).toContain('0 ms');
        expect(labels.filter((l) => /^\d+(\.\d+)? ms$/.test(l)).length, labels.join(' | ')).toBeGreaterThanOrEqual(2);
        const tickBoxes = await Promise.all((await ticks.all()).map(async (t) => (await t.boundingBox())!));
        for (let i = 1; i < tickBoxes.length; i++)
          expect(tickBoxes[i]!.x).toBeGreaterThanOrEqual(tickBoxes[i - 1]!.x + tickBoxes[i - 1]!.width);
        // A label cut with an ellipsis carries its full text in the title.
        const cut = await panel(model)
          .locator('.tl-label')
          .evaluateAll((els) =>
            els
              .filter((e) => [...e.querySelectorAll('span')].some((s) => s.scrollWidth > s.clientWidth + 1))
              .map((e) => ({ title: e.getAttribute('title') ?? '', text: e.textContent ?? '' })),
          );
        for (const c of cut) expect(c.title.replace(/\s+/g, ' ')).toContain(c.text.split(' ')[0]!.trim());
      }
      await screenshot(page, `lanes-${w}x${h}`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('names a Task’s row as the ready queue names the Task', async () => {
    await open(TASKS, ['python']);
    const lane = panel('python').locator('[data-role="lane"][data-task="Task-2"]');
    expect(await lane.count()).toBe(1);
    expect(await lane.getAttribute('data-function')).toBe('f');
    expect((await lane.textContent())!.replace(/\s+/g, ' ')).toMatch(/^f · Task-2 L\d+$/);
    // Step back to a moment when Task-2 waits in the ready queue: the queue says the same name.
    const scrub = page.locator('[data-action="scrub"]');
    const max = Number(await scrub.getAttribute('max'));
    let seen = false;
    for (let g = 0; g <= max && !seen; g++) {
      await scrub.fill(String(g));
      const ready = await panel('python').locator('[data-queue="ready"] li').allTextContents();
      seen = ready.includes('Task-2');
    }
    expect(seen).toBe(true);
    expect(await panel('python').locator('[data-role="lane"][data-task="Task-2"]').count()).toBe(1);
  });

  it('folds 300 similar tasks into one group that expands and collapses', async () => {
    await open(LOOP, ['python']);
    const group = panel('python').locator('[data-role="lane-group"]');
    expect(await group.count()).toBe(1);
    expect(await group.getAttribute('data-members')).toBe('300');
    expect(await group.getAttribute('data-function')).toBe('work');
    expect(await panel('python').locator('[data-role="lane"][data-function="work"]').count()).toBe(0);
    const button = group.locator('[data-action="expand-group"]');
    expect(await button.getAttribute('aria-expanded')).toBe('false');
    await button.click();
    expect(await group.getAttribute('data-expanded')).toBe('true');
    // Members are rows now (virtualised: those in view are in the DOM), each drawn.
    const members = panel('python').locator('[data-role="lane"][data-function="work"]');
    expect(await members.count()).toBeGreaterThan(3);
    expect((await drawnSegments(members.first())).length).toBeGreaterThan(0);
    await screenshot(page, 'lanes-group-expanded');
    await button.click();
    expect(await members.count()).toBe(0);
  });

  it('zooms and pans the time axis by buttons, keys and wheel', async () => {
    await open(TASKS, ['python']);
    expect(await zoomOf('python')).toEqual([0, 1]);
    const ticksBefore = await panel('python').locator('[data-role="tick"]').allTextContents();
    await panel('python').locator('[data-action="zoom-in"]').click();
    const [a, b] = await zoomOf('python');
    expect(b - a).toBeLessThan(1);
    expect(await panel('python').locator('[data-role="visible-range"]').textContent()).not.toBe('whole run');
    // Keys on the lane area: + zooms in further, D pans right, - zooms out, 0 shows everything.
    await panel('python').locator('[data-role="lane-area"]').focus();
    await page.keyboard.press('+');
    const [c, d] = await zoomOf('python');
    expect(d - c).toBeLessThan(b - a);
    // (Zoomed in around the cursor at the end of the run: there is room to the left.)
    await page.keyboard.press('a');
    const [e, f] = await zoomOf('python');
    expect(e).toBeLessThan(c);
    expect(f - e).toBeCloseTo(d - c);
    await page.keyboard.press('-');
    expect((await zoomOf('python'))[1] - (await zoomOf('python'))[0]).toBeGreaterThan(f - e);
    await page.keyboard.press('0');
    expect(await zoomOf('python')).toEqual([0, 1]);
    // Ctrl+wheel (a trackpad pinch) zooms at the pointer; Shift+wheel pans.
    const area = (await panel('python').locator('[data-role="lane-area"]').boundingBox())!;
    await page.mouse.move(area.x + area.width * 0.75, area.y + 20);
    await page.keyboard.down('Control');
    await page.mouse.wheel(0, -400);
    await page.keyboard.up('Control');
    await expect.poll(async () => (await zoomOf('python'))[1] - (await zoomOf('python'))[0]).toBeLessThan(0.9);
    const zoomed = await zoomOf('python');
    const ticksZoomed = await panel('python').locator('[data-role="tick"]').allTextContents();
    expect(ticksZoomed).not.toEqual(ticksBefore);
    await page.keyboard.down('Shift');
    await page.mouse.wheel(0, -300);
    await page.keyboard.up('Shift');
    await expect.poll(async () => (await zoomOf('python'))[0]).toBeLessThan(zoomed[0]);
    await page.keyboard.press('Control+0').catch(() => {});
  });

  it('is one tab stop whose arrows walk the markers; the detail and the live text follow', async () => {
    await open(TASKS, ['python']);
    const area = panel('python').locator('[data-role="lane-area"]');
    await area.focus();
    const position = await page.locator('[data-role="position"]').textContent();
    await page.keyboard.press('ArrowDown');
    const detail = panel('python').locator('[data-role="marker-detail"]');
    const live = panel('python').locator('[data-role="lane-focus"]');
    const first = await detail.textContent();
    expect(first).toMatch(/main/);
    expect(await live.textContent()).toMatch(/^main · Task-1: marker \d+ of \d+/);
    const activeId = await area.getAttribute('aria-activedescendant');
    expect(activeId).toBeTruthy();
    expect(await page.locator(`#${activeId}`).getAttribute('data-function')).toBe('main');
    // ← walks back through main's markers, Home goes to its first (started).
    await page.keyboard.press('ArrowLeft');
    const second = await detail.textContent();
    expect(second).not.toBe(first);
    await page.keyboard.press('Home');
    expect(await detail.textContent()).toMatch(/main · Task-1.* started/);
    expect(await live.textContent()).toMatch(/marker 1 of \d+, started/);
    await page.keyboard.press('ArrowRight');
    expect(await live.textContent()).toMatch(/marker 2 of/);
    // ↓ moves to the next row: f · Task-2.
    await page.keyboard.press('ArrowDown');
    expect(await live.textContent()).toMatch(/^f · Task-2: marker/);
    const selected = JSON.parse((await panel('python').locator('[data-task="Task-2"]').getAttribute('data-markers'))!) as { seq: number }[];
    expect(selected.length).toBeGreaterThan(0);
    // The arrows stayed in the lanes: playback did not move.
    expect(await page.locator('[data-role="position"]').textContent()).toBe(position);
    // One tab stop: Tab leaves the lane area.
    await page.keyboard.press('Tab');
    expect(await area.evaluate((el) => el === document.activeElement)).toBe(false);
  });

  it('marks a timing race on the axis and on the lanes', async () => {
    await open(RACE, ['python']);
    const marks = panel('python').locator('[data-role="race-mark"]');
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await marks.first().getAttribute('title')).toMatch(/timing race at .* ms: .* ran before .*real runs may order these either way/);
    const axis = (await panel('python').locator('.tl-ticks').boundingBox())!;
    const box = (await marks.first().boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(axis.x - box.width);
    expect(box.x + box.width).toBeLessThanOrEqual(axis.x + axis.width + box.width);
    // The race note below the lanes tells the same story.
    expect(await panel('python').locator('[data-role="race"]').count()).toBeGreaterThan(0);
  });

  it('marks tasks CPython takes from a set: as_completed starting its coroutines', async () => {
    await open(SET_ORDER, ['python']);
    const marks = panel('python').locator('[data-role="race-mark"]');
    expect(await marks.count()).toBeGreaterThan(0);
    expect(await marks.first().getAttribute('title')).toMatch(/set order at .* ms: .* ran before .*real runs may order these either way/);
    const note = panel('python').locator('[data-role="race"][data-reason="set-order"]');
    expect(await note.count()).toBe(2);
    expect(await note.first().textContent()).toMatch(/set ordered by memory address/);
  });

  it('pops new markers in while playing, and not under reduced motion', async () => {
    const popsWhilePlaying = async () => {
      await page.click('[data-action="restart"]');
      await page.selectOption('select[aria-label="speed"]', '8');
      if ((await page.locator('[data-action="play"]').getAttribute('aria-label')) === 'play') await page.click('[data-action="play"]');
      let popped = false;
      const until = Date.now() + 4000;
      while (!popped && Date.now() < until) {
        popped = (await panel('python').locator('[data-role="timeline"]').getAttribute('data-popping')) === 'true';
        await page.waitForTimeout(15);
      }
      await page.click('[data-action="end"]');
      return popped;
    };
    await open(TASKS, ['python']);
    expect(await popsWhilePlaying()).toBe(true);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    try {
      await open(TASKS, ['python']);
      expect(await page.locator('.app').getAttribute('data-reduced-motion')).toBe('true');
      expect(await popsWhilePlaying()).toBe(false);
    } finally {
      await page.emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('draws a 2,000-event run as a few rows, not hundreds', async () => {
    await open(LOOP, ['python']);
    const total = Number((await page.locator('[data-role="position"]').textContent())!.split('/')[1]);
    expect(total).toBeGreaterThan(2000);
    expect(await panel('python').locator('[data-role="lane"], [data-role="lane-group"]').count()).toBeLessThanOrEqual(3);
    const main = panel('python').locator('[data-role="lane"][data-function="main"]');
    expect((await drawnMarkers(main)).length).toBeGreaterThan(0);
  });
});
