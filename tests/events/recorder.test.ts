/**
 * The recorder writes its frequent events straight into the packed form (src/engine/events/
 * recorder.ts): each such method must record exactly the event its object literal would,
 * same keys in the same order, same values — checked here against `emit` of that object,
 * for every variant of the optional values, through both the object and the packed drain.
 */
import { describe, expect, it } from 'vitest';
import { Recorder } from '../../src/engine/events/recorder';
import { runProgram } from '../../src/engine/engine';
import { PackedLog } from '../../src/engine/events/packed';
import type { EngineEvent, EventInput } from '../../src/engine/events/types';

type Call = [(r: Recorder) => void, EventInput];

const pos = { line: 3, col: 4, endLine: 3, endCol: 9 };
const shimPos = { line: 1, col: 0, file: 'shims/asyncio.js' };
const odd = { line: 2, col: 1, note: [1] } as unknown as typeof pos;
/**
 * Another span starting where pos starts: the recorder's site tables go by line and column,
 * so they must tell the two apart by identity.
 */
const posTwin = { ...pos, endCol: 12 };

const calls: Call[] = [
  [(r) => r.turn(7), { type: 'turn', n: 7 }],
  [(r) => r.enqueue('microtask', 5, 'resume f()'), { type: 'enqueue', queue: 'microtask', item: 5, label: 'resume f()' }],
  [(r) => r.dequeue('nextTick', 6), { type: 'dequeue', queue: 'nextTick', item: 6 }],
  // The queue is a constant of the shape: each queue has its own, and the last one is cached.
  [(r) => r.enqueue('nextTick', 5, 'tick'), { type: 'enqueue', queue: 'nextTick', item: 5, label: 'tick' }],
  [(r) => r.enqueue('microtask', 7, 'resume g()'), { type: 'enqueue', queue: 'microtask', item: 7, label: 'resume g()' }],
  [(r) => r.dequeue('microtask', 7), { type: 'dequeue', queue: 'microtask', item: 7 }],
  [(r) => r.dequeue('ready', 8), { type: 'dequeue', queue: 'ready', item: 8 }],
  // An event of a method's type that only `emit` records, between the method's own.
  [
    (r) => r.emit({ type: 'enqueue', queue: 'timer', item: 9, label: 'setTimeout', due: 4 }),
    { type: 'enqueue', queue: 'timer', item: 9, label: 'setTimeout', due: 4 },
  ],
  [(r) => r.enqueue('timer', 9, 'setTimeout'), { type: 'enqueue', queue: 'timer', item: 9, label: 'setTimeout' }],
  // A label written as a number after a constant prefix (a Task's default name): a shape per
  // queue and prefix, between events of the string-labelled shapes of the same queues.
  [(r) => r.enqueueNumbered('ready', 8, 'Task-', 12), { type: 'enqueue', queue: 'ready', item: 8, label: 'Task-12' }],
  [(r) => r.enqueue('ready', 8, 'Task-12'), { type: 'enqueue', queue: 'ready', item: 8, label: 'Task-12' }],
  [(r) => r.enqueueNumbered('ready', 9, 'Task-', 0), { type: 'enqueue', queue: 'ready', item: 9, label: 'Task-0' }],
  [(r) => r.enqueueNumbered('ready', 9, 'job ', 3), { type: 'enqueue', queue: 'ready', item: 9, label: 'job 3' }],
  [(r) => r.enqueueNumbered('microtask', 4, 'Task-', 100000), { type: 'enqueue', queue: 'microtask', item: 4, label: 'Task-100000' }],
  ...[pos, shimPos, odd, posTwin, undefined].flatMap((loc): Call[] => [
    [(r) => r.started(2, loc), { type: 'started', id: 2, loc }],
    [(r) => r.awaited(2, 9, 'g()', loc), { type: 'awaited', id: 2, on: 9, what: 'g()', loc }],
    [(r) => r.awaited(2, undefined, 'null', loc), { type: 'awaited', id: 2, on: undefined, what: 'null', loc }],
    [(r) => r.print('hi', 3, loc), { type: 'print', text: 'hi', id: 3, loc }],
    [(r) => r.print('', undefined, loc), { type: 'print', text: '', id: undefined, loc }],
    ...[true, false].flatMap((traced): Call[] => [
      [
        (r) => r.invocation(4, 'async-call', 'f', 1, loc, traced),
        { type: 'invocation', id: 4, kind: 'async-call', name: 'f', parent: 1, loc, ...(traced ? { traced: true } : {}) },
      ],
      [
        (r) => r.invocation(4, 'main', 'main', undefined, loc, traced),
        { type: 'invocation', id: 4, kind: 'main', name: 'main', parent: undefined, loc, ...(traced ? { traced: true } : {}) },
      ],
    ]),
    // A call's start after its invocation at the same position (the recorder's call-site table).
    [(r) => r.started(5, loc), { type: 'started', id: 5, loc }],
    // The same await site again with another text, then the first one's again.
    [(r) => r.awaited(6, undefined, 'h()', loc), { type: 'awaited', id: 6, on: undefined, what: 'h()', loc }],
    [(r) => r.awaited(2, 9, 'g()', loc), { type: 'awaited', id: 2, on: 9, what: 'g()', loc }],
  ]),
  [
    (r) => r.invocation(8, 'promise', 'Promise', 2, null, false),
    { type: 'invocation', id: 8, kind: 'promise', name: 'Promise', parent: 2 },
  ],
  [
    (r) => r.invocation(8, 'callback', 'then', undefined, null, false),
    { type: 'invocation', id: 8, kind: 'callback', name: 'then', parent: undefined },
  ],
  [(r) => r.resumed(2, 9), { type: 'resumed', id: 2, by: 9 }],
  [(r) => r.resumed(2, undefined), { type: 'resumed', id: 2, by: undefined }],
  [(r) => r.resolved(2, '42'), { type: 'resolved', id: 2, value: '42' }],
  ...[0, 7, -12, 2 ** 53 - 1].map((n): Call => [(r) => r.resolvedInteger(2, n), { type: 'resolved', id: 2, value: String(n) }]),
  // The same call and await at pos, then at posTwin (the same slot of the site tables).
  ...[pos, posTwin].flatMap((loc): Call[] => [
    [
      (r) => r.invocation(4, 'async-call', 'f', 1, loc, true),
      { type: 'invocation', id: 4, kind: 'async-call', name: 'f', parent: 1, loc, traced: true },
    ],
    [(r) => r.started(4, loc), { type: 'started', id: 4, loc }],
    [(r) => r.awaited(4, 9, 'g()', loc), { type: 'awaited', id: 4, on: 9, what: 'g()', loc }],
    // The same text at the same site as another kind of call, and awaited on nothing.
    [
      (r) => r.invocation(4, 'coroutine', 'f', 1, loc, true),
      { type: 'invocation', id: 4, kind: 'coroutine', name: 'f', parent: 1, loc, traced: true },
    ],
    [(r) => r.awaited(4, undefined, 'g()', loc), { type: 'awaited', id: 4, on: undefined, what: 'g()', loc }],
  ]),
];

