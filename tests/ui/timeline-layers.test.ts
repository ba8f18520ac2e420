/**
 * The lanes' layers (src/ui/timeline/layers.ts): left of `drawnFrom`, a lane as folded at a
 * playback position is drawn exactly as the whole recording's lane is — the same segment
 * boxes and marker marks — so the band drawn once from the whole lane can show that part at
 * every step. Checked at every position of real recordings, whole run and zoomed in.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { foldEvents } from '../../src/ui/state/fold';
import type { ModelName } from '../../src/engine/api';
import { markerMarks, segmentBoxes } from '../../src/ui/timeline/geometry';
import { drawnFrom } from '../../src/ui/timeline/layers';
import { rightOf } from '../../src/ui/timeline/draw';
import { FULL_VIEW, toPx, type TimeView } from '../../src/ui/timeline/viewport';

const TASKS = `import asyncio

async def f(i):
    await asyncio.sleep(0.05 * i)
    await asyncio.sleep(0)
    return i

async def main():
    tasks = [asyncio.create_task(f(i)) for i in range(4)]
    print(await asyncio.gather(*tasks))

asyncio.run(main())
`;

const LOOP = `async function f(i) {
  await null;
  if (i === 7) throw new Error('seven');
  return i;
}
async function main() {
  for (let i = 0; i < 40; i++) {
    try { await f(i); } catch (e) { console.log(e.message); }
  }
}
main();
`;

const MARKER = 24;

function check(source: string, lang: 'py' | 'js', model: ModelName, view: TimeView, width: number) {
  const { events } = runProgram(source, { lang, model });
  const whole = foldEvents(events);
  const total = events.length;
  const xOf = (seq: number) => seq / total;
  const scale = { xOf, view, width };
  const endPx = toPx(view, width, 1);
  let compared = 0;
  let state = foldEvents([]);
  for (let k = 1; k <= total; k++) {
    state = foldEvents(events, state, k);
    const cursorPx = toPx(view, width, xOf(k));
    for (let i = 0; i < state.lanes.length; i++) {
      const now = state.lanes.at(i)!;
      const all = whole.lanes.at(i)!;
      const drawn = { segments: segmentBoxes(now, scale, cursorPx, 'x'), marks: markerMarks(now.markers, scale, MARKER * 0.7) };
      const from = drawnFrom(now, all, drawn, cursorPx, MARKER, 1);
      const band = { segments: segmentBoxes(all, scale, endPx, 'x'), marks: markerMarks(all.markers, scale, MARKER * 0.7) };
      // What either drawing puts in the track left of `from` (the band shows [0, from)): the
      // same boxes, the same marks (a glyph and a folded mark's outline reach half a marker and 2 px out).
      const left = (d: typeof drawn) => ({
        segments: d.segments.filter((b) => from > 0 && Math.max(-2, b.x0) < from),
        marks: d.marks.filter((m) => from > 0 && m.x - MARKER / 2 - 3 < from),
      });
      expect(left(drawn), `lane ${i} at ${k}`).toEqual(left(band));
      // The copy of the row drawn at the step ends where its shapes end: no further right than
      // the cursor's half a marker and 3 px (a later marker's glyph is not the step's), and
      // past every segment box and mark (a glyph reaches half a marker and 3 px with its ring).
      const right = rightOf({ lane: now, ...drawn }, MARKER);
      expect(right).toBeLessThanOrEqual(Math.max(cursorPx, 0) + MARKER / 2 + 3 + 1e-9);
      for (const b of drawn.segments) expect(right).toBeGreaterThanOrEqual(b.x1);
      for (const m of drawn.marks) expect(right).toBeGreaterThanOrEqual(m.x + MARKER / 2 + 3);
      if (from === Infinity) expect(drawn).toEqual(band);
      compared += left(drawn).segments.length + left(drawn).marks.length;
    }
  }
  // The bands do show something: most of what is drawn lies left of `from`.
  expect(compared).toBeGreaterThan(total);
}

describe('a lane row left of drawnFrom', () => {
  it('is drawn alike at every step and for the whole recording: tasks, whole run', () => {
    check(TASKS, 'py', 'python', FULL_VIEW, 800);
  });
  it('is drawn alike at every step and for the whole recording: a loop, narrow, and zoomed in', () => {
    check(LOOP, 'js', 'js', FULL_VIEW, 150);
    check(LOOP, 'js', 'js', { start: 0.3, end: 0.45 }, 600);
  });
  it('is the whole row once the lane is finished, and nothing before the lane exists', () => {
    const { events } = runProgram(TASKS, { lang: 'py', model: 'python' });
    const whole = foldEvents(events);
    const lane = whole.lanes.at(1)!;
    const scale = { xOf: (s: number) => s / events.length, view: FULL_VIEW, width: 500 };
    const drawn = { segments: segmentBoxes(lane, scale, 500), marks: markerMarks(lane.markers, scale, MARKER * 0.7) };
    expect(drawnFrom(lane, lane, drawn, 500, MARKER, 1)).toBe(Infinity);
    expect(drawnFrom(undefined, lane, { segments: [], marks: [] }, 200, MARKER, 1)).toBe(200 - MARKER / 2 - 4);
    expect(drawnFrom(undefined, undefined, { segments: [], marks: [] }, 200, MARKER, 1)).toBe(0);
  });
});
