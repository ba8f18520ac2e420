/**
 * What a lane's element says it drew (`data-segments`, `data-markers`, src/ui/timeline/exposed.ts):
 * written out as strings, they must be the text `JSON.stringify` makes of the geometry's
 * objects, which is what docs/url-format.md describes and the browser tests parse.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { foldEvents } from '../../src/ui/state/fold';
import { foldedKinds, markersAttr, segmentsAttr } from '../../src/ui/timeline/exposed';
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
