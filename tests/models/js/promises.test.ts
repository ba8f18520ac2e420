/** docs/semantics.md §1.2–1.6 driven with hand-written bodies (js/01–06). */
import { describe, expect, it } from 'vitest';
import type { Value } from '../../../src/engine/runtime/values';
import { Thrown } from '../../../src/engine/runtime/thrown';
import { Session } from './harness';

describe('js model: async functions and promises', () => {
  it('js/01: an async function runs synchronously until its first await', () => {
    const s = new Session();
    const f = s.async('f', function* () {
      s.log('f: body starts (synchronously)');
      yield* s.await(null);
      s.log('f: after await');
      return 'done';
    });
    s.run(() => {
      s.log('before call');
      const p = f();
      s.log('after call');
      s.then(p, (v) => (s.log(`p fulfilled with ${String(v)}`), undefined));
    });
    expect(s.out).toEqual(['before call', 'f: body starts (synchronously)', 'after call', 'f: after await', 'p fulfilled with done']);
    expect(s.outcome.error).toBeNull();
  });

  it('js/02: the executor runs synchronously; later resolves are ignored; a throw rejects', () => {
    const s = new Session();
    s.run(() => {
      s.log('A');
      const p = s.newPromise((resolve) => {
        s.log('executor runs synchronously');
        resolve('v');
        resolve('ignored: already resolved');
        s.log('still in executor after resolve');
      });
      s.then(p, (v) => (s.log(`then callback: ${String(v)}`), undefined));
      s.log('B');
      const q = s.newPromise(() => {
        throw new Thrown(s.error('thrown in executor'));
      });
      s.invoke(
        q,
        'catch',
        s.fn((e) => (s.log(`q rejected: ${String(s.realm.js.getAttr(e, 'message'))}`), undefined)),
      );
      s.log('C');
    });
    expect(s.out).toEqual([
      'A',
      'executor runs synchronously',
      'still in executor after resolve',
      'B',
      'C',
      'then callback: v',
      'q rejected: thrown in executor',
    ]);
  });

  it('js/03: await costs (native, rejected, plain value, thenable, foreign constructor, pending)', () => {
    const s = new Session();
    const report = (label: string, c: { n: number }) => s.log(`${label}: ${c.n}`);
    s.run(function* () {
      let c = s.clock();
      yield* s.await(s.resolved(1));
      report('fulfilled', c);
      c = s.clock();
      try {
        yield* s.await(s.rejected(s.error('x')));
      } catch {
        /* caught */
      }
      report('rejected', c);
      c = s.clock();
      yield* s.await(42);
      report('42', c);
      const thenable = s.realm.js.newObject();
      s.realm.js.defineProperty(thenable, 'then', { value: s.fn((res) => s.realm.interp.call(res, undefined, { positional: [1] }, 'js')) });
      c = s.clock();
      yield* s.await(thenable);
      report('thenable', c);
      const p = s.resolved(1);
      s.realm.js.defineProperty(p, 'constructor', { value: s.realm.js.newObject() });
      c = s.clock();
      yield* s.await(p);
      report('foreign constructor', c);
      let resolve!: (v?: Value) => void;
      const pending = s.newPromise((r) => (resolve = r));
      const c2 = { c: s.clock(0) };
      const waiter = s.async('waiter', function* () {
        yield* s.await(pending);
        report('pending', c2.c);
        return undefined;
      })();
      c2.c = s.clock();
      resolve(1);
      yield* s.await(waiter);
      return undefined;
    }, true);
    expect(s.out).toEqual(['fulfilled: 1', 'rejected: 1', '42: 1', 'thenable: 2', 'foreign constructor: 3', 'pending: 1']);
  });

  it('js/04: returning a value, a promise, `return await`, throwing', () => {
    const s = new Session();
    const returnsValue = s.async('returnsValue', function* () {
      return 1;
    });
    const returnsPromise = s.async('returnsPromise', function* () {
      return s.resolved(2);
    });
    const returnsAwaited = s.async('returnsAwaited', function* () {
      return yield* s.await(s.resolved(3));
    });
    const throws = s.async('throws', function* () {
      throw new Thrown(s.error('e'));
    });
    s.run(function* () {
      let c = s.clock();
      yield* s.await(returnsValue());
      s.log(`value: ${c.n}`);
      c = s.clock();
      yield* s.await(returnsPromise());
      s.log(`promise: ${c.n}`);
      c = s.clock();
      yield* s.await(returnsAwaited());
      s.log(`return await: ${c.n}`);
      c = s.clock();
      try {
        yield* s.await(throws());
      } catch {
        /* */
      }
      s.log(`throws: ${c.n}`);
      s.then(returnsPromise(), (v) => (s.log(`called first, settles second: ${String(v)}`), undefined));
      s.then(returnsValue(), (v) => (s.log(`called second, settles first: ${String(v)}`), undefined));
      return undefined;
    }, true);
    expect(s.out).toEqual([
      'value: 1',
      'promise: 3',
      'return await: 2',
      'throws: 1',
      'called second, settles first: 1',
      'called first, settles second: 2',
    ]);
  });

  it('js/05: resolve(thenable) reads then synchronously and calls it in a job', () => {
    const s = new Session();
    s.run(() => {
      let q = s.resolved(undefined);
      for (let i = 1; i <= 4; i++) q = s.then(q, () => (s.log(`tick ${i}`), undefined));
      const p = s.newPromise((r) => r(s.resolved('inner')));
      s.then(p, (v) => (s.log(`p fulfilled: ${String(v)}`), undefined));
      const thenable = s.realm.js.newObject();
      s.realm.js.defineProperty(thenable, 'then', {
        get: s.fn(() => {
          s.log('get then (synchronous)');
          return s.fn((res) => {
            s.log('then() called (in a job)');
            return s.realm.interp.call(res, undefined, { positional: ['t'] }, 'js');
          });
        }),
      });
      s.newPromise((r) => {
        r(thenable);
        s.log('resolve() returned');
      });
      s.log('end of script');
    });
    expect(s.out).toEqual([
      'get then (synchronous)',
      'resolve() returned',
      'end of script',
      'tick 1',
      'then() called (in a job)',
      'tick 2',
      'tick 3',
      'p fulfilled: inner',
      'tick 4',
    ]);
  });

  it('js/06: then, catch and finally tick counts', () => {
    const s = new Session();
    const at = (label: string, c: { n: number }) => () => (s.log(`${label} ${c.n}`), undefined);
    const drain = () =>
      s.newPromise((r) =>
        s.call(
          'setTimeout',
          s.fn(() => (r(undefined), undefined)),
          0,
        ),
      );
    const ok = () => s.resolved(0);
    const bad = () => s.rejected(s.error('bad'));
    const noop = () => undefined;
    s.run(function* () {
      let c = s.clock();
      s.then(s.then(ok(), at('a', c)), at('b', c));
      yield* s.await(drain());
      c = s.clock();
      s.invoke(s.then(s.then(bad(), noop), noop), 'catch', s.fn(at('h', c)));
      yield* s.await(drain());
      c = s.clock();
      s.then(s.invoke(ok(), 'finally', s.fn(at('f', c))), at('g', c));
      yield* s.await(drain());
      c = s.clock();
      s.invoke(s.invoke(bad(), 'finally', s.fn(noop)), 'catch', s.fn(at('finally-catch', c)));
      yield* s.await(drain());
      c = s.clock();
      s.then(
        s.then(ok(), () => s.resolved(1)),
        at('after promise-returning handler', c),
      );
      return undefined;
    }, true);
    expect(s.out).toEqual(['a 1', 'b 2', 'h 3', 'f 1', 'g 4', 'finally-catch 4', 'after promise-returning handler 4']);
    expect(s.outcome.error).toBeNull();
  });

  it('a then handler on a non-promise receiver throws TypeError', () => {
    const s = new Session();
    s.run(() => {
      const then = s.realm.js.getAttr(s.resolved(1), 'then');
      try {
        s.realm.interp.call(then, s.realm.js.newObject(), { positional: [] }, 'js');
      } catch (e) {
        s.log(s.realm.js.errorSummary((e as { value: Value }).value));
      }
    });
    expect(s.out).toEqual(['TypeError: Method Promise.prototype.then called on incompatible receiver #<Object>']);
  });

  it('a promise resolved with itself rejects with a chaining-cycle TypeError', () => {
    const s = new Session();
    s.run(() => {
      let resolve!: (v?: Value) => void;
      const p = s.newPromise((r) => (resolve = r));
      resolve(p);
      s.then(
        p,
        () => undefined,
        (e) => (s.log(s.realm.js.errorSummary(e)), undefined),
      );
    });
    expect(s.out).toEqual(['TypeError: Chaining cycle detected for promise #<Promise>']);
  });
});
