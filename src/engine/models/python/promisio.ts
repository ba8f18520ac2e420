/**
 * promisio 0.3.dev0 (github.com/miguelgrinberg/promisio, commit f1f0c35): `Promise`,
 * `TaskPromise` and the handler plumbing, hop for hop (docs/semantics.md §4).
 *
 *  - A Promise wraps one asyncio Future (created with `asyncio.Future()`: the running loop,
 *    else the current loop, else RuntimeError). The executor runs synchronously in the
 *    constructor with `_resolve`/`_reject` = the future's set_result/set_exception, so an
 *    exception in the executor escapes the constructor and a second resolve raises
 *    InvalidStateError.
 *  - `then(a, b)` makes a new Promise and registers a done callback: each handler runs
 *    1 iteration after settlement; its result settles the derived promise at once, or, when
 *    it is a promisio Promise, through that promise's `then` (+1). A coroutine is just a value.
 *  - `catch(f)` = `then(None, f)`; `finally_(f)` = `then(g, g)` with `g = lambda _: f()`, so the
 *    derived promise takes f's return value and a rejection is swallowed.
 *  - `await p` waits on the future of `p.catch(reraise)`: 2 iterations after settlement.
 *  - `Promise.resolve(x)`: a Promise → a NEW promise chained through `then` (+1); a Task → a
 *    TaskPromise settled by a done callback on the task; anything else (a coroutine, a plain
 *    Future) → already resolved with that value.
 */
import { None, PyInstance, type PyClass, type Value } from '../../runtime/values';
import type { PyModelContext } from './context';
import { getEventLoop } from './event-loop';
import { Future } from './future';
import { Task } from './task';
import { CallbackHandle } from './handles';
import { callValue, Thrown } from './host';

/** A handler: a Python/JS callable, or one of the library's own lambdas. */
export type Handler = Value | ((v: Value) => Value);

/** `_reject` of `Promise.__await__` (one function for every await: it captures nothing). */
function reraise(e: Value): Value {
  throw new Thrown(e);
}

export class Promise extends PyInstance {
  readonly future: Future;

  constructor(
    readonly ctx: PyModelContext,
    cls?: PyClass,
  ) {
    super(cls ?? ctx.cls.promise);
    this.future = new Future(ctx, getEventLoop(ctx), undefined, 'promise', 'Promise');
  }

  /** `Promise(f)`: the executor runs now, with the bound `_resolve` / `_reject`. */
  runExecutor(executor: Value, resolveFn: Value, rejectFn: Value): void {
    callValue(this.ctx.realm, executor, [resolveFn, rejectFn]);
  }

  resolve(v: Value): Value {
    this.future.setResult(v);
    return None;
  }

  reject(e: Value): Value {
    this.future.setException(e);
    return None;
  }

  then(onResolved: Handler, onRejected: Handler): Promise {
    const promise = new Promise(this.ctx);
    const target = promise.future;
    this.future.addDoneCallback(new Reaction(this.ctx, onResolved, onRejected, target, target.id, 'then'));
    return promise;
  }

  catch(onRejected: Handler): Promise {
    return this.then(None, onRejected);
  }

  finally_(onSettled: Value): Promise {
    const realm = this.ctx.realm;
    const g = (_: Value): Value => callValue(realm, onSettled, []);
    return this.then(g, g);
  }

  /**
   * `__await__`: `self.catch(_reject).future.__await__()`; returns that future. The derived
   * Promise is not made: nothing but its future is ever reached (the catch's handlers never
   * return a Promise to chain through: `_reject` always raises), and a Promise's `resolve` /
   * `reject` are its future's `set_result` / `set_exception`. Its future is made where the
   * Promise would have made it (same invocation ids).
   */
  awaitFuture(): Future {
    const target = new Future(this.ctx, getEventLoop(this.ctx), undefined, 'promise', 'Promise');
    this.future.addDoneCallback(new Reaction(this.ctx, None, reraise, target, target.id, 'then'));
    return target;
  }

  cancel(): boolean {
    return this.future.cancel();
  }

  cancelled(): boolean {
    return this.future.cancelled();
  }
}

export class TaskPromise extends Promise {
  constructor(
    ctx: PyModelContext,
    readonly task: Task,
  ) {
    super(ctx, ctx.cls.taskPromise);
  }

  override cancel(): boolean {
    return this.task.cancel();
  }

  override cancelled(): boolean {
    return this.task.cancelled();
  }
}

function isCallable(ctx: PyModelContext, h: Handler): boolean {
  if (typeof h === 'function') return true;
  if (h === None || h === null || h === undefined) return false;
  return ctx.realm.interp.isCallable(h);
}

function callHandler(ctx: PyModelContext, h: Handler, v: Value): Value {
  if (typeof h === 'function') return h(v);
  return callValue(ctx.realm, h, [v]);
}

/**
 * `Promise._handle_callback`. `promise` is the derived promise's future: its `_resolve` /
 * `_reject` are that future's `set_result` / `set_exception` (None returned, as theirs).
 */
function handleCallback(ctx: PyModelContext, result: Value, callback: Handler, promise: Future, resolve: boolean): void {
  if (isCallable(ctx, callback)) {
    try {
      const callbackResult = callHandler(ctx, callback, result);
      if (callbackResult instanceof Promise) {
        callbackResult.then(
          (res) => (promise.setResult(res), None),
          (err) => (promise.setException(err), None),
        );
      } else {
        promise.setResult(callbackResult);
      }
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      promise.setException(e.value);
    }
  } else if (resolve) {
    promise.setResult(result);
  } else {
    promise.setException(result);
  }
}

/** `Promise._handle_done`: the done callback behind every `then`; `promise`: the derived promise's future. */
export function handleDone(ctx: PyModelContext, onResolved: Handler, onRejected: Handler, promise: Future, fut: Future): void {
  let result: Value;
  try {
    result = fut.result();
    handleCallback(ctx, result, onResolved, promise, true);
  } catch (e) {
    if (!(e instanceof Thrown)) throw e;
    handleCallback(ctx, e.value, onRejected, promise, false);
  }
}

/**
 * The done callback `then` registers (`functools.partial(self._handle_done, ...)`), as its
 * own `_ready` entry (handles.ts CallbackHandle): one object per `then` instead of a
 * closure, its context, the callback record and a Handle.
 */
class Reaction extends CallbackHandle {
  constructor(
    private readonly ctx: PyModelContext,
    private readonly onResolved: Handler,
    private readonly onRejected: Handler,
    /** The derived promise's future. */
    private readonly target: Future,
    item: number,
    label: string,
  ) {
    super(item, label);
  }

  override run(): void {
    handleDone(this.ctx, this.onResolved, this.onRejected, this.target, this.arg as Future);
  }
}

/** `Promise.resolve(value)`. */
export function promiseResolve(ctx: PyModelContext, value: Value): Promise {
  if (value instanceof Promise) {
    const promise = new Promise(ctx);
    value.then(
      (res) => promise.resolve(res),
      (err) => promise.reject(err),
    );
    return promise;
  }
  if (value instanceof Task) {
    const promise = new TaskPromise(ctx, value);
    const target = promise.future;
    value.addDoneCallback(new Reaction(ctx, None, None, target, target.id, 'TaskPromise'));
    return promise;
  }
  const promise = new Promise(ctx);
  promise.resolve(value);
  return promise;
}

/** `Promise.reject(reason)`. */
export function promiseReject(ctx: PyModelContext, reason: Value): Promise {
  const promise = new Promise(ctx);
  promise.reject(reason);
  return promise;
}
