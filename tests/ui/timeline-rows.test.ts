/**
 * Timeline rows from real recordings: a Task and its coroutine are one row named as the
 * queue names the Task, similar rows fold into a group, plumbing hides unless asked.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import type { ModelName } from '../../src/engine/api';
import { foldEvents } from '../../src/ui/state/fold';
import { FoldHistory } from '../../src/ui/state/history';
import { emptyIndex, extendIndex, indexOf } from '../../src/ui/timeline/runIndex';
import {
  buildRows,
  GROUP_MIN,
  laneLabel,
  layOutLanes,
  membersAt,
  rowNames,
  rowsAt,
  type GroupRow,
  type LaneRow,
} from '../../src/ui/timeline/rows';

const TASKS = `import asyncio

async def f(i):
    await asyncio.sleep(0.01 * i)
    return i

async def main():
    t = asyncio.create_task(f(1))
    u = asyncio.create_task(f(2), name="second")
    print(await t, await u)

asyncio.run(main())
`;

const LOOP = `import asyncio

async def work(i):
    await asyncio.sleep(0)
    return i

async def main():
    tasks = [asyncio.create_task(work(i)) for i in range(300)]
    print(sum(await asyncio.gather(*tasks)))

asyncio.run(main())
`;

function run(source: string, model: ModelName) {
  const { events } = runProgram(source, { lang: 'py', model });
  return { events, final: foldEvents(events), index: indexOf(events) };
}

const NONE = new Set<string>();

describe('timeline rows', () => {
  for (const model of ['python', 'python-eager'] as const) {
    it(`${model}: a Task and its coroutine are one row, named like the ready queue names the Task`, () => {
      const { events, final, index } = run(TASKS, model);
      const rows = buildRows(final.lanes, index, { showAllKinds: false, expanded: NONE }) as LaneRow[];
      expect(rows.map((r) => r.label)).toEqual(['main · Task-1', 'f · Task-2', 'f · second']);
      // The names are the ready queue's own labels for those tasks.
      const queued = new Set(events.flatMap((e) => (e.type === 'enqueue' && e.queue === 'ready' ? [e.label] : [])));
      for (const r of rows) expect(queued.has(r.taskName!)).toBe(true);
      // The row draws the traced coroutine; its Task is merged in, not a row of its own.
      for (const r of rows) {
        expect(final.lanes.at(r.lane)!.kind).toBe('coroutine');
        expect(final.lanes.at(r.task!)!.kind).toBe('task');
      }
      const names = rowNames(rows, final.lanes);
      const task2 = final.lanes.at(rows[1]!.task!)!.id;
      expect(names.get(task2)).toBe('f · Task-2');
    });
  }

  for (const model of ['python', 'python-eager', 'js'] as const)
    it(`${model}: one lane's label is what the rows of every kind name it`, () => {
      for (const source of [TASKS, LOOP]) {
        const { final, index } = run(source, model);
        const names = rowNames(buildRows(final.lanes, index, { showAllKinds: true, expanded: NONE }), final.lanes);
        expect(names.size).toBe(final.lanes.length);
        final.lanes.forEach((lane) => expect(laneLabel(final, index, lane.id)).toBe(names.get(lane.id)));
        if (model !== 'js') expect([...names.values()].some((n) => n.includes(' · Task-'))).toBe(true);
        expect(laneLabel(final, index, -1)).toBeUndefined();
      }
    });

  it('js: async calls are rows of their own, without Task names', () => {
    const { final, index } = run(TASKS, 'js');
    const rows = buildRows(final.lanes, index, { showAllKinds: false, expanded: NONE });
    expect(rows.every((r) => r.type === 'lane' && r.taskName === undefined)).toBe(true);
    expect(rows.map((r) => r.label)).toContain('f');
  });

  it('folds 300 similar tasks into one group that expands, counting members at each position', () => {
    const { events, final, index } = run(LOOP, 'python');
    const collapsed = buildRows(final.lanes, index, { showAllKinds: false, expanded: NONE });
    const groups = collapsed.filter((r): r is GroupRow => r.type === 'group');
    expect(groups).toHaveLength(1);
    const g = groups[0]!;
    expect(g.members).toHaveLength(300);
    expect(g.label).toBe('work × 300');
    expect(collapsed).toHaveLength(2);
    const expanded = buildRows(final.lanes, index, { showAllKinds: false, expanded: new Set([g.key]) });
    expect(expanded).toHaveLength(302);
    expect(expanded.slice(2).every((r) => r.type === 'lane' && r.group === g.key)).toBe(true);
    // Half-way through the recording only some members exist.
    const half = foldEvents(events, undefined, Math.floor(events.length / 6));
    const n = membersAt(g, half.lanes.length);
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(300);
    expect(rowsAt(collapsed, 0)).toEqual([]);
  });

  it(`keeps fewer than ${GROUP_MIN} similar rows apart`, () => {
    const { final, index } = run(LOOP.replace('range(300)', `range(${GROUP_MIN - 1})`), 'python');
    const rows = buildRows(final.lanes, index, { showAllKinds: false, expanded: NONE });
    expect(rows.filter((r) => r.type === 'group')).toHaveLength(0);
    expect(rows).toHaveLength(GROUP_MIN);
  });

  it('hides timers and futures unless asked, except the one a selected marker links to', () => {
    const { final, index } = run(TASKS, 'python');
    const timer = final.lanes.find((l) => l.kind === 'timer')!;
    const hidden = buildRows(final.lanes, index, { showAllKinds: false, expanded: NONE });
    expect(hidden.some((r) => r.type === 'lane' && final.lanes.at(r.lane)!.id === timer.id)).toBe(false);
    const kept = buildRows(final.lanes, index, { showAllKinds: false, keep: timer.id, expanded: NONE });
    expect(kept.some((r) => r.type === 'lane' && final.lanes.at(r.lane)!.id === timer.id)).toBe(true);
    const all = buildRows(final.lanes, index, { showAllKinds: true, expanded: NONE });
    expect(all.length).toBeGreaterThan(hidden.length);
  });

  it('indexes a growing recording incrementally, as in one pass', () => {
    const { events } = runProgram(TASKS, { lang: 'py', model: 'python' });
    const whole = extendIndex(emptyIndex(), events);
    const parts = emptyIndex();
    for (let n = 0; n <= events.length; n += 7) extendIndex(parts, events.slice(0, n));
    extendIndex(parts, events);
    expect(parts).toEqual(whole);
  });

  for (const model of ['python', 'js'] as const)
    it(`${model}: indexes a history's packed events (time and type read without decoding) as the plain events`, () => {
      for (const source of [TASKS, LOOP]) {
        const { events } = runProgram(source, { lang: 'py', model });
        const h = new FoldHistory();
        for (let i = 0; i < events.length; i += 5) h.append(events.slice(i, i + 5));
        const plain = extendIndex(emptyIndex(), events);
        expect(plain.turnSeqs.length + plain.tickSeqs.length).toBeGreaterThan(3);
        expect(extendIndex(emptyIndex(), h.events)).toEqual(plain);
      }
    });

  // buildRows keeps per-lane results between calls on one recording (its RowCache, redone for
  // the lanes whose Task link or name the index set since): while a run streams in, every call
  // must give what a fresh index (and so a fresh cache) gives for the same events and lanes.
  for (const model of ['python', 'python-eager', 'js'] as const)
    it(`${model}: rows of a growing recording, built call after call, are the rows built afresh`, () => {
      for (const source of [TASKS, LOOP, LOOP.replace('range(300)', `range(${GROUP_MIN + 1})`)]) {
        const { events } = runProgram(source, { lang: 'py', model });
        const h = new FoldHistory();
        const options = [
          { showAllKinds: false, expanded: NONE },
          { showAllKinds: true, expanded: NONE },
        ];
        let groups = 0;
        for (let at = 0; at < events.length;) {
          const step = 1 + ((at * 7) % Math.ceil(events.length / 25));
          h.append(events.slice(at, at + step));
          at += step;
          const fresh = extendIndex(emptyIndex(), events.slice(0, h.length));
          for (const opts of options) {
            const lanes = h.final.lanes;
            const rows = buildRows(lanes, indexOf(h.events), opts);
            expect(rows).toEqual(buildRows(lanes, fresh, opts));
            // A prefix of the lanes (the timeline lays out the first ones while a run streams in).
            const some = lanes.slice(0, Math.ceil(lanes.length / 2));
            expect(buildRows(some, indexOf(h.events), opts)).toEqual(
              buildRows(some, extendIndex(emptyIndex(), events.slice(0, h.length)), opts),
            );
            const g = rows.find((r): r is GroupRow => r.type === 'group');
            if (g) {
              groups++;
              const open = { ...opts, expanded: new Set([g.key]) };
              expect(buildRows(lanes, indexOf(h.events), open)).toEqual(buildRows(lanes, fresh, open));
            }
          }
        }
        if (source === LOOP) expect(groups).toBeGreaterThan(0);
      }
    });

  it('lays out lanes a few at a time (a finished run, between frames), then builds the rows a fresh index builds', () => {
    for (const model of ['python', 'js'] as const) {
      const { events, final } = run(LOOP, model);
      const index = extendIndex(emptyIndex(), events);
      const lanes = final.lanes;
      expect(lanes.length).toBeGreaterThan(300);
      // Up to a count asked for, then nothing more however often asked.
      expect(layOutLanes(lanes, index, (n) => n >= 100)).toBe(100);
      expect(layOutLanes(lanes, index, (n) => n >= 100)).toBe(100);
      let slices = 0;
      for (;;) {
        slices++;
        let k = 0;
        const laidOut = layOutLanes(lanes, index, () => ++k > 7);
        expect(laidOut).toBeLessThanOrEqual(100 + 7 * slices);
        if (laidOut === lanes.length) break;
      }
      expect(slices).toBeGreaterThan((lanes.length - 100) / 7 - 1);
      for (const opts of [
        { showAllKinds: false, expanded: NONE },
        { showAllKinds: true, expanded: NONE },
      ])
        expect(buildRows(lanes, index, opts)).toEqual(buildRows(lanes, extendIndex(emptyIndex(), events), opts));
    }
  });
});
