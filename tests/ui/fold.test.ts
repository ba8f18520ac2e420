import { describe, expect, it } from 'vitest';
import { emptyState, foldEvent, foldEvents } from '../../src/ui/state/fold';
import { FoldHistory } from '../../src/ui/state/history';
import { awaitJs, awaitPython, seedJs, seedPython, Script } from './build';
import { defined } from '../support/normalize';
import type { ModelState } from '../../src/ui/state/types';
import { runProgram } from '../../src/engine/engine';

function lane(s: ReturnType<typeof foldEvents>, name: string) {
  const l = s.lanes.find((x) => x.name === name);
  if (!l) throw new Error(`no lane ${name}`);
  return l;
}

/** A state as plain arrays (its lists share backing arrays with other states). */
function plain(s: ModelState) {
  const queues = Object.fromEntries(Object.entries(s.queues).map(([k, q]) => [k, q.toArray()]));
  const lanes = s.lanes.map((l) => ({ ...l, segments: l.segments.toArray(), markers: l.markers.toArray() }));
  return {
    ...s,
    laneIndex: undefined,
    stack: s.stack.toArray(),
    lanes,
    queues,
    output: s.output.toArray(),
    warnings: s.warnings.toArray(),
    races: s.races.toArray(),
  };
}

describe('fold', () => {
  it('shows f started at once under js and created-but-not-started under python', () => {
    const js = foldEvents(seedJs());
    const py = foldEvents(seedPython());
    expect(lane(js, 'f').segments.map((s) => s.state)).toEqual(['created', 'running', 'done']);
    expect(lane(py, 'f').state).toBe('created');
    expect(lane(py, 'f').segments.map((s) => s.state)).toEqual(['created']);
    expect(lane(py, 'f').markers.map((m) => m.kind)).toEqual(['warning']);
    expect(js.output.map((l) => l.text)).toEqual(['in f', 'after call']);
    expect(py.output.map((l) => l.text)).toEqual(['after call']);
    expect(py.warnings.at(0)?.text).toContain('never awaited');
    expect(js.ended && py.ended).toBe(true);
  });

  it('keeps lanes in creation order with their call sites', () => {
    const s = foldEvents(seedJs());
    expect(s.lanes.map((l) => l.name)).toEqual(['<module>', 'f']);
    expect(lane(s, 'f').loc).toEqual({ line: 5, col: 9 });
    expect(lane(s, 'f').parent).toBe(0);
  });

  it('tracks suspension, what is awaited and who woke it', () => {
    const ev = awaitPython();
    const atAwait = foldEvents(ev, emptyState(), ev.findIndex((e) => e.type === 'awaited') + 1);
    expect(lane(atAwait, 'main').state).toBe('suspended');
    expect(lane(atAwait, 'main').waitingOn).toBe(1);
    expect(lane(atAwait, 'main').waitingWhat).toBe('f()');
    const end = foldEvents(ev);
    const resumed = lane(end, 'main').markers.find((m) => m.kind === 'resumed');
    expect(resumed?.by).toBe(1);
    expect(lane(end, 'main').waitingOn).toBeUndefined();
  });

  it('animates queue contents in and out', () => {
    const ev = awaitJs();
    const i = ev.findIndex((e) => e.type === 'enqueue');
    expect(foldEvents(ev, emptyState(), i + 1).queues.microtask.map((q) => q.label)).toEqual(['resume main']);
    expect(foldEvents(ev, emptyState(), i + 2).queues.microtask.toArray()).toEqual([]);
  });

  it('keeps a call stack: started pushes, awaited and resolved pop', () => {
    const ev = seedJs();
    const s = foldEvents(ev, emptyState(), 4); // main started, f started
    expect(s.stack.toArray()).toEqual([0, 1]);
    expect(foldEvents(ev, emptyState(), 6).stack.toArray()).toEqual([0]);
  });

  it('removes a cancelled timer and records rejections and errors', () => {
    const ev = new Script()
      .add({ type: 'invocation', id: 3, kind: 'timer', name: 'setTimeout callback' })
      .add({ type: 'enqueue', queue: 'timer', item: 3, label: 'cb', due: 100 })
      .add({ type: 'timer-cancelled', item: 3 })
      .add({ type: 'invocation', id: 4, kind: 'async-call', name: 'boom' })
      .add({ type: 'started', id: 4 })
      .add({ type: 'rejected', id: 4, error: 'Error: x' })
      .add({ type: 'error', text: 'Error: x', errorKind: 'unhandled-rejection', loc: { line: 3, col: 2 } }).events;
    const s = foldEvents(ev);
    expect(s.queues.timer.toArray()).toEqual([]);
    expect(lane(s, 'boom').state).toBe('failed');
    expect(s.error).toMatchObject({ kind: 'unhandled-rejection', loc: { line: 3, col: 2 } });
    expect(s.stack.toArray()).toEqual([]);
  });

  it('never mutates the state it is given', () => {
    const ev = awaitPython();
    let state = emptyState();
    const states = [state];
    for (const e of ev) states.push((state = foldEvent(state, e)));
    const snapshot = JSON.stringify(states.map((s) => ({ ...s, laneIndex: [...s.laneIndex] })));
    const fourth = defined(states[3], 'a fourth state');
    for (const e of ev) foldEvent(fourth, e);
    expect(JSON.stringify(states.map((s) => ({ ...s, laneIndex: [...s.laneIndex] })))).toBe(snapshot);
  });

  it('follows the executing line', () => {
    const s = foldEvents(seedJs(), emptyState(), 7);
    expect(s.line).toEqual({ line: 6, col: 0 });
    expect(s.lineOwner).toBe(0);
  });
});

