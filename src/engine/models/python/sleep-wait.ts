/**
 * The coroutine functions of asyncio that suspend: `sleep`, `wait_for`, `wait`
 * (Lib/asyncio/tasks.py, timeouts.py). Each returns a lazy coroutine object named as
 * CPython names it, so a forgotten `asyncio.sleep(1)` warns `coroutine 'sleep' was never awaited`.
 *
 *  - `sleep(0)` is one bare yield: exactly 1 iteration (§2.4). `sleep(d > 0)` is a future plus
 *    `call_later(d, _set_result_unless_cancelled)`: the timer runs in iteration k, the task
 *    resumes in k + 1; the timer is cancelled when the sleep is interrupted.
 *  - `wait_for` (3.12+, §2.8) awaits its argument INLINE inside `asyncio.timeout`: on expiry
 *    the current task is cancelled, and the CancelledError that comes back out becomes the
 *    builtin `TimeoutError`. A timeout <= 0 cancels the work and waits for it.
 *  - `wait` returns `(done, pending)` sets and cancels nothing.
 */
import { None, type Value } from '../../runtime/values';
import type { PyModelContext } from './context';
import { getRunningLoop, type EventLoop } from './event-loop';
import { Future } from './future';
import { Coroutine, type NativeCode } from './coroutine';
import type { Handle } from './handles';
import { timeoutAfter } from './timeouts';
import { awaitFuture, awaitValue } from './await';
import { noteSuspension } from './suspension';
import { Sleep0Coroutine } from './sleep0';
import { ensureFuture, nativeCoroutine } from './tasks-api';
import { asyncioCallback } from './reprs';
import { isInstanceOf, isNone, pyError, toNumber, Thrown } from './host';

type Body = Generator<unknown, Value, unknown>;

/** Lib/asyncio/tasks.py: `async def sleep` and its two awaits (`await __sleep0()`, `return await future`). */
const SLEEP0_CODE: NativeCode = { file: 'tasks.py', first: 687, line: 690 };
const SLEEP_CODE: NativeCode = { file: 'tasks.py', first: 687, line: 702 };
/** `async def wait_for`: `await _cancel_and_wait(fut)` (timeout <= 0) or `return await fut`. */
const WAIT_FOR_NOW_CODE: NativeCode = { file: 'tasks.py', first: 440, line: 481 };
const WAIT_FOR_CODE: NativeCode = { file: 'tasks.py', first: 440, line: 488 };
/** `async def wait`: `return await _wait(fs, timeout, return_when, loop)`. */
const WAIT_CODE: NativeCode = { file: 'tasks.py', first: 405, line: 432 };

export function sleep(ctx: PyModelContext, delay: Value, result: Value): Coroutine {
  // A JS number is immutable, so testing `delay <= 0` now rather than at the first send
  // changes nothing: such a sleep is tasks.__sleep0, a coroutine that is its own body (sleep0.ts).
  if (typeof delay === 'number' && delay <= 0) return Sleep0Coroutine.make(ctx, result, SLEEP0_CODE);
  return nativeCoroutine(ctx, 'sleep', 'sleep', sleepBody(ctx, delay, result), toNumber(delay) <= 0 ? SLEEP0_CODE : SLEEP_CODE);
}

function* sleepBody(ctx: PyModelContext, delay: Value, result: Value): Body {
  const realm = ctx.realm;
  // `if delay <= 0` (Python's comparison, so a bad type raises its TypeError); ints fast.
  if (typeof delay === 'number' ? delay <= 0 : realm.py.truthy(realm.py.compare('<=', delay, 0))) {
    // tasks.__sleep0: one bare yield (inlined: this is the hottest await there is).
    // The sleep's own frame is not recorded: the user's frame awaiting it records the
    // suspension as the yield travels up (await.ts CoroutineAwait).
    if (realm.rec.on) noteSuspension(ctx, ctx.awaitSite, undefined, 'sleep(0)');
    yield undefined;
    return result;
  }
  const d = toNumber(delay);
  if (Number.isNaN(d)) throw pyError(realm, 'ValueError', 'Invalid delay: NaN (not a number)');
  const loop = getRunningLoop(ctx);
  const label = `sleep(${realm.py.repr(delay)})`;
  const fut = new Future(ctx, loop, undefined, 'timer', label);
  const h = loop.callLaterFn(
    d,
    () => {
      if (!fut.cancelled()) fut.setResult(result);
    },
    fut.id,
    label,
  );
  try {
    return yield* awaitFuture(ctx, fut);
  } finally {
    loop.cancelHandle(h);
  }
}

export function waitFor(ctx: PyModelContext, fut: Value, timeout: Value): Coroutine {
  const now = !isNone(timeout) && toNumber(timeout) <= 0;
  return nativeCoroutine(ctx, 'wait_for', 'wait_for', waitForBody(ctx, fut, timeout), now ? WAIT_FOR_NOW_CODE : WAIT_FOR_CODE);
}

function isCancelledError(ctx: PyModelContext, e: unknown): boolean {
  return e instanceof Thrown && isInstanceOf(e.value, ctx.cls.cancelledError);
}

