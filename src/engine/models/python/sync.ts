/**
 * asyncio.Event and asyncio.Lock (Lib/asyncio/locks.py), docs/semantics.md §2.8.
 *  - `Event.set()` resolves the waiter futures in FIFO order: waiters wake one iteration
 *    later, in that order; `wait()` on a set Event returns without suspending.
 *  - `Lock.acquire()` takes a free lock at once; otherwise it waits on a future that
 *    `release()` resolves for the first waiter.
 * `async with lock:` comes from `_ContextManagerMixin` (condition-barrier.ts).
 */
import { None, PyInstance, type Value } from '../../runtime/values';
import { bindInit, noArgs } from './signature';
import { defineBuiltinClass, pyClass } from '../../runtime/python/classes';
import type { PyModelContext } from './context';
import { getRunningLoop } from './event-loop';
import type { Future } from './future';
import { awaitFuture } from './await';
import { nativeCoroutine } from './tasks-api';
import { isInstanceOf, pyError, Thrown } from './host';
import type { NativeCode } from './coroutine';
import { lockRepr } from './reprs';

interface EventState {
  value: boolean;
  waiters: Future[];
}

interface LockState {
  locked: boolean;
  waiters: Future[];
}

/** Lib/asyncio/locks.py: the coroutines' `async def` lines and the awaits they suspend in. */
const LOCK_ACQUIRE_CODE: NativeCode = { file: 'locks.py', first: 90, line: 110 };
const EVENT_WAIT_CODE: NativeCode = { file: 'locks.py', first: 200, line: 213 };

// The coroutines' bodies are module-level generator functions, not one made per call: each
// generator function made at run time gets its own `prototype` object and gives its
// generators a hidden class of their own (issue 10; tasks-api.ts wrapAwaitable).

/** `Event.wait()`. */
function* eventWait(ctx: PyModelContext, st: EventState): Generator<unknown, Value, unknown> {
  if (st.value) return true;
  const fut = getRunningLoop(ctx).createFuture('Event.wait');
  st.waiters.push(fut);
  try {
    yield* awaitFuture(ctx, fut);
    return true;
  } finally {
    st.waiters.splice(st.waiters.indexOf(fut), 1);
  }
}

function wakeUpFirst(st: LockState): void {
  const fut = st.waiters[0];
  if (fut && !fut.done()) fut.setResult(true);
}

/** `Lock.acquire()`. */
function* lockAcquire(ctx: PyModelContext, st: LockState): Generator<unknown, Value, unknown> {
  if (!st.locked && st.waiters.every((w) => w.cancelled())) {
    st.locked = true;
    return true;
  }
  const fut = getRunningLoop(ctx).createFuture('Lock.acquire');
  st.waiters.push(fut);
  try {
    try {
      yield* awaitFuture(ctx, fut);
    } finally {
      st.waiters.splice(st.waiters.indexOf(fut), 1);
    }
  } catch (e) {
    if (e instanceof Thrown && isInstanceOf(e.value, ctx.cls.cancelledError) && !st.locked) wakeUpFirst(st);
    throw e;
  }
  st.locked = true;
  return true;
}

export function defineSyncClasses(ctx: PyModelContext): { Event: Value; Lock: Value } {
  const realm = ctx.realm;
  const object = pyClass(realm, 'object');
  const ev = (s: Value) => (s as PyInstance).internal as EventState;
  const lk = (s: Value) => (s as PyInstance).internal as LockState;

  const Event = defineBuiltinClass(realm, 'Event', [object], {
    pythonLevel: true,
    module: 'asyncio.locks',
    register: false,
    construct: (cls, args) => (
      bindInit(realm, 'Event', [], 0, args),
      new PyInstance(cls, { value: false, waiters: [] } satisfies EventState)
    ),
    // locks.py's private flag, as tutorials print it.
    properties: { _value: { get: (s) => ev(s).value } },
    methods: {
      is_set: (s, a) => (noArgs(realm, 'Event.is_set', a), ev(s).value),
      set: (s, a) => {
        noArgs(realm, 'Event.set', a);
        const st = ev(s);
        if (!st.value) {
          st.value = true;
          for (const fut of st.waiters) if (!fut.done()) fut.setResult(true);
        }
        return None;
      },
      clear: (s, a) => (noArgs(realm, 'Event.clear', a), (ev(s).value = false), None),
      __repr__: (s) => {
        const st = ev(s);
        const extra = st.value ? 'set' : 'unset';
        return lockRepr(realm, s as PyInstance, st.waiters.length > 0 ? `${extra}, waiters:${st.waiters.length}` : extra);
      },
      wait: (s, a) => {
        noArgs(realm, 'Event.wait', a);
        const st = ev(s);
        return nativeCoroutine(ctx, 'wait', 'Event.wait', eventWait(ctx, st), EVENT_WAIT_CODE);
      },
    },
  });

  const Lock = defineBuiltinClass(realm, 'Lock', [object], {
    pythonLevel: true,
    module: 'asyncio.locks',
    register: false,
    construct: (cls, args) => (
      bindInit(realm, 'Lock', [], 0, args),
      new PyInstance(cls, { locked: false, waiters: [] } satisfies LockState)
    ),
    methods: {
      locked: (s, a) => (noArgs(realm, 'Lock.locked', a), lk(s).locked),
      __repr__: (s) => {
        const st = lk(s);
        const extra = st.locked ? 'locked' : 'unlocked';
        return lockRepr(realm, s as PyInstance, st.waiters.length > 0 ? `${extra}, waiters:${st.waiters.length}` : extra);
      },
      release: (s, a) => {
        noArgs(realm, 'Lock.release', a);
        const st = lk(s);
        if (!st.locked) throw pyError(realm, 'RuntimeError', 'Lock is not acquired.');
        st.locked = false;
        wakeUpFirst(st);
        return None;
      },
      acquire: (s, a) => {
        noArgs(realm, 'Lock.acquire', a);
        const st = lk(s);
        return nativeCoroutine(ctx, 'acquire', 'Lock.acquire', lockAcquire(ctx, st), LOCK_ACQUIRE_CODE);
      },
    },
  });
  return { Event, Lock };
}
