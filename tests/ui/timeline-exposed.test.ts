/**
 * What a lane's element says it drew (`data-segments`, `data-markers`, src/ui/timeline/exposed.ts):
 * written out as strings, they must be the text `JSON.stringify` makes of the geometry's
 * objects, which is what docs/url-format.md describes and the browser tests parse.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { foldEvents } from '../../src/ui/state/fold';
import { exposeGeometry, foldedKinds, markersAttr, segmentsAttr } from '../../src/ui/timeline/exposed';
import { markerMarks, segmentBoxes } from '../../src/ui/timeline/geometry';
import type { RowGeometry } from '../../src/ui/timeline/draw';
import { FULL_VIEW } from '../../src/ui/timeline/viewport';

const SNIPPET = `import asyncio

async def f(i):
    await asyncio.sleep(0.01 * i)
    if i == 2:
        raise ValueError(i)
    return i

async def main():
    print(await asyncio.gather(*(f(i) for i in range(40)), return_exceptions=True))

asyncio.run(main())
`;

const round = (x: number) => Math.round(x * 10) / 10;
/** The objects the attributes were serialised from before they were written out as strings. */
const segmentsJson = (geo: RowGeometry) =>
  JSON.stringify(geo.segments.map((s) => ({ state: s.state, x0: round(s.x0), x1: round(s.x1), ...(s.end ? { end: true } : {}) })));
const markersJson = (geo: RowGeometry) =>
  JSON.stringify(geo.marks.map((m) => ({ kind: m.kind, seq: m.seq, x: round(m.x), count: m.count, kinds: foldedKinds(geo, m) })));

describe('exposed geometry', () => {
  it('is the JSON of the drawn segments and markers, at every width and cursor', () => {
    const { events } = runProgram(SNIPPET, { lang: 'py', model: 'python' });
    const final = foldEvents(events);
    const total = events.length;
    let checked = 0;
    let folded = 0;
    for (const lane of final.lanes) {
      for (const width of [7, 60, 333.3, 2000]) {
        const scale = { xOf: (s: number) => s / total, view: FULL_VIEW, width };
        for (const cursorPx of [0, width / 3, width]) {
          const geo: RowGeometry = { lane, segments: segmentBoxes(lane, scale, cursorPx), marks: markerMarks(lane.markers, scale, 9) };
          expect(segmentsAttr(geo)).toBe(segmentsJson(geo));
          expect(markersAttr(geo)).toBe(markersJson(geo));
          JSON.parse(segmentsAttr(geo));
          checked += geo.segments.length + geo.marks.length;
          folded += geo.marks.filter((m) => m.count > 1).length;
        }
      }
    }
    // The recording has shapes to compare, and marks that stand for several markers.
    expect(checked).toBeGreaterThan(500);
    expect(folded).toBeGreaterThan(0);
  });

  it("lists a fold's kinds as JSON does when the fold is longer than the markers looked into, its glyph among them or not", () => {
    const source = `async function f(i) {\n  await null;\n  return i;\n}\nasync function main() {\n  for (let i = 0; i < 200; i++) await f(i);\n}\nmain();\n`;
    const { events } = runProgram(source, { lang: 'js', model: 'js' });
    const main = foldEvents(events).lanes.find((l) => l.name === 'main')!;
    let long = 0;
    for (const width of [3, 20, 150]) {
      const scale = { xOf: (s: number) => s / events.length, view: FULL_VIEW, width };
      const geo: RowGeometry = { lane: main, segments: segmentBoxes(main, scale, width), marks: markerMarks(main.markers, scale, 9) };
      expect(markersAttr(geo)).toBe(markersJson(geo));
      long += geo.marks.filter((m) => m.count > 64).length;
    }
    expect(long).toBeGreaterThan(0);
  });

  // The bench's run (bench/ui/paired.ts): lanes that live a moment each, so most rows of a step draw what they drew.
  const SEQUENTIAL = `async function f(i) {\n  await null;\n  return i;\n}\nasync function main() {\n  for (let i = 0; i < 40; i++) await f(i);\n}\nmain();\n`;
  it.each([
    ['concurrent tasks', SNIPPET, 'py', 'python'],
    ['one call after another', SEQUENTIAL, 'js', 'js'],
  ] as const)(
    'leaves an element whose row drew the same alone, and never leaves it saying an earlier frame (%s)',
    (name, source, lang, model) => {
      const { events } = runProgram(source, { lang, model });
      const final = foldEvents(events);
      const total = events.length;
      const width = 400;
      const scale = { xOf: (s: number) => s / total, view: FULL_VIEW, width };
      // An element as the lane area gives one: only its dataset is used; writes are counted.
      const writes = { segments: 0, markers: 0 };
      const el = (data: Record<string, string> = {}) =>
        ({
          dataset: new Proxy(data, {
            set(t, k: string, v: string) {
              writes[k as keyof typeof writes]++;
              t[k] = v;
              return true;
            },
          }),
        }) as unknown as HTMLElement;
      const rows = final.lanes.slice(0, 12).map(() => el());
      // Scrub to positions in a shuffled order, each several times (a step to where the page is).
      const positions = Array.from({ length: 60 }, (_, i) => Math.floor(((i * 37) % 60) * (total / 60)));
      let frames = 0;
      for (const g of [...positions, ...positions.slice(0, 20)]) {
        const view = foldEvents(events, undefined, g);
        const cursorPx = (g / total) * width;
        rows.forEach((row, i) => {
          const lane = view.lanes.at(i);
          const geo: RowGeometry = lane
            ? { lane, segments: segmentBoxes(lane, scale, cursorPx), marks: markerMarks(lane.markers, scale, 9) }
            : { segments: [], marks: [] };
          exposeGeometry(row, geo, final);
          frames++;
          expect(row.dataset.segments).toBe(segmentsJson(geo));
          expect(row.dataset.markers).toBe(markersJson(geo));
        });
      }
      if (name === 'one call after another') {
        // Most rows drew what they drew the step before: their text was not made again.
        expect(writes.segments).toBeLessThan(frames / 2);
        expect(writes.markers).toBeLessThan(frames / 2);
      }
      // Another run's geometry is written whatever it is (a mark's kinds come from that run's lanes).
      const before = writes.markers;
      const lane = final.lanes.at(0)!;
      exposeGeometry(rows[0]!, { lane, segments: segmentBoxes(lane, scale, width), marks: markerMarks(lane.markers, scale, 9) }, {});
      expect(writes.markers).toBe(before + 1);
    },
  );

  it('writes an end mark, an empty row and a value that is not finite as JSON does', () => {
    const geo: RowGeometry = {
      segments: [
        { state: 'running', x0: -0, x1: 1e21 },
        { state: 'failed', x0: 3.04, x1: 3.05, end: true },
        { state: 'done', x0: NaN, x1: Infinity },
      ],
      marks: [{ kind: 'resolved', index: 0, seq: 12, x: -1.26, count: 1 }],
    };
    expect(segmentsAttr(geo)).toBe(segmentsJson(geo));
    expect(markersAttr(geo)).toBe(markersJson(geo));
    expect(segmentsAttr({ segments: [], marks: [] })).toBe('[]');
    expect(markersAttr({ segments: [], marks: [] })).toBe('[]');
  });
});
