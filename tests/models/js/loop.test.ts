/** docs/semantics.md §1.7–1.13 driven with hand-written bodies (js/07, 08, 10, 12, 14–17). */
import { describe, expect, it } from 'vitest';
import { Thrown } from '../../../src/engine/runtime/thrown';
import { EngineError } from '../../../src/engine/errors';
import type { Value } from '../../../src/engine/runtime/values';
import { Session } from './harness';

const msg = (s: Session, e: Value) => String(s.realm.js.getAttr(e, 'message'));

describe('js model: combinators', () => {
  it('js/07: Promise.all/race/any/allSettled tick counts', () => {
    const s = new Session();
    const three = () => [1, 2, 3].map((v) => s.resolved(v));
    const P = () => s.Promise;
    s.run(function* () {
      let c = s.clock();
      yield* s.await(s.invoke(P(), 'all', three()));
      s.log(`all(3): ${c.n}`);
      c = s.clock();
      yield* s.await(s.invoke(P(), 'all', []));
      s.log(`all([]): ${c.n}`);
      const thenable = s.realm.js.newObject();
      s.realm.js.defineProperty(thenable, 'then', { value: s.fn((res) => s.realm.interp.call(res, undefined, { positional: [1] }, 'js')) });
      c = s.clock();
      yield* s.await(s.invoke(P(), 'all', [thenable]));
      s.log(`all([thenable]): ${c.n}`);
      for (const k of ['race', 'any', 'allSettled']) {
        c = s.clock();
        yield* s.await(s.invoke(P(), k, three()));
        s.log(`${k}(3): ${c.n}`);
      }
      return undefined;
    }, true);
    expect(s.out).toEqual(['all(3): 2', 'all([]): 1', 'all([thenable]): 3', 'race(3): 2', 'any(3): 2', 'allSettled(3): 2']);
  });

  it('js/07: combinator results over timers', () => {
    const s = new Session();
    const slow = () =>
      s.newPromise((r) =>
        s.call(
          'setTimeout',
          s.fn(() => (r('slow'), undefined)),
          5,
        ),
      );
    const P = () => s.Promise;
    s.run(function* () {
      const fast = s.resolved('fast');
      const bad = s.rejected(s.error('bad'));
      s.invoke(
        bad,
        'catch',
        s.fn(() => undefined),
      );
      s.log(`race -> ${String(yield* s.await(s.invoke(P(), 'race', [slow(), fast])))}`);
      s.log(`all -> ${JSON.stringify(yield* s.await(s.invoke(P(), 'all', [slow(), fast, 3])))}`);
      s.log(`any -> ${String(yield* s.await(s.invoke(P(), 'any', [bad, slow(), fast])))}`);
      yield* s.await(
        s.invoke(
          s.invoke(P(), 'all', [slow(), bad]),
          'catch',
          s.fn((e) => (s.log(`all rejects with ${msg(s, e)}`), undefined)),
        ),
      );
      yield* s.await(
        s.invoke(
          s.invoke(P(), 'any', [bad, s.rejected(s.error('worse'))]),
          'catch',
          s.fn((e) => {
            const errors = s.realm.js.getAttr(e, 'errors') as Value[];
            s.log(`any(all rejected) -> ${msg(s, e)} ${errors.map((x) => msg(s, x)).join(',')}`);
            return undefined;
          }),
        ),
      );
      const settled = (yield* s.await(s.invoke(P(), 'allSettled', [bad, fast]))) as Value[];
      s.log(`allSettled -> ${settled.map((r) => String(s.realm.js.getAttr(r, 'status'))).join(',')}`);
      return undefined;
    }, true);
    expect(s.out).toEqual([
      'race -> fast',
      'all -> ["slow","fast",3]',
      'any -> fast',
      'all rejects with bad',
      'any(all rejected) -> All promises were rejected bad,worse',
      'allSettled -> rejected,fulfilled',
    ]);
    expect(s.outcome.virtualTime).toBeCloseTo(0.015);
  });
});

