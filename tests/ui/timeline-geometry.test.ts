/**
 * Lane geometry in px: segments and markers of real recordings, folded where they are closer
 * than a pixel (segments) or a marker (markers), at a cost bounded by the width.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { foldEvents } from '../../src/ui/state/fold';
import { PrefixList } from '../../src/ui/state/lists';
import type { Lane, MarkerData } from '../../src/ui/state/types';
import { groupDensity, markerMarks, segmentBoxes } from '../../src/ui/timeline/geometry';
import { FULL_VIEW } from '../../src/ui/timeline/viewport';

const SNIPPET = `import asyncio

async def f():
    await asyncio.sleep(0.01)
    await asyncio.sleep(0.01)
    return 1

async def main():
    print(await f())

asyncio.run(main())
`;

function laneOf(name: string) {
  const { events } = runProgram(SNIPPET, { lang: 'py', model: 'python' });
  const final = foldEvents(events);
  const lane = final.lanes.find((l) => l.name === name && l.kind === 'coroutine')!;
  return { lane, total: events.length };
}

describe('segment boxes', () => {
  it('draw every state change of a lane, in order, ending in an end mark', () => {
    const { lane, total } = laneOf('f');
    const scale = { xOf: (s: number) => s / total, view: FULL_VIEW, width: total * 10 };
    const boxes = segmentBoxes(lane, scale, scale.width);
    expect(boxes.map((b) => b.state)).toEqual(lane.segments.map((s) => s.state));
    expect(boxes.at(-1)!.end).toBe(true);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x0).toBeCloseTo(boxes[i - 1]!.x1);
    expect(boxes[0]!.x0).toBeCloseTo(lane.segments.at(0)!.from * 10);
  });

  it('fold changes inside one pixel into the latest state there', () => {
    const lane: Lane = {
      id: 1,
      kind: 'coroutine',
      name: 'x',
      traced: true,
      createdSeq: 0,
      state: 'suspended',
      segments: PrefixList.of(Array.from({ length: 10_000 }, (_, i) => ({ state: i % 2 ? 'suspended' : 'running', from: i }) as const)),
      markers: PrefixList.of([]),
    };
    const boxes = segmentBoxes(lane, { xOf: (s) => s / 10_000, view: FULL_VIEW, width: 100 }, 100);
    expect(boxes.length).toBeLessThanOrEqual(101);
    expect(boxes.length).toBeGreaterThan(50);
    for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.x0).toBeGreaterThanOrEqual(boxes[i - 1]!.x0 + 1 - 1e-9);
    // A live lane's last segment runs to the cursor.
    expect(boxes.at(-1)!.x1).toBeGreaterThanOrEqual(100);
  });

  it('start at the segment in effect at the left edge when zoomed in', () => {
    const { lane, total } = laneOf('f');
    const mid = lane.segments.at(2)!;
    const next = lane.segments.at(3)!;
    const view = { start: (mid.from + 0.25 * (next.from - mid.from)) / total, end: (mid.from + 0.75 * (next.from - mid.from)) / total };
    const boxes = segmentBoxes(lane, { xOf: (s) => s / total, view, width: 200 }, 1e9);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]!.state).toBe(mid.state);
    expect(boxes[0]!.x0).toBeLessThan(0);
    expect(boxes[0]!.x1).toBeGreaterThan(200);
  });
});

describe('marker marks', () => {
  const markers: MarkerData[] = Array.from({ length: 100_000 }, (_, i) => ({ kind: i % 2 ? 'awaited' : 'resumed', seq: i, time: 0 }));
  const scale = { xOf: (s: number) => s / 100_000, view: FULL_VIEW, width: 1000 };

  it('fold markers closer than the gap, counting them all', () => {
    const marks = markerMarks(markers, scale, 20);
    expect(marks.length).toBeLessThanOrEqual(51);
    expect(marks.reduce((n, m) => n + m.count, 0)).toBe(100_000);
    for (let i = 1; i < marks.length; i++) expect(marks[i]!.x - marks[i - 1]!.x).toBeGreaterThanOrEqual(20 - 1e-9);
  });

  it('show how a lane ended when its end is folded with earlier markers', () => {
    const lane: MarkerData[] = (['started', 'awaited', 'resumed', 'resolved'] as const).map((kind, seq) => ({ kind, seq, time: 0 }));
    const marks = markerMarks(lane, { xOf: (s) => s / 1000, view: FULL_VIEW, width: 1000 }, 20);
    expect(marks).toEqual([{ kind: 'resolved', index: 0, seq: 0, x: 0, count: 4 }]);
    const open = markerMarks(lane.slice(0, 3), { xOf: (s) => s / 1000, view: FULL_VIEW, width: 1000 }, 20);
    expect(open.map((m) => m.kind)).toEqual(['started']);
  });

  it('keep a selected marker as its own mark', () => {
    const marks = markerMarks(markers, scale, 20, 50_001);
    const kept = marks.find((m) => m.seq === 50_001);
    expect(kept).toMatchObject({ count: 1, kind: 'awaited' });
    expect(marks.reduce((n, m) => n + m.count, 0)).toBe(100_000);
  });

  it('show each marker alone once zoomed in far enough', () => {
    const view = { start: 0.5, end: 0.5 + 20 / 100_000 };
    const marks = markerMarks(markers, { ...scale, view }, 20);
    expect(marks.every((m) => m.count === 1)).toBe(true);
    expect(marks.map((m) => m.seq)).toEqual(Array.from({ length: 21 }, (_, i) => 50_000 + i));
  });
});

describe('group density', () => {
  it('counts the share of members in each state per column', () => {
    const member = (start: number): Lane => ({
      id: start,
      kind: 'coroutine',
      name: 'w',
      traced: true,
      createdSeq: 0,
      state: 'done',
      segments: PrefixList.of([
        { state: 'created', from: 0 },
        { state: 'running', from: start },
        { state: 'suspended', from: start + 10 },
        { state: 'done', from: 80 },
      ] as const),
      markers: PrefixList.of([]),
    });
    const d = groupDensity([member(10), member(40)], { xOf: (s) => s / 100, view: FULL_VIEW, width: 100 }, 100);
    expect(d.sampled).toBe(2);
    expect(d.created[5]).toBe(1);
    expect(d.running[15]).toBeCloseTo(0.5);
    expect(d.suspended[15]).toBeCloseTo(0);
    expect(d.suspended[60]).toBeCloseTo(1);
    expect(d.running[90]! + d.suspended[90]! + d.created[90]!).toBe(0);
  });
});
