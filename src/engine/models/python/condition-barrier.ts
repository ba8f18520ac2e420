/**
 * asyncio.Condition and asyncio.Barrier (Lib/asyncio/locks.py, 3.14), and the
 * `_ContextManagerMixin` that makes Lock, Semaphore, BoundedSemaphore and Condition usable
 * with `async with` (`__aenter__` awaits `acquire()` and returns None, `__aexit__` calls
 * `release()`; Event and Barrier are not lock-like: Event has no `async with`, Barrier's
 * `__aenter__` is `await self.wait()`).
 *
 *  - `Condition(lock=None)` wraps a Lock (a new one by default); `wait()` needs the lock
 *    held (`RuntimeError: cannot wait on un-acquired lock`), releases it, waits on a future
 *    that `notify(n)` resolves for the first n waiters not done (FIFO), then re-acquires the
 *    lock (in a loop that swallows cancellation until it has it, re-raising the last one);
 *    any error leaving `wait()` passes one notification on (`_notify(1)`). `wait_for(pred)`
 *    waits until `pred()` is true and returns its value.
 *  - `Barrier(parties)`: states filling → draining (the last party releases everyone) →
 *    filling; `wait()` returns each party's arrival index; `reset()`/`abort()` break waiters
 *    with `BrokenBarrierError`. All of it runs on an inner Condition, exactly as locks.py.
 */
import { None, PyInstance, type PyClass, type Value } from '../../runtime/values';
import { at, bindInit, bindMethod, noArgs } from './signature';
import { defineBuiltinClass, defineExceptionClass, invalidateLookups, pyClass } from '../../runtime/python/classes';
import type { PyModelContext } from './context';
import { getRunningLoop } from './event-loop';
import type { Future } from './future';
import type { NativeCode } from './coroutine';
import { awaitFuture, awaitValue } from './await';
import { nativeCoroutine } from './tasks-api';
import { callValue, isInstanceOf, pyError, Thrown, toNumber } from './host';
import { lockRepr } from './reprs';

type Body = Generator<unknown, Value, unknown>;

/** locks.py: the coroutines' `async def` lines and the awaits they suspend in. */
const MIXIN_AENTER_CODE: NativeCode = { file: 'locks.py', first: 14, line: 15 };
const MIXIN_AEXIT_CODE: NativeCode = { file: 'locks.py', first: 20, line: 20 };
const COND_WAIT_CODE: NativeCode = { file: 'locks.py', first: 251, line: 271 };
const COND_WAIT_FOR_CODE: NativeCode = { file: 'locks.py', first: 300, line: 310 };
const BARRIER_WAIT_CODE: NativeCode = { file: 'locks.py', first: 496, line: 503 };
const BARRIER_AENTER_CODE: NativeCode = { file: 'locks.py', first: 485, line: 488 };
const BARRIER_AEXIT_CODE: NativeCode = { file: 'locks.py', first: 490, line: 490 };
const BARRIER_RESET_CODE: NativeCode = { file: 'locks.py', first: 553, line: 558 };
const BARRIER_ABORT_CODE: NativeCode = { file: 'locks.py', first: 569, line: 574 };

// The bodies of the coroutines below are module-level generator functions, not one made per
// call: each generator function made at run time gets its own `prototype` object and gives its
// generators a hidden class of their own (issue 10; tasks-api.ts wrapAwaitable).

/** `return await self.NAME()`. */
function* awaitMethod(ctx: PyModelContext, s: Value, name: string): Body {
  return yield* awaitValue(ctx, callValue(ctx.realm, ctx.realm.py.getAttr(s, name), []), undefined);
}

/** `await self.NAME()` (the result is dropped). */
function* awaitMethodThenNone(ctx: PyModelContext, s: Value, name: string): Body {
  yield* awaitValue(ctx, callValue(ctx.realm, ctx.realm.py.getAttr(s, name), []), undefined);
  return None;
}

/** `self.NAME()` in an `async def` that awaits nothing. */
function* callMethodReturnNone(ctx: PyModelContext, s: Value, name: string): Body {
  callValue(ctx.realm, ctx.realm.py.getAttr(s, name), []);
  return None;
}

/** An `async def` whose body is `pass`. */
function* returnNone(): Body {
  return None;
}

/** `_ContextManagerMixin`: `async with lock:` is `await lock.acquire()` ... `lock.release()`. */
export function addLockContextManager(ctx: PyModelContext, cls: PyClass): void {
  const realm = ctx.realm;
  // Not `pythonLevel`: its two methods are copied into each lock class's dict, whose
  // instances are not instances of the mixin (CPython has Lock derive from it).
  const mixin = defineBuiltinClass(realm, '_ContextManagerMixin', [pyClass(realm, 'object')], {
    module: 'asyncio.locks',
    register: false,
    methods: {
      __aenter__: (s) =>
        nativeCoroutine(ctx, '__aenter__', '_ContextManagerMixin.__aenter__', awaitMethodThenNone(ctx, s, 'acquire'), MIXIN_AENTER_CODE),
      __aexit__: (s) =>
        nativeCoroutine(ctx, '__aexit__', '_ContextManagerMixin.__aexit__', callMethodReturnNone(ctx, s, 'release'), MIXIN_AEXIT_CODE),
    },
  });
  for (const name of ['__aenter__', '__aexit__']) cls.dict.set(name, mixin.dict.get(name));
  invalidateLookups();
}