describe('js model: queues and the event loop', () => {
  it('js/08: queueMicrotask shares the FIFO with promise jobs', () => {
    const s = new Session();
    s.run(() => {
      s.then(s.resolved(undefined), () => (s.log('promise job 1'), undefined));
      s.call(
        'queueMicrotask',
        s.fn(() => {
          s.log('queueMicrotask 1');
          s.call(
            'queueMicrotask',
            s.fn(() => (s.log('nested'), undefined)),
          );
          return undefined;
        }),
      );
      s.then(s.resolved(undefined), () => (s.log('promise job 2'), undefined));
      s.log('sync end');
    });
    expect(s.out).toEqual(['sync end', 'promise job 1', 'queueMicrotask 1', 'promise job 2', 'nested']);
  });

  it('js/10: in an ES module, promise jobs queued by the body run before nextTicks', () => {
    const s = new Session();
    const tick = (f: () => void) =>
      s.invoke(
        s.global('process'),
        'nextTick',
        s.fn(() => (f(), undefined)),
      );
    s.run(() => {
      s.then(s.resolved(undefined), () => {
        s.log('promise 1');
        tick(() => s.log('nextTick queued by promise 1'));
        return undefined;
      });
      s.call(
        'queueMicrotask',
        s.fn(() => (s.log('queueMicrotask'), undefined)),
      );
      tick(() => {
        s.log('nextTick 1');
        s.then(s.resolved(undefined), () => (s.log('promise queued by nextTick 1'), undefined));
      });
      tick(() => s.log('nextTick 2'));
      s.log('sync end');
    });
    expect(s.out).toEqual([
      'sync end',
      'promise 1',
      'queueMicrotask',
      'nextTick 1',
      'nextTick 2',
      'nextTick queued by promise 1',
      'promise queued by nextTick 1',
    ]);
  });

  it('js/12: timer clamping, insertion order, drains after each timer, immediates', () => {
    const s = new Session();
    const timeout = (ms: number, f: () => void) =>
      s.call(
        'setTimeout',
        s.fn(() => (f(), undefined)),
        ms,
      );
    const immediate = (f: () => void) =>
      s.call(
        'setImmediate',
        s.fn(() => (f(), undefined)),
      );
    s.run(() => {
      timeout(1, () => {
        s.log('B');
        s.then(s.resolved(undefined), () => (s.log('  microtask queued by B'), undefined));
        s.invoke(
          s.global('process'),
          'nextTick',
          s.fn(() => (s.log('  nextTick queued by B'), undefined)),
        );
      });
      timeout(0, () => s.log('C'));
      timeout(-5, () => s.log('D'));
      timeout(1, () => s.log('E'));
      timeout(5, () => {
        s.log('F');
        immediate(() => {
          s.log('I1');
          s.then(s.resolved(undefined), () => (s.log('  microtask queued by I1'), undefined));
        });
        immediate(() => s.log('I2'));
      });
    });
    expect(s.out).toEqual([
      'B',
      '  nextTick queued by B',
      '  microtask queued by B',
      'C',
      'D',
      'E',
      'F',
      'I1',
      '  microtask queued by I1',
      'I2',
    ]);
    expect(s.outcome.virtualTime).toBeCloseTo(0.005);
  });

  it('clearTimeout and setInterval', () => {
    const s = new Session();
    s.run(() => {
      let n = 0;
      const iv = s.call(
        'setInterval',
        s.fn(() => {
          s.log(`tick ${++n}`);
          if (n === 3) s.call('clearInterval', iv);
          return undefined;
        }),
        10,
      );
      const t = s.call(
        'setTimeout',
        s.fn(() => (s.log('never'), undefined)),
        15,
      );
      s.call(
        'setTimeout',
        s.fn(() => (s.call('clearTimeout', t), s.log('cleared'), undefined)),
        12,
      );
    });
    expect(s.out).toEqual(['tick 1', 'cleared', 'tick 2', 'tick 3']);
    expect(s.outcome.virtualTime).toBeCloseTo(0.03);
  });

  it('clearing a timer that already fired does not end the loop early', () => {
    const s = new Session();
    s.run(() => {
      const a = s.call(
        'setTimeout',
        s.fn(() => (s.log('a'), undefined)),
        20,
      );
      s.call(
        'setTimeout',
        s.fn(() => (s.call('clearTimeout', a), s.call('clearTimeout', a), s.log('b'), undefined)),
        30,
      );
      s.call(
        'setTimeout',
        s.fn(() => (s.log('c'), undefined)),
        60,
      );
    });
    expect(s.out).toEqual(['a', 'b', 'c']);
  });

  it('an unref-ed timer alone does not keep the loop alive', () => {
    const s = new Session();
    s.run(() => {
      const t = s.call(
        'setTimeout',
        s.fn(() => (s.log('never'), undefined)),
        20,
      );
      s.invoke(t, 'unref');
      s.call(
        'setTimeout',
        s.fn(() => (s.log('ref-ed'), undefined)),
        10,
      );
    });
    expect(s.out).toEqual(['ref-ed']);
  });

  it('js/14: top-level await between a timer and a microtask', () => {
    const s = new Session();
    s.run(function* () {
      s.log('module body starts');
      s.call(
        'setTimeout',
        s.fn(() => (s.log('timer'), undefined)),
        0,
      );
      s.then(s.resolved(undefined), () => (s.log('microtask queued before the await'), undefined));
      yield* s.await(null);
      s.log('after await null');
      yield* s.await(
        s.newPromise((r) =>
          s.call(
            'setTimeout',
            s.fn(() => (r(undefined), undefined)),
            5,
          ),
        ),
      );
      s.log('after awaiting a 5 ms timer');
      return undefined;
    }, true);
    expect(s.out).toEqual([
      'module body starts',
      'microtask queued before the await',
      'after await null',
      'timer',
      'after awaiting a 5 ms timer',
    ]);
  });

  it('js/15: an unsettled top-level await ends the run with a warning', () => {
    const s = new Session();
    s.run(function* () {
      s.log('before');
      yield* s.await(s.newPromise(() => {}));
      s.log('never printed');
      return undefined;
    }, true);
    expect(s.out).toEqual(['before']);
    expect(s.realm.warnings).toEqual(['Warning: Detected unsettled top-level await']);
    expect(s.outcome.error).toBeNull();
  });
});

