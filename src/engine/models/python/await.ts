/**
 * `await x` in a body under the Python models (ceval GET_AWAITABLE + YIELD_FROM).
 *
 * Costs (semantics.md §2.5, §4, §5):
 *  - a coroutine → driven inline: the awaiting body delegates to it; 0 iterations unless
 *    something inside really suspends;
 *  - a Future/Task → `Future.__await__`: yields the future (flagged blocking) only while it is
 *    pending, then returns `result()`; a done one costs 0; a pending one resumes 1 iteration
 *    after it completes (the task's `__wakeup`);
 *  - a promisio Promise → `self.catch(reraise).future.__await__()`: 2 iterations after settlement;
 *  - an object whose class defines `__await__` → whatever that returns (a Future iterator or
 *    a coroutine's awaitable);
 *  - anything else → `TypeError: 'int' object can't be awaited` (3.14 wording).
 */
import { PyInstance, type Value } from '../../runtime/values';
import type { Pos } from '../../events/types';
import { lookupMro } from '../../runtime/python/classes';
import type { PyModelContext } from './context';
import { Coroutine, SUSPENDED } from './coroutine';
import { Future } from './future';
import { Promise as PromisioPromise } from './promisio';
import { pyError, pyTypeName } from './host';

type AwaitGen = Generator<unknown, Value, unknown>;

export function awaitValue(ctx: PyModelContext, v: Value, site: Pos | undefined): AwaitGen {
  // Not a generator itself: it returns the right one, so each await costs one delegation level.
  if (v instanceof Coroutine) return awaitCoroutine(ctx, v);
  if (v instanceof Future) return awaitFuture(ctx, v);
  if (v instanceof PromisioPromise) return awaitFuture(ctx, v.awaitFuture());
  if (v instanceof FutureIter) return awaitFuture(ctx, v.future);
  return awaitOther(ctx, v, site);
}

function* awaitOther(ctx: PyModelContext, v: Value, site: Pos | undefined): AwaitGen {
  if (v instanceof PyInstance) {
    const method = lookupMro(v.cls, '__await__');
    if (method !== undefined) {
      const it = ctx.realm.interp.call(method, v, { positional: [v] }, 'py', site);
      if (it instanceof FutureIter) return yield* awaitFuture(ctx, it.future);
      if (it instanceof Coroutine) throw pyError(ctx.realm, 'TypeError', '__await__() returned a coroutine');
      throw pyError(ctx.realm, 'TypeError', `__await__() returned non-iterator of type '${pyTypeName(ctx.realm, it)}'`);
    }
  }
  throw pyError(ctx.realm, 'TypeError', `'${pyTypeName(ctx.realm, v)}' object can't be awaited`);
}

/** `yield from coro`, written out so that the coroutine's own bookkeeping (state, events) runs. */
export function* awaitCoroutine(ctx: PyModelContext, coro: Coroutine): AwaitGen {
  const realm = ctx.realm;
  if (coro.state === SUSPENDED) throw pyError(realm, 'RuntimeError', 'coroutine is being awaited already');
  const rec = realm.rec;
  const waiter = rec.current;
  if (rec.on && !coro.quiet) rec.emit({ type: 'awaited', id: waiter ?? 0, on: coro.id, what: `${coro.name}()` });
  let r = coro.send(undefined);
  let suspended = false;
  while (!r.done) {
    suspended = true;
    let sent: unknown;
    try {
      sent = yield r.value;
    } catch (e) {
      r = coro.throw(e);
      continue;
    }
    r = coro.send(sent);
  }
  if (rec.on && !coro.quiet && suspended) rec.emit({ type: 'resumed', id: waiter ?? 0, by: coro.id });
  return r.value;
}

/** `Future.__await__`. */
export function* awaitFuture(ctx: PyModelContext, fut: Future): AwaitGen {
  if (!fut.done()) {
    const rec = ctx.realm.rec;
    const waiter = rec.current;
    if (rec.on) rec.emit({ type: 'awaited', id: waiter ?? 0, on: fut.id, what: fut.label });
    fut.blocking = true;
    yield fut;
    if (rec.on) rec.emit({ type: 'resumed', id: waiter ?? 0, by: fut.id });
    if (!fut.done()) throw pyError(ctx.realm, 'RuntimeError', "await wasn't used with future");
  }
  return fut.result();
}

/** What `fut.__await__()` returns to Python code (a `_asyncio.FutureIter`). */
export class FutureIter extends PyInstance {
  constructor(
    ctx: PyModelContext,
    readonly future: Future,
  ) {
    super(ctx.cls.future);
  }
  override get typeName(): string {
    return 'FutureIter';
  }
}

/** A bare `yield` (tasks.__sleep0): the task that drives us goes once more through `_ready`. */
export function* sleep0(ctx: PyModelContext): AwaitGen {
  const rec = ctx.realm.rec;
  const waiter = rec.current;
  if (rec.on) rec.emit({ type: 'awaited', id: waiter ?? 0, what: 'sleep(0)' });
  yield undefined;
  if (rec.on) rec.emit({ type: 'resumed', id: waiter ?? 0 });
  return undefined;
}