function timeoutError(ctx: PyModelContext, cause: unknown): Thrown {
  const t = pyError(ctx.realm, 'TimeoutError');
  if (cause instanceof Thrown) ctx.realm.py.chainException?.(t.value, cause.value, cause.value);
  return t;
}

function* waitForBody(ctx: PyModelContext, fut: Value, timeout: Value): Body {
  const loop = getRunningLoop(ctx);
  if (!isNone(timeout) && toNumber(timeout) <= 0) {
    const f = ensureFuture(ctx, fut) as Future;
    if (f.done()) return f.result();
    yield* cancelAndWait(ctx, loop, f);
    try {
      return f.result();
    } catch (e) {
      if (isCancelledError(ctx, e)) throw timeoutError(ctx, e);
      throw e;
    }
  }
  // async with timeouts.timeout(timeout): return await fut
  const tm = timeoutAfter(ctx, timeout);
  tm.enter();
  let result: Value;
  try {
    result = yield* awaitValue(ctx, fut, undefined);
  } catch (e) {
    if (!(e instanceof Thrown)) throw e;
    tm.exit(e.value);
    throw e;
  }
  tm.exit(undefined);
  return result;
}

/** tasks.py `_cancel_and_wait`. */
function* cancelAndWait(ctx: PyModelContext, loop: EventLoop, fut: Future): Body {
  const waiter = loop.createFuture();
  const cb = fut.onDone(
    () => {
      if (!waiter.done()) waiter.setResult(None);
    },
    waiter.id,
    '_release_waiter',
    // functools.partial(_release_waiter, waiter): `_format_callback` adds the partial's `()`.
    asyncioCallback('_release_waiter()', 'tasks.py', 435),
  );
  try {
    fut.cancel();
    yield* awaitFuture(ctx, waiter);
  } finally {
    fut.removeCallback(cb);
  }
  return None;
}

export const FIRST_COMPLETED = 'FIRST_COMPLETED';
export const FIRST_EXCEPTION = 'FIRST_EXCEPTION';
export const ALL_COMPLETED = 'ALL_COMPLETED';

const ON_COMPLETION_CALLBACK = asyncioCallback('_wait.<locals>._on_completion', 'tasks.py', 503);

export function wait(ctx: PyModelContext, fs: Value, timeout: Value, returnWhen: Value): Coroutine {
  return nativeCoroutine(ctx, 'wait', 'wait', waitBody(ctx, fs, timeout, returnWhen), WAIT_CODE);
}

function* waitBody(ctx: PyModelContext, fs: Value, timeout: Value, returnWhen: Value): Body {
  const realm = ctx.realm;
  if (fs instanceof Future || fs instanceof Coroutine) {
    throw pyError(realm, 'TypeError', `expect a list of futures, not ${fs.typeName}`);
  }
  const items: Future[] = [];
  for (const f of realm.py.iterate(fs)) {
    if (f instanceof Coroutine) throw pyError(realm, 'TypeError', 'Passing coroutines is forbidden, use tasks explicitly.');
    if (!(f instanceof Future)) throw pyError(realm, 'TypeError', `expect a list of futures, not ${realm.py.repr(f)}`);
    if (!items.includes(f)) items.push(f);
  }
  if (items.length === 0) throw pyError(realm, 'ValueError', 'Set of Tasks/Futures is empty.');
  if (returnWhen !== FIRST_COMPLETED && returnWhen !== FIRST_EXCEPTION && returnWhen !== ALL_COMPLETED) {
    throw pyError(realm, 'ValueError', `Invalid return_when value: ${realm.py.display(returnWhen)}`);
  }
  const loop = getRunningLoop(ctx);
  const waiter = loop.createFuture('wait');
  let timeoutHandle: Handle | undefined;
  if (!isNone(timeout)) {
    timeoutHandle = loop.callLaterFn(
      toNumber(timeout),
      () => {
        if (!waiter.done()) waiter.setResult(None);
      },
      waiter.id,
      '_release_waiter',
    );
  }
  let counter = items.length;
  const onCompletion = (f: Future): void => {
    counter--;
    if (counter <= 0 || returnWhen === FIRST_COMPLETED || (returnWhen === FIRST_EXCEPTION && !f.cancelled() && f.exception() !== None)) {
      if (timeoutHandle) loop.cancelHandle(timeoutHandle);
      if (!waiter.done()) waiter.setResult(None);
    }
  };
  const cbs = items.map((f) => [f, f.onDone(onCompletion, waiter.id, '_on_completion', ON_COMPLETION_CALLBACK)] as const);
  try {
    yield* awaitFuture(ctx, waiter);
  } finally {
    if (timeoutHandle) loop.cancelHandle(timeoutHandle);
    for (const [f, cb] of cbs) f.removeCallback(cb);
  }
  const done = items.filter((f) => f.done());
  const pending = items.filter((f) => !f.done());
  return realm.py.makeTuple([realm.py.makeSet(done), realm.py.makeSet(pending)]);
}