describe('js model: errors', () => {
  it('js/16: an unhandled rejection ends the run after the drain; timers never run', () => {
    const s = new Session();
    s.run(() => {
      s.rejected(s.error('boom'));
      s.call(
        'queueMicrotask',
        s.fn(() => (s.log('microtask still runs'), undefined)),
      );
      s.invoke(
        s.global('process'),
        'nextTick',
        s.fn(() => (s.log('nextTick still runs'), undefined)),
      );
      s.call(
        'setTimeout',
        s.fn(() => (s.log('timer never runs'), undefined)),
        0,
      );
      s.log('sync end');
    });
    expect(s.out).toEqual(['sync end', 'microtask still runs', 'nextTick still runs']);
    expect(s.outcome).toMatchObject({ error: 'Error: boom', errorKind: 'unhandled-rejection', errorAt: 3 });
  });

  it('js/17: a handler attached later in the same drain counts; a non-Error reason is wrapped', () => {
    const s = new Session();
    s.run(() => {
      const p = s.rejected(s.error('late'));
      let q = s.resolved(undefined);
      q = s.then(
        s.then(q, () => undefined),
        () => undefined,
      );
      s.then(q, () =>
        s.invoke(
          p,
          'catch',
          s.fn((e) => (s.log(`caught: ${msg(s, e)}`), undefined)),
        ),
      );
      const r = s.rejected('not an Error');
      s.call(
        'setTimeout',
        s.fn(() =>
          s.invoke(
            r,
            'catch',
            s.fn(() => (s.log('never printed'), undefined)),
          ),
        ),
        0,
      );
    });
    expect(s.out).toEqual(['caught: late']);
    expect(s.outcome.errorKind).toBe('unhandled-rejection');
    expect(s.outcome.error).toBe('not an Error');
  });

  it('an exception in a timer callback crashes at once (nothing queued runs after)', () => {
    const s = new Session();
    s.run(() => {
      s.call(
        'setTimeout',
        s.fn(() => {
          s.log('timer');
          s.then(s.resolved(undefined), () => (s.log('m1'), undefined));
          throw new Thrown(s.error('in timer'));
        }),
        0,
      );
      s.call(
        'setTimeout',
        s.fn(() => (s.log('timer2'), undefined)),
        0,
      );
    });
    expect(s.out).toEqual(['timer']);
    expect(s.outcome).toMatchObject({ error: 'Error: in timer', errorKind: 'uncaught-exception', errorAt: 1 });
  });

  it('a synchronous module throw surfaces 3 microtask ticks later (Node v20 ESM loader)', () => {
    const s = new Session();
    s.run(() => {
      let p = s.resolved(undefined);
      for (let i = 1; i <= 6; i++) p = s.then(p, () => (s.log(`m${i}`), undefined));
      s.invoke(
        s.global('process'),
        'nextTick',
        s.fn(() => (s.log('tick'), undefined)),
      );
      throw new Thrown(s.error('boom', 'TypeError'));
    });
    expect(s.out).toEqual(['m1', 'm2', 'm3']);
    expect(s.outcome).toMatchObject({ error: 'TypeError: boom', errorKind: 'uncaught-exception', errorAt: 3 });
  });

  it('a rejected top-level await surfaces 4 microtask ticks later', () => {
    const s = new Session();
    s.run(function* () {
      let p = s.resolved(undefined);
      for (let i = 1; i <= 8; i++) p = s.then(p, () => (s.log(`m${i}`), undefined));
      yield* s.await(s.rejected(s.error('rej', 'TypeError')));
      return undefined;
    }, true);
    expect(s.out).toEqual(['m1', 'm2', 'm3', 'm4', 'm5']);
    expect(s.outcome).toMatchObject({ error: 'TypeError: rej', errorKind: 'unhandled-rejection' });
  });

  it('an endless microtask chain hits the step budget', () => {
    const s = new Session({ budget: 5000 });
    const again = (): Value => s.call('queueMicrotask', s.fn(again));
    expect(() => s.run(() => void again())).toThrow(EngineError);
  });
});

describe('js model: slicing', () => {
  it('runUntil stops at safe points and resumes to the same output', () => {
    const s = new Session();
    const t = s.model;
    const body = () => {
      let p = s.resolved(undefined);
      for (let i = 0; i < 50; i++) p = s.then(p, () => (s.log(`link ${i}`), undefined));
    };
    t.start({
      program: { hasTopLevelAwait: false } as never,
      module: {
        runSync: () => (body(), undefined),
        runAsync: () => {
          throw new Error();
        },
      },
    });
    let slices = 0;
    while (!t.runUntil(s.realm.budget.used + 3)) slices++;
    expect(slices).toBeGreaterThan(10);
    expect(s.out).toEqual(Array.from({ length: 50 }, (_, i) => `link ${i}`));
  });
});
