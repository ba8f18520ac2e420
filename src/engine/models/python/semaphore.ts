/**
 * asyncio.Semaphore and asyncio.BoundedSemaphore (Lib/asyncio/locks.py, 3.14).
 *
 *  - `locked()`: the value is 0, or a waiter that is not cancelled is queued (FIFO: a
 *    newcomer waits behind the tasks already waiting even when the value is > 0).
 *  - `acquire()` takes a unit at once when not locked; otherwise it queues a future and
 *    awaits it. `release()` adds a unit and `_wake_up_next` sets the first waiter that is
 *    not done (taking the unit for it): that waiter resumes one iteration later. On the way
 *    out (in `finally`) an acquirer wakes as many more waiters as the value allows; one
 *    cancelled after being woken gives its unit back.
 *  - BoundedSemaphore: `release()` above the initial value is
 *    `ValueError: BoundedSemaphore released too many times`.
 * `async with` comes from `_ContextManagerMixin` (condition-barrier.ts).
 */
import { None, PyInstance, type Value } from '../../runtime/values';
import { at, bindInit, noArgs } from './signature';
import { defineBuiltinClass, pyClass } from '../../runtime/python/classes';
import type { PyModelContext } from './context';
import { getRunningLoop } from './event-loop';
import type { Future } from './future';
import type { NativeCode } from './coroutine';
import { awaitFuture } from './await';
import { nativeCoroutine } from './tasks-api';
import { isInstanceOf, pyError, Thrown, toNumber } from './host';
import { lockRepr } from './reprs';

/** locks.py: `async def acquire` and its `await fut`. */
const ACQUIRE_CODE: NativeCode = { file: 'locks.py', first: 386, line: 407 };

class SemaphoreState {
  waiters: Future[] | null = null;
  constructor(
    public value: number,
    /** BoundedSemaphore's `_bound_value`. */
    readonly bound: number | undefined,
  ) {}

  locked(): boolean {
    return this.value === 0 || (this.waiters !== null && this.waiters.some((w) => !w.cancelled()));
  }

  /** `_wake_up_next`: whether a waiter was woken. */
  wakeUpNext(): boolean {
    if (this.waiters === null || this.waiters.length === 0) return false;
    for (const fut of this.waiters) {
      if (!fut.done()) {
        this.value--;
        fut.setResult(true);
        return true;
      }
    }
    return false;
  }
}

export function defineSemaphoreClasses(ctx: PyModelContext): { Semaphore: Value; BoundedSemaphore: Value } {
  const realm = ctx.realm;
  const st = (s: Value) => (s as PyInstance).internal as SemaphoreState;

  const initialValue = (v: Value): number => {
    if (realm.py.truthy(realm.py.compare('<', v, 0))) throw pyError(realm, 'ValueError', 'Semaphore initial value must be >= 0');
    return toNumber(v);
  };

  function* acquire(s: SemaphoreState): Generator<unknown, Value, unknown> {
    if (!s.locked()) {
      // Maintain FIFO, wait for others to start even if _value > 0.
      s.value--;
      return true;
    }
    if (s.waiters === null) s.waiters = [];
    const fut = getRunningLoop(ctx).createFuture('Semaphore.acquire');
    s.waiters.push(fut);
    try {
      try {
        yield* awaitFuture(ctx, fut);
      } finally {
        s.waiters.splice(s.waiters.indexOf(fut), 1);
      }
    } catch (e) {
      // Woken (given a unit) but cancelled before resuming: give the unit back.
      if (e instanceof Thrown && isInstanceOf(e.value, ctx.cls.cancelledError) && fut.done() && !fut.cancelled()) s.value++;
      throw e;
    } finally {
      // New waiters may have arrived but had to wait due to FIFO: wake as many as allowed.
      while (s.value > 0) if (!s.wakeUpNext()) break;
    }
    return true;
  }

  const Semaphore = defineBuiltinClass(realm, 'Semaphore', [pyClass(realm, 'object')], {
    pythonLevel: true,
    module: 'asyncio.locks',
    register: false,
    construct: (cls, args) =>
      new PyInstance(cls, new SemaphoreState(initialValue(at(bindInit(realm, 'Semaphore', ['value'], 0, args), 0) ?? 1), undefined)),
    // `_value`: a private attribute, but tutorials print it to show the counter.
    properties: { _value: { get: (s) => st(s).value } },
    methods: {
      locked: (s, a) => (noArgs(realm, 'Semaphore.locked', a), st(s).locked()),
      acquire: (s, a) => (
        noArgs(realm, 'Semaphore.acquire', a),
        nativeCoroutine(ctx, 'acquire', 'Semaphore.acquire', acquire(st(s)), ACQUIRE_CODE)
      ),
      release: (s, a) => {
        const state = st(s);
        // BoundedSemaphore overrides release (locks.py): its messages say so.
        noArgs(realm, state.bound !== undefined ? 'BoundedSemaphore.release' : 'Semaphore.release', a);
        if (state.bound !== undefined && state.value >= state.bound) {
          throw pyError(realm, 'ValueError', 'BoundedSemaphore released too many times');
        }
        state.value++;
        state.wakeUpNext();
        return None;
      },
      __repr__: (s) => {
        const state = st(s);
        let extra = state.locked() ? 'locked' : `unlocked, value:${state.value}`;
        if (state.waiters !== null && state.waiters.length > 0) extra += `, waiters:${state.waiters.length}`;
        return lockRepr(realm, s as PyInstance, extra);
      },
    },
  });

  const BoundedSemaphore = defineBuiltinClass(realm, 'BoundedSemaphore', [Semaphore], {
    pythonLevel: true,
    module: 'asyncio.locks',
    register: false,
    construct: (cls, args) => {
      const v = initialValue(at(bindInit(realm, 'BoundedSemaphore', ['value'], 0, args), 0) ?? 1);
      return new PyInstance(cls, new SemaphoreState(v, v));
    },
  });
  return { Semaphore, BoundedSemaphore };
}