class ConditionCore {
  readonly waiters: Future[] = [];
  constructor(
    private readonly ctx: PyModelContext,
    readonly lock: Value,
  ) {}

  private call(name: string): Value {
    const realm = this.ctx.realm;
    return callValue(realm, realm.py.getAttr(this.lock, name), []);
  }

  locked(): boolean {
    return this.ctx.realm.py.truthy(this.call('locked'));
  }

  *acquire(): Body {
    return yield* awaitValue(this.ctx, this.call('acquire'), undefined);
  }

  release(): void {
    this.call('release');
  }

  *wait(): Body {
    const ctx = this.ctx;
    if (!this.locked()) throw pyError(ctx.realm, 'RuntimeError', 'cannot wait on un-acquired lock');
    const fut = getRunningLoop(ctx).createFuture('Condition.wait');
    this.release();
    try {
      try {
        this.waiters.push(fut);
        try {
          yield* awaitFuture(ctx, fut);
          return true;
        } finally {
          this.waiters.splice(this.waiters.indexOf(fut), 1);
        }
      } finally {
        // Must re-acquire the lock even if the wait is cancelled.
        let err: Thrown | null = null;
        for (;;) {
          try {
            yield* this.acquire();
            break;
          } catch (e) {
            if (!(e instanceof Thrown) || !isInstanceOf(e.value, ctx.cls.cancelledError)) throw e;
            err = e;
          }
        }
        if (err !== null) throw err;
      }
    } catch (e) {
      if (e instanceof Thrown) this.notifyWaiters(1);
      throw e;
    }
  }

  *waitFor(predicate: () => Value): Body {
    const truthy = (v: Value) => this.ctx.realm.py.truthy(v);
    let result = predicate();
    while (!truthy(result)) {
      yield* this.wait();
      result = predicate();
    }
    return result;
  }

  notify(n: number): void {
    if (!this.locked()) throw pyError(this.ctx.realm, 'RuntimeError', 'cannot notify on un-acquired lock');
    this.notifyWaiters(n);
  }

  /** `_notify(n)`. */
  notifyWaiters(n: number): void {
    let idx = 0;
    for (const fut of this.waiters) {
      if (idx >= n) break;
      if (!fut.done()) {
        idx++;
        fut.setResult(false);
      }
    }
  }
}

type BarrierState = 'filling' | 'draining' | 'resetting' | 'broken';

class BarrierCore {
  state: BarrierState = 'filling';
  count = 0;
  constructor(
    readonly cond: ConditionCore,
    readonly parties: number,
    private readonly brokenError: PyClass,
    private readonly ctx: PyModelContext,
  ) {}

  /** `async with self._cond:` around `body`. */
  private *withCond(body: () => Body): Body {
    yield* this.cond.acquire();
    try {
      return yield* body();
    } finally {
      this.cond.release();
    }
  }

  *wait(): Body {
    const self = this;
    return yield* this.withCond(function* () {
      // _block: wait while draining or resetting.
      yield* self.cond.waitFor(() => self.state !== 'draining' && self.state !== 'resetting');
      if (self.state === 'broken') throw pyError(self.ctx.realm, self.brokenError, 'Barrier aborted');
      try {
        const index = self.count;
        self.count++;
        if (index + 1 === self.parties) {
          self.state = 'draining';
          self.cond.notify(self.cond.waiters.length);
        } else {
          yield* self.cond.waitFor(() => self.state !== 'filling');
          if ((self.state as BarrierState) === 'broken' || self.state === 'resetting')
            throw pyError(self.ctx.realm, self.brokenError, 'Abort or reset of barrier');
        }
        return index;
      } finally {
        self.count--;
        // _exit: the last one out ends the draining and wakes the tasks waiting for it.
        if (self.count === 0) {
          if (self.state === 'resetting' || self.state === 'draining') self.state = 'filling';
          self.cond.notify(self.cond.waiters.length);
        }
      }
    });
  }

  *reset(): Body {
    const self = this;
    return yield* this.withCond(function* () {
      if (self.count > 0) {
        if (self.state !== 'resetting') self.state = 'resetting';
      } else self.state = 'filling';
      self.cond.notify(self.cond.waiters.length);
      return None;
    });
  }

  *abort(): Body {
    const self = this;
    return yield* this.withCond(function* () {
      self.state = 'broken';
      self.cond.notify(self.cond.waiters.length);
      return None;
    });
  }

  nWaiting(): number {
    return this.state === 'filling' ? this.count : 0;
  }
}