describe('FoldHistory', () => {
  it('gives the same state at every position as a fold from scratch, in any access order', () => {
    const sc = new Script();
    sc.add({ type: 'invocation', id: 0, kind: 'main', name: 'main' }).add({ type: 'started', id: 0 });
    for (let i = 0; i < 300; i++) {
      sc.add({ type: 'enqueue', queue: 'microtask', item: 1000 + i, label: `job ${i}` });
      if (i % 3 === 0) sc.add({ type: 'print', text: `line ${i}`, id: 0 });
      if (i % 2 === 1) sc.add({ type: 'dequeue', queue: 'microtask', item: 1000 + i - 1 });
    }
    const ev = sc.events;
    const h = new FoldHistory(16);
    h.append(ev.slice(0, 100));
    h.append(ev.slice(100));
    const positions = [0, 1, ev.length, 17, 16, 15, 200, 201, 202, 50, ev.length - 1, 333];
    for (const n of positions) {
      const got = h.stateAt(n);
      const want = foldEvents(ev, emptyState(), n);
      expect(got.count).toBe(n);
      expect(plain(got)).toEqual(plain(want));
    }
    expect(h.final.count).toBe(ev.length);
  });

  it('folds a real recording in place between the states it keeps, and never changes a state once handed out', () => {
    // Tasks that await, print and settle under every model: lanes that change at every
    // event, queues that grow and shrink, a stack (issue 10: folded in place per stretch).
    const source =
      'import asyncio\n\nasync def f(i):\n    await asyncio.sleep(0)\n    print(i)\n    if i % 5 == 4:\n        raise ValueError(i)\n    return i\n\nasync def main():\n    ts = [asyncio.create_task(f(i)) for i in range(40)]\n    for t in ts:\n        try:\n            await t\n        except ValueError:\n            pass\n\nasyncio.run(main())\n';
    // Under promisio `asyncio.run` has no loop (tests/behaviour): the other three run it.
    for (const model of ['js', 'python', 'python-eager'] as const) {
      const ev = runProgram(source, { lang: 'py', model, recordEvents: true }).events ?? [];
      expect(ev.length, model).toBeGreaterThan(200);
      const h = new FoldHistory(8);
      const handed: [number, ModelState, string][] = [];
      const keep = (s: ModelState) => handed.push([s.count, s, JSON.stringify(plain(s))]);
      // Arriving in uneven batches, with positions asked for in between.
      for (let from = 0; from < ev.length; from += 37) {
        h.append(ev.slice(from, from + 37));
        keep(h.final);
        keep(h.stateAt(Math.floor(from / 2)));
        keep(h.stateAt(from + 3));
      }
      for (const n of [0, 1, 7, 8, 9, 63, 64, 65, ev.length - 1, ev.length, 101, 100, 102]) {
        const got = h.stateAt(n);
        keep(got);
        expect(plain(got), `${model} at ${n}`).toEqual(plain(foldEvents(ev, emptyState(), n)));
      }
      for (const [n, s, json] of handed) expect(JSON.stringify(plain(s)), `${model}: the state at ${n}, handed out earlier`).toBe(json);
    }
  });
});
