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

/** Segment boxes by a linear scan: what the skips ahead by search must find (geometry.ts nextAtLeast). */
function boxesByScan(lane: Lane, xOf: (s: number) => number, width: number, cursorPx: number) {
  const n = lane.segments.length;
  const px = (k: number) => xOf(lane.segments.at(k)!.from) * width;
  const out: { state: string; x0: number; x1: number }[] = [];
  let k = 0;
  while (k < n && px(k + 1) <= 0) k++;
  while (k < n && px(k) <= width) {
    const x0 = px(k);
    let j = k;
    while (j + 1 < n && px(j + 1) < x0 + 1) j++;
    const last = j === n - 1;
    const x1 = last ? Math.max(cursorPx, x0) : px(j + 1);
    out.push({ state: lane.segments.at(j)!.state, x0, x1: j > k ? Math.max(x1, x0 + 1) : x1 });
    k = j + 1;
  }
  return out;
}

describe('segment and marker skips', () => {
  // Irregular spacing: runs of segments inside one pixel, single segments, long gaps.
  let seed = 7;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  let t = 0;
  const froms = Array.from({ length: 5000 }, () => (t += rand() < 0.2 ? 40 * rand() : 0.05 * rand()));
  const lane: Lane = {
    id: 1,
    kind: 'coroutine',
    name: 'x',
    traced: true,
    createdSeq: 0,
    state: 'suspended',
    segments: PrefixList.of(froms.map((from, i) => ({ state: i % 3 ? 'suspended' : 'running', from }) as const)),
    markers: PrefixList.of(
      froms.map((seq, i) => ({ kind: i % 2 ? 'awaited' : 'resumed', seq, lane: 1, time: 0 }) as unknown as MarkerData),
    ),
  };
  const xOf = (s: number) => s / t;

  it('find the same segment boxes as a linear scan', () => {
    for (const width of [37, 300, 2000]) {
      const boxes = segmentBoxes(lane, { xOf, view: FULL_VIEW, width }, width);
      expect(boxes.map((b) => ({ state: b.state, x0: b.x0, x1: b.x1 }))).toEqual(boxesByScan(lane, xOf, width, width));
    }
  });

  it('fold the same markers as a linear scan', () => {
    for (const width of [37, 300, 2000]) {
      const gap = 9;
      const marks = markerMarks(lane.markers, { xOf, view: FULL_VIEW, width }, gap);
      let k = 0;
      const counts: number[] = [];
      const x = (i: number) => xOf(lane.markers.at(i)!.seq) * width;
      while (k < lane.markers.length) {
        let j = k + 1;
        while (j < lane.markers.length && x(j) < x(k) + gap) j++;
        counts.push(j - k);
        k = j;
      }
      expect(marks.map((m) => m.count)).toEqual(counts);
    }
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

describe('group density kept across steps', () => {
  // A settled member's boxes are kept per scale (geometry.ts memberBoxes): along a playback,
  // going forward and jumping back, the density must be what a scale never seen before gives.
  it('is the density made afresh, at every position forward and back', () => {
    const LOOP = `async function f(i) {\n  await null;\n  if (i % 7 === 3) throw new Error('x');\n  return i;\n}\nasync function main() {\n  for (let i = 0; i < 30; i++) {\n    try { await f(i); } catch (e) {}\n  }\n}\nmain();\n`;
    const { events } = runProgram(LOOP, { lang: 'js', model: 'js' });
    const total = events.length;
    const states = [foldEvents([])];
    for (let k = 1; k <= total; k++) states.push(foldEvents(events, states[k - 1], k));
    const kept = { xOf: (s: number) => s / total, view: FULL_VIEW, width: 173 };
    const order = [...Array.from({ length: total + 1 }, (_, k) => k), ...Array.from({ length: total + 1 }, (_, k) => total - k)];
    let settled = 0;
    for (const k of order) {
      const members = states[k]!.lanes.slice().filter((l) => l.name === 'f');
      settled += members.filter((l) => l.state === 'done' || l.state === 'failed').length;
      const cursorPx = (k / total) * kept.width;
      const fresh = { ...kept };
      for (const limit of [400, 7])
        expect(groupDensity(members, kept, cursorPx, limit), `at ${k}`).toEqual(groupDensity(members, fresh, cursorPx, limit));
    }
    expect(settled).toBeGreaterThan(total);
  });
});

describe('a folded lane read in place', () => {
  it('draws the same boxes and marks as the same lane copied into plain lists', () => {
    const source = `async function f(i) {\n  await null;\n  return i;\n}\nasync function main() {\n  for (let i = 0; i < 300; i++) await f(i);\n}\nmain();\n`;
    const { events } = runProgram(source, { lang: 'js', model: 'js' });
    const main = foldEvents(events).lanes.find((l) => l.name === 'main')!;
    // The fold's lists are columns (src/ui/state/laneMarks.ts), read by seqAt/kindAt; the copies by `at`.
    const copy: Lane = { ...main, segments: PrefixList.of(main.segments.slice()), markers: PrefixList.of(main.markers.slice()) };
    expect(main.markers.length).toBeGreaterThan(600);
    for (const width of [50, 400, 5000]) {
      const scale = { xOf: (s: number) => s / events.length, view: FULL_VIEW, width };
      expect(segmentBoxes(main, scale, width * 0.6, 'x')).toEqual(segmentBoxes(copy, scale, width * 0.6, 'x'));
      const keep = main.markers.at(301)!.seq;
      expect(markerMarks(main.markers, scale, 9, keep)).toEqual(markerMarks(copy.markers, scale, 9, keep));
      expect(markerMarks(main.markers, scale, 9)).toEqual(markerMarks(copy.markers, scale, 9));
    }
  });
});