export function defineConditionBarrier(
  ctx: PyModelContext,
  Lock: PyClass,
): { Condition: PyClass; Barrier: PyClass; BrokenBarrierError: PyClass } {
  const realm = ctx.realm;
  const object = pyClass(realm, 'object');
  const cond = (s: Value) => (s as PyInstance).internal as ConditionCore;
  const barrier = (s: Value) => (s as PyInstance).internal as BarrierCore;
  const newLock = () => realm.py.callClass(Lock, { positional: [] });

  const Condition = defineBuiltinClass(realm, 'Condition', [object], {
    pythonLevel: true,
    module: 'asyncio.locks',
    register: false,
    construct: (cls, args) => {
      const lock = at(bindInit(realm, 'Condition', ['lock'], 0, args), 0);
      if (lock === undefined || lock === None) return new PyInstance(cls, new ConditionCore(ctx, newLock()));
      // locks.py: `self.locked = lock.locked` and the others, read at once.
      for (const name of ['locked', 'acquire', 'release']) realm.py.getAttr(lock, name);
      return new PyInstance(cls, new ConditionCore(ctx, lock));
    },
    methods: {
      locked: (s) => cond(s).locked(),
      acquire: (s) => realm.interp.call(realm.py.getAttr(cond(s).lock, 'acquire'), undefined, { positional: [] }, 'py'),
      release: (s) => (cond(s).release(), None),
      wait: (s, a) => (noArgs(realm, 'Condition.wait', a), nativeCoroutine(ctx, 'wait', 'Condition.wait', cond(s).wait(), COND_WAIT_CODE)),
      wait_for: (s, a) => {
        const predicate = bindMethod(realm, 'Condition.wait_for', ['predicate'], 1, a)[0]!;
        return nativeCoroutine(
          ctx,
          'wait_for',
          'Condition.wait_for',
          cond(s).waitFor(() => callValue(realm, predicate, [])),
          COND_WAIT_FOR_CODE,
        );
      },
      notify: (s, a) => (cond(s).notify(toNumber(at(bindMethod(realm, 'Condition.notify', ['n'], 0, a), 0) ?? 1)), None),
      notify_all: (s, a) => (noArgs(realm, 'Condition.notify_all', a), cond(s).notify(cond(s).waiters.length), None),
      __repr__: (s) => {
        const c = cond(s);
        let extra = c.locked() ? 'locked' : 'unlocked';
        if (c.waiters.length > 0) extra += `, waiters:${c.waiters.length}`;
        return lockRepr(realm, s as PyInstance, extra);
      },
    },
  });
  addLockContextManager(ctx, Condition);

  const BrokenBarrierError = defineExceptionClass(realm, 'BrokenBarrierError', 'RuntimeError', 'asyncio.exceptions');
  const Barrier = defineBuiltinClass(realm, 'Barrier', [object], {
    pythonLevel: true,
    module: 'asyncio.locks',
    register: false,
    construct: (cls, args) => {
      const parties = at(bindInit(realm, 'Barrier', ['parties'], 1, args), 0)!;
      if (realm.py.truthy(realm.py.compare('<', parties, 1))) throw pyError(realm, 'ValueError', 'parties must be >= 1');
      const c = new ConditionCore(ctx, newLock());
      return new PyInstance(cls, new BarrierCore(c, toNumber(parties), BrokenBarrierError, ctx));
    },
    methods: {
      wait: (s, a) => (
        noArgs(realm, 'Barrier.wait', a),
        nativeCoroutine(ctx, 'wait', 'Barrier.wait', barrier(s).wait(), BARRIER_WAIT_CODE)
      ),
      reset: (s, a) => (
        noArgs(realm, 'Barrier.reset', a),
        nativeCoroutine(ctx, 'reset', 'Barrier.reset', barrier(s).reset(), BARRIER_RESET_CODE)
      ),
      abort: (s, a) => (
        noArgs(realm, 'Barrier.abort', a),
        nativeCoroutine(ctx, 'abort', 'Barrier.abort', barrier(s).abort(), BARRIER_ABORT_CODE)
      ),
      __aenter__: (s) => nativeCoroutine(ctx, '__aenter__', 'Barrier.__aenter__', awaitMethod(ctx, s, 'wait'), BARRIER_AENTER_CODE),
      __aexit__: () => nativeCoroutine(ctx, '__aexit__', 'Barrier.__aexit__', returnNone(), BARRIER_AEXIT_CODE),
      __repr__: (s) => {
        const b = barrier(s);
        let extra: string = b.state;
        if (b.state !== 'broken') extra += `, waiters:${b.nWaiting()}/${b.parties}`;
        return lockRepr(realm, s as PyInstance, extra);
      },
    },
    properties: {
      parties: { get: (s) => barrier(s).parties },
      n_waiting: { get: (s) => barrier(s).nWaiting() },
      broken: { get: (s) => barrier(s).state === 'broken' },
    },
  });
  return { Condition, Barrier, BrokenBarrierError };
}
