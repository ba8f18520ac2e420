/** A lane's segments and markers as columns (src/ui/state/laneMarks.ts): prefixes, replays, forks, growth. */
import { describe, expect, it } from 'vitest';
import { MarkerColumns, SegmentColumns, type MarkList } from '../../src/ui/state/laneMarks';
import { newEdit, NO_EDIT } from '../../src/ui/state/lists';
import { FoldHistory } from '../../src/ui/state/history';
import { LaneIndex } from '../../src/ui/state/laneIndex';
import type { MarkerData, Segment } from '../../src/ui/state/types';
import { Script } from './build';

const stateAt = (i: number) => (i % 2 ? 'running' : 'suspended');

/** Segments from seq 0: created, then running / suspended alternately, one per seq. */
function segmentsUpTo(cols: SegmentColumns, n: number, edit = NO_EDIT): MarkList<Segment>[] {
  const lists = [cols.first('created', 0, edit)];
  for (let i = 1; i < n; i++) lists.push(cols.push(lists.at(-1)!, stateAt(i), i, edit));
  return lists;
}

describe('SegmentColumns', () => {
  it('keeps every older list a prefix of the newer ones, across region moves', () => {
    const cols = new SegmentColumns();
    const lists = segmentsUpTo(cols, 300);
    lists.forEach((l, k) => {
      expect(l.length).toBe(k + 1);
      expect(l.at(-1)).toEqual({ state: k === 0 ? 'created' : stateAt(k), from: k });
    });
    expect(lists[2]!.slice()).toEqual([
      { state: 'created', from: 0 },
      { state: 'running', from: 1 },
      { state: 'suspended', from: 2 },
    ]);
    expect(lists[299]!.slice(-2).map((s) => s.from)).toEqual([298, 299]);
    expect(lists[299]!.findIndex((s) => s.from === 150)).toBe(150);
  });

  it('stores nothing when an older list appends the item already there (a replay), even from a full region that moved', () => {
    const cols = new SegmentColumns();
    const lists = segmentsUpTo(cols, 100);
    const size = cols.size;
    // Every length, including those that filled a region (4, 6, 12, ...), appends its next item again.
    for (let k = 0; k < 99; k++) {
      const again = cols.push(lists[k]!, stateAt(k + 1), k + 1, NO_EDIT);
      expect(again.slice()).toEqual(lists[k + 1]!.slice());
    }
    // And a list started again for the same event takes its old region.
    expect(cols.first('created', 0, NO_EDIT).slice()).toEqual([{ state: 'created', from: 0 }]);
    expect(cols.size).toBe(size);
  });

  it('copies the prefix when an older list appends a different item, and never changes the lists others hold', () => {
    const cols = new SegmentColumns();
    const lists = segmentsUpTo(cols, 10);
    const before = lists.map((l) => l.slice());
    // lists[4] holds (suspended, 4) after the same four items.
    const fork = cols.push(lists[3]!, 'done', 4, NO_EDIT);
    expect(fork.slice().map((s) => s.state)).toEqual(['created', 'running', 'suspended', 'running', 'done']);
    expect(lists.map((l) => l.slice())).toEqual(before);
    // The fork grows on its own.
    const more = cols.push(fork, 'running', 5, NO_EDIT);
    expect(more.slice().map((s) => s.state)).toEqual(['created', 'running', 'suspended', 'running', 'done', 'running']);
    expect(lists[9]!.slice()).toEqual(before[9]);
  });

  it('grows a list made in the current edit in place, and any other by a new view', () => {
    const cols = new SegmentColumns();
    const edit = newEdit();
    const a = cols.first('created', 0, edit);
    const b = cols.push(a, 'running', 1, edit);
    expect(b).toBe(a);
    const c = cols.push(b, 'suspended', 2, newEdit());
    expect(c).not.toBe(b);
    expect(b.length).toBe(2);
    expect(c.length).toBe(3);
  });
});