/** Both recorders see the same calls at the same times; the second only through `emit`. */
function record(useMethods: boolean, packed: boolean): EngineEvent[] {
  const r = new Recorder(true);
  const log = new PackedLog();
  const out: EngineEvent[] = [];
  calls.forEach(([method, literal], i) => {
    r.time = i * 0.5;
    // Twice each, so that a shape reused from the cache is checked as well as a new one.
    for (let k = 0; k < 2; k++) {
      if (useMethods) method(r);
      else r.emit({ ...literal } as EventInput);
    }
    if (i % 5 === 0) {
      if (packed) {
        const b = r.drainPacked();
        if (b) log.append(b);
      } else out.push(...r.drain());
    }
  });
  if (packed) {
    const b = r.drainPacked();
    if (b) log.append(b);
    // The page's reader (a reused object per shape, rewriting only its slots and `seq`) gives
    // what a fresh decode gives, event for event.
    const decoded = log.slice();
    decoded.forEach((e, i) => expect({ ...log.view(i)! }).toEqual(e));
    return decoded;
  }
  out.push(...r.drain());
  return out;
}

describe('recorder', () => {
  it('records a resolved number as the js model shows it, integers without a string', () => {
    const src = `const vals = [42, -7, 0, -0, 1.5, 2 ** 53, 1e21, NaN, 'x'];
for (const v of vals) await (async () => v)();`;
    const { events } = runProgram(src, { lang: 'js', model: 'js' });
    const values = events.flatMap((e) => (e.type === 'resolved' && e.id > 1 ? [e.value] : []));
    expect(values).toEqual(['42', '-7', '0', '-0', '1.5', '9007199254740992', '1e+21', 'NaN', "'x'"]);
  });

  for (const packed of [false, true])
    it(`records with each event's own method what emit records (${packed ? 'packed' : 'objects'})`, () => {
      const viaMethods = record(true, packed);
      const viaEmit = record(false, packed);
      expect(viaMethods.length).toBe(calls.length * 2);
      expect(viaMethods).toEqual(viaEmit);
      viaMethods.forEach((e, i) => expect(Object.keys(e)).toEqual(Object.keys(viaEmit[i]!)));
      // And what emit records is the literal itself, stamped.
      expect(viaEmit[3]).toEqual({ ...calls[1]![1], seq: 3, time: 0.5 });
      expect(Object.keys(viaEmit[3]!)).toEqual([...Object.keys(calls[1]![1]), 'seq', 'time']);
    });

  it('writes numbers that are not 32-bit integers as their text, through its methods too', () => {
    const r = new Recorder(true);
    const viaEmit = new Recorder(true);
    const big = [2 ** 31, 2 ** 40, -(2 ** 35), 2 ** 53 - 1];
    for (const [i, n] of big.entries()) {
      r.time = viaEmit.time = [0.5, 2 ** 32, 2 ** 32, 1e-9][i]!;
      r.turn(n);
      viaEmit.emit({ type: 'turn', n });
      r.resolvedInteger(3, n);
      viaEmit.emit({ type: 'resolved', id: 3, value: `${n}` });
      r.enqueueNumbered('ready', 4, 'Task-', n);
      viaEmit.emit({ type: 'enqueue', queue: 'ready', item: 4, label: `Task-${n}` });
      r.enqueueTimer(5, 'setTimeout', n + 0.25);
      viaEmit.emit({ type: 'enqueue', queue: 'timer', item: 5, label: 'setTimeout', due: n + 0.25 });
    }
    const log = new PackedLog();
    log.append(r.drainPacked()!);
    const expected = viaEmit.drain();
    expect(log.slice()).toEqual(expected);
    expect(expected.map((e) => e.time)).toEqual([
      0.5,
      0.5,
      0.5,
      0.5,
      2 ** 32,
      2 ** 32,
      2 ** 32,
      2 ** 32,
      2 ** 32,
      2 ** 32,
      2 ** 32,
      2 ** 32,
      1e-9,
      1e-9,
      1e-9,
      1e-9,
    ]);
  });

  it('ends the recording when ids reach what a slot holds as itself', () => {
    const r = new Recorder(true);
    (r as unknown as { nextId: number }).nextId = 2 ** 31 - 3;
    r.resumed(r.newId(), undefined);
    r.resumed(r.newId(), undefined);
    expect(r.truncated).toBe(false);
    r.resumed(r.newId(), undefined);
    r.resumed(r.newId(), undefined);
    r.emitFinal({ type: 'cancelled', id: 2 ** 31 });
    expect(r.drain()).toEqual([
      { type: 'resumed', id: 2 ** 31 - 3, seq: 0, time: 0 },
      { type: 'resumed', id: 2 ** 31 - 2, seq: 1, time: 0 },
      { type: 'cancelled', id: 2 ** 31, seq: 2, time: 0 },
    ]);
    expect(r.truncated).toBe(true);
  });

  it('stops at maxEvents except for final events, and records nothing when off', () => {
    const r = new Recorder(true, 2);
    r.turn(1);
    r.started(1, undefined);
    r.resumed(1, undefined);
    r.emitFinal({ type: 'end', model: 'js', steps: 0 });
    expect(r.drain().map((e) => e.type)).toEqual(['turn', 'started', 'end']);
    expect(r.truncated).toBe(true);
    const off = new Recorder(false);
    off.turn(1);
    off.emit({ type: 'cancelled', id: 1 });
    expect(off.drain()).toEqual([]);
    expect(off.drainPacked()).toBeNull();
  });

  it("grows the writer's buffers past their first size for the widest events, between object events of any width", () => {
    // 1,024 events and 6,144 slots at first (packed-writer.ts): thousands of 7-slot events,
    // with emitted events of more keys in between, outgrow both several times.
    const viaMethods = new Recorder(true);
    const viaEmit = new Recorder(true);
    const wide = { type: 'timer-cancelled', item: 1, a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 } as unknown as EventInput;
    for (let i = 0; i < 5000; i++) {
      viaMethods.time = viaEmit.time = i / 4;
      viaMethods.invocation(i, 'async-call', `f${i % 7}`, i - 1, pos, true);
      viaEmit.emit({ type: 'invocation', id: i, kind: 'async-call', name: `f${i % 7}`, parent: i - 1, loc: pos, traced: true });
      if (i % 97 === 0) {
        viaMethods.emit({ ...wide });
        viaEmit.emit({ ...wide });
      }
    }
    const events = viaMethods.drain();
    expect(events.length).toBe(5000 + Math.ceil(5000 / 97));
    expect(events).toEqual(viaEmit.drain());
  });

  it('streams batches of exactly `every` events, counted from each drain, final events and maxEvents included', () => {
    // The events `admit` lets through, and where batches end, as the plain rules say: a batch
    // is handed over before the event that would make it longer than `every`; a drain ends one.
    for (const maxEvents of [Infinity, 23, 7]) {
      const r = new Recorder(true, maxEvents);
      const batches: number[] = [];
      const at: number[] = [];
      r.streamTo((b) => {
        batches.push(b.count);
        at.push(i);
      }, 5);
      let i = 0;
      // Every event recorded, final ones too (maxEvents counts them).
      let count = 0;
      let inBatch = 0;
      const expected: number[] = [];
      const expectedAt: number[] = [];
      for (; i < 40; i++) {
        const final = i % 9 === 4;
        const drain = i % 13 === 12;
        if (!final && count < maxEvents && inBatch >= 5) {
          expected.push(inBatch);
          expectedAt.push(i);
          inBatch = 0;
        }
        if (final) {
          r.emitFinal({ type: 'cancelled', id: i });
          count++;
          inBatch++;
        } else {
          r.resumed(i, undefined);
          if (count < maxEvents) {
            count++;
            inBatch++;
          }
        }
        if (drain) {
          const b = r.drainPacked();
          expect(b?.count ?? 0).toBe(inBatch);
          inBatch = 0;
        }
      }
      expect(batches).toEqual(expected);
      expect(at).toEqual(expectedAt);
      expect(r.truncated).toBe(maxEvents < 40);
    }
  });
});