describe('MarkerColumns', () => {
  it('gives back each marker as the fold was told it', () => {
    const cols = new MarkerColumns();
    const loc = { line: 3, col: 2 };
    let m: MarkList<MarkerData> = cols.empty();
    expect(m.slice()).toEqual([]);
    expect(m.at(0)).toBeUndefined();
    m = cols.push(m, 'started', 5, 0, loc, undefined, undefined, NO_EDIT);
    m = cols.push(m, 'awaited', 6, 0.5, loc, 7, 'sleep(0.5)', NO_EDIT);
    m = cols.push(m, 'resumed', 9, 1.25, undefined, 8, undefined, NO_EDIT);
    m = cols.push(m, 'warning', 10, 1.25, undefined, undefined, 'never awaited', NO_EDIT);
    m = cols.push(m, 'resolved', 11, 2, loc, undefined, '42', NO_EDIT);
    expect(m.slice()).toEqual([
      { kind: 'started', seq: 5, time: 0, loc },
      { kind: 'awaited', seq: 6, time: 0.5, loc, on: 7, text: 'sleep(0.5)' },
      { kind: 'resumed', seq: 9, time: 1.25, by: 8 },
      { kind: 'warning', seq: 10, time: 1.25, text: 'never awaited' },
      { kind: 'resolved', seq: 11, time: 2, loc, text: '42' },
    ]);
    expect(m.at(1)!.loc).toBe(loc);
    expect(m.find((x) => x.kind === 'resumed')?.by).toBe(8);
  });

  it("reads a marker's seq and kind in place as `at` reads them, across region moves", () => {
    const cols = new MarkerColumns();
    const kinds = ['started', 'awaited', 'resumed', 'resolved', 'rejected', 'cancelled', 'warning'] as const;
    let m: MarkList<MarkerData> = cols.empty();
    for (let i = 0; i < 200; i++) m = cols.push(m, kinds[i % kinds.length]!, 3 * i + 1, i, undefined, undefined, undefined, NO_EDIT);
    for (let k = 0; k < m.length; k++) {
      expect(m.seqAt(k)).toBe(m.at(k)!.seq);
      expect(m.kindAt(k)).toBe(m.at(k)!.kind);
    }
    expect(m.seqAt(199)).toBe(598);
    expect(m.kindAt(199)).toBe(kinds[199 % kinds.length]);
  });
});

describe('SegmentColumns read in place', () => {
  it("gives a segment's from and state as `at` does, in an older list after a fork as well", () => {
    const cols = new SegmentColumns();
    const lists = segmentsUpTo(cols, 40);
    const fork = cols.push(lists[20]!, 'done', 21, NO_EDIT);
    for (const l of [lists[39]!, lists[5]!, fork]) {
      for (let k = 0; k < l.length; k++) {
        expect(l.seqAt(k)).toBe(l.at(k)!.from);
        expect(l.kindAt(k)).toBe(l.at(k)!.state);
      }
    }
    expect(fork.kindAt(21)).toBe('done');
    expect(lists[39]!.kindAt(21)).toBe('running');
  });
});

describe('a history folded into columns', () => {
  it('does not grow the columns when positions are asked for again and again (scrubbing)', () => {
    const sc = new Script();
    sc.add({ type: 'invocation', id: 0, kind: 'main', name: 'main' }).add({ type: 'started', id: 0 });
    for (let i = 1; i <= 200; i++) {
      sc.add({ type: 'invocation', id: i, kind: 'async-call', name: 'f', parent: 0 });
      sc.add({ type: 'started', id: i });
      sc.add({ type: 'awaited', id: i, on: 0, what: 'null' });
      sc.add({ type: 'awaited', id: 0, on: i, what: 'f()' });
      sc.add({ type: 'resumed', id: i, by: 0 });
      sc.add({ type: 'resolved', id: i, value: `${i}` });
      sc.add({ type: 'resumed', id: 0, by: i });
    }
    const h = new FoldHistory(16);
    h.append(sc.events);
    const index = h.final.laneIndex as LaneIndex;
    const sizes = () => [index.segments.size, index.markers.size];
    const positions = Array.from({ length: 120 }, (_, k) => (k * 97) % sc.events.length);
    for (const n of positions) h.stateAt(n);
    const after = sizes();
    for (const n of positions) h.stateAt(n);
    for (const n of positions.reverse()) h.stateAt(n);
    expect(sizes()).toEqual(after);
    // What the replays built is what the fold built.
    const main = h.stateAt(500).lanes.at(0)!;
    expect(main.markers.length).toBe(1 + 2 * Math.floor((500 - 2) / 7) + ((500 - 2) % 7 >= 4 ? 1 : 0));
  });
});

describe('LaneIndex', () => {
  it('reads as a Map of invocation id to lane index, whatever the ids', () => {
    const index = new LaneIndex();
    const want = new Map<number, number>();
    const ids = [0, 1, 2, 5000, 3, -1, 2.5, 1e9, 300];
    ids.forEach((id, i) => {
      index.set(id, i);
      want.set(id, i);
    });
    // Setting an id again replaces its entry.
    index.set(3, 42);
    want.set(3, 42);
    expect(index.size).toBe(want.size);
    for (const id of [...ids, 4, -2, 1e9 + 1, 2.25]) expect(index.get(id), `id ${id}`).toBe(want.get(id));
    expect(index.has(1e9)).toBe(true);
    expect(index.has(7)).toBe(false);
    expect(new Map(index)).toEqual(want);
    expect([...index.keys()].sort((a, b) => a - b)).toEqual([...want.keys()].sort((a, b) => a - b));
  });
});
