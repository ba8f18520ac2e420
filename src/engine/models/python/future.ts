/**
 * asyncio.Future (Lib/asyncio/futures.py; C: Modules/_asynciomodule.c FutureObj).
 *
 * Ordering rules (docs/semantics.md §2.2):
 *  - set_result / set_exception / cancel pass every done callback to `call_soon`, in
 *    registration order; nothing runs inside the call itself.
 *  - add_done_callback on a future that is already done is an immediate `call_soon`.
 *  - `await fut` yields the future (flagged `_asyncio_future_blocking`) only while it is
 *    pending (await.ts); the Task that receives it registers its `__wakeup` as a done
 *    callback, so the task resumes 1 iteration after the future completes.
 *
 * `__log_traceback` is set by set_exception and cleared by result()/exception()/cancel();
 * a future still flagged at the end of the run is reported as "exception was never
 * retrieved" (warnings.ts), as Future.__del__ does.
 */
import { None, PyClass, PyInstance, type Value } from '../../runtime/values';
import type { InvocationKind } from '../../events/types';
import type { PyModelContext } from './context';
import type { EventLoop } from './event-loop';
import { CallbackHandle, Handle } from './handles';
import {
  errorSummary,
  isExceptionClass,
  isExceptionInstance,
  isNone,
  isPythonValue,
  pyError,
  pyException,
  pyExceptionArgs,
  recordResolved,
  Thrown,
} from './host';

export const PENDING = 0;
export const CANCELLED = 1;
export const FINISHED = 2;

export interface DoneCallback {
  fn: (fut: Future) => void;
  /** Invocation id the callback runs as (a task's id for `__wakeup`). */
  item: number;
  label: string;
  /** The Python callable, for remove_done_callback. */
  py?: Value;
  /** How the repr lists one of asyncio's own callbacks (`Task.task_wakeup()`): reprs.ts. */
  desc?: string;
}

/** A done callback's own `_ready` entry: a new Handle, unless the callback is one (handles.ts). */
function handleFor(cb: DoneCallback, fut: Future): Handle {
  if (cb instanceof CallbackHandle) {
    cb.arg = fut;
    return cb;
  }
  const h = new Handle(cb.fn, fut, cb.item, cb.label);
  // A user's callable: its repr and the exception handler's context name it.
  if (cb.py !== undefined) h.callback = cb.py;
  return h;
}

/** `Future.bits`: the state in the low two bits, then the flags. */
const STATE_MASK = 3;
/** `_asyncio_future_blocking`. */
const BLOCKING = 4;
/** `__log_traceback`. */
const LOG_TRACEBACK = 8;
/** `_GatheringFuture._cancel_requested`. */
const CANCEL_REQUESTED = 16;
/** Finished with an exception: `value` is the exception. */
const HAS_EXCEPTION = 32;

/** What few futures need: a cancellation's message and the CancelledError to re-raise. */
class CancelState {
  message: Value = None;
  /** `_cancelled_exc`: the CancelledError a task's coroutine raised, re-raised by result(). */
  exc: Value = undefined;
}

/**
 * A future is made at every async call under promisio (its task, its TaskPromise's future,
 * the await's) and at every `await` of one, and a task that waits keeps its future alive:
 * its state is held in few fields (issue 10, allocation per task step). The state and flags
 * share `bits`; `value` is the result, or the exception once `HAS_EXCEPTION` is set; what only
 * a cancellation needs is in a `CancelState` made at the first one; the model context is the
 * loop's. The fields keep their names as accessors.
 */
export class Future extends PyInstance {
  private bits = PENDING;
  private value: Value = None;
  /**
   * The done callbacks: none, the one (most futures get at most one: no array for it), or
   * an array of two or more. Read them through `callbacks`.
   */
  private cbs: DoneCallback | DoneCallback[] | null = null;
  private cancelState: CancelState | null = null;
  /** Its invocation id; 0 for a future the timeline does not show (no event names it: runner.ts). */
  readonly id: number;
  /** Its invocation's name, and what `await` on it is shown as (awaitedWhat). */
  label: string;

  constructor(
    ctx: PyModelContext,
    readonly loop: EventLoop,
    cls?: PyClass,
    kind: InvocationKind = 'promise',
    label = 'Future',
    id?: number,
  ) {
    super(cls ?? ctx.cls.future);
    this.label = label;
    this.id = id ?? ctx.invocation(kind, label);
  }

  /** The run's model context (one for every loop of the run). */
  get ctx(): PyModelContext {
    return this.loop.ctx;
  }

  get state(): number {
    return this.bits & STATE_MASK;
  }

  private set state(s: number) {
    this.bits = (this.bits & ~STATE_MASK) | s;
  }

  get resultValue(): Value {
    return (this.bits & HAS_EXCEPTION) !== 0 ? None : this.value;
  }

  get exceptionValue(): Value {
    return (this.bits & HAS_EXCEPTION) !== 0 ? this.value : undefined;
  }

  /** `_asyncio_future_blocking`. */
  get blocking(): boolean {
    return (this.bits & BLOCKING) !== 0;
  }

  set blocking(b: boolean) {
    this.bits = b ? this.bits | BLOCKING : this.bits & ~BLOCKING;
  }

  get logTraceback(): boolean {
    return (this.bits & LOG_TRACEBACK) !== 0;
  }

  set logTraceback(b: boolean) {
    this.bits = b ? this.bits | LOG_TRACEBACK : this.bits & ~LOG_TRACEBACK;
  }

  /** `_GatheringFuture._cancel_requested`. */
  get cancelRequested(): boolean {
    return (this.bits & CANCEL_REQUESTED) !== 0;
  }

  set cancelRequested(b: boolean) {
    this.bits = b ? this.bits | CANCEL_REQUESTED : this.bits & ~CANCEL_REQUESTED;
  }

  get cancelMessage(): Value {
    return this.cancelState === null ? None : this.cancelState.message;
  }

  set cancelMessage(m: Value) {
    (this.cancelState ??= new CancelState()).message = m;
  }

  /** `_cancelled_exc`: the CancelledError a task's coroutine raised, re-raised by result(). */
  get cancelledExc(): Value {
    return this.cancelState === null ? undefined : this.cancelState.exc;
  }

  set cancelledExc(e: Value) {
    (this.cancelState ??= new CancelState()).exc = e;
  }

  /** `awaited.what` for an await of this future: `Future`, `sleep(0.1)`, `gather(2)`, `Promise`, `Queue.get`. */
  awaitedWhat(): string {
    return this.label;
  }

  done(): boolean {
    return this.state !== PENDING;
  }

  cancelled(): boolean {
    return this.state === CANCELLED;
  }

  /** `_make_cancelled_error`. */
  makeCancelledError(): Value {
    if (this.cancelledExc !== undefined) {
      const exc = this.cancelledExc;
      this.cancelledExc = undefined;
      return exc;
    }
    const msg = this.cancelMessage;
    // The message is the exception's argument as given (`CancelledError(123)`), not its str.
    return pyExceptionArgs(this.ctx.realm, this.ctx.cls.cancelledError, isNone(msg) ? [] : [msg]);
  }

  /**
   * The wording is the C `_asyncio.Future`'s (future_result: "Result is not set."), the class
   * asyncio really uses; the pure-Python futures.py says "Result is not ready.".
   */
  result(): Value {
    if (this.state === CANCELLED) throw new Thrown(this.makeCancelledError());
    if (this.state !== FINISHED) throw pyError(this.ctx.realm, this.ctx.cls.invalidStateError, 'Result is not set.');
    this.clearLogTraceback();
    if (this.exceptionValue !== undefined) throw new Thrown(this.exceptionValue);
    return this.resultValue;
  }

  exception(): Value {
    if (this.state === CANCELLED) throw new Thrown(this.makeCancelledError());
    if (this.state !== FINISHED) throw pyError(this.ctx.realm, this.ctx.cls.invalidStateError, 'Exception is not set.');
    this.clearLogTraceback();
    return this.exceptionValue === undefined ? None : this.exceptionValue;
  }

  clearLogTraceback(): void {
    if (this.logTraceback) {
      this.logTraceback = false;
      this.ctx.unretrieved.delete(this);
    }
  }

  /** Public `set_result`: InvalidStateError when already done (C wording `invalid state`). */
  setResult(v: Value): void {
    if (this.state !== PENDING) throw pyError(this.ctx.realm, this.ctx.cls.invalidStateError, 'invalid state');
    this.finishResult(v);
  }

  /**
   * C future_set_exception: `invalid state` when done; an exception class is instantiated;
   * anything that is not then an exception instance is `TypeError: invalid exception object`
   * (a JS value, from a cross-language program, passes: it is that language's error).
   */
  setException(exc: Value): void {
    if (this.state !== PENDING) throw pyError(this.ctx.realm, this.ctx.cls.invalidStateError, 'invalid state');
    const realm = this.ctx.realm;
    if (exc instanceof PyClass && isExceptionClass(realm, exc)) {
      exc = realm.py.callClass(exc, { positional: [] });
      if (this.state !== PENDING) throw pyError(realm, this.ctx.cls.invalidStateError, 'invalid state');
    }
    if (isPythonValue(exc) && !isExceptionInstance(realm, exc)) throw pyError(realm, 'TypeError', 'invalid exception object');
    if (exc instanceof PyInstance && exc.cls.name === 'StopIteration') {
      exc = pyException(realm, 'RuntimeError', 'StopIteration interacts badly with generators and cannot be raised into a Future');
    }
    this.finishException(exc);
  }

  finishResult(v: Value): void {
    this.value = v;
    this.state = FINISHED;
    const rec = this.ctx.realm.rec;
    if (rec.on && this.id !== 0) recordResolved(this.ctx.realm, this.id, v);
    this.scheduleCallbacks();
  }

  finishException(exc: Value): void {
    this.value = exc;
    this.bits |= HAS_EXCEPTION;
    this.state = FINISHED;
    const rec = this.ctx.realm.rec;
    if (rec.on && this.id !== 0) rec.emit({ type: 'rejected', id: this.id, error: errorSummary(this.ctx.realm, exc) });
    this.scheduleCallbacks();
    this.logTraceback = true;
    this.ctx.unretrieved.add(this);
  }

  /** Future.cancel (a Task overrides it). */
  cancel(msg: Value = None): boolean {
    this.clearLogTraceback();
    return this.cancelFuture(msg);
  }

  protected cancelFuture(msg: Value): boolean {
    if (this.state !== PENDING) return false;
    this.state = CANCELLED;
    this.cancelMessage = msg;
    const rec = this.ctx.realm.rec;
    if (rec.on && this.id !== 0) rec.emit({ type: 'cancelled', id: this.id });
    this.scheduleCallbacks();
    return true;
  }

  /** The done callbacks, in registration order (a copy: for reading). */
  get callbacks(): readonly DoneCallback[] {
    const cbs = this.cbs;
    return cbs === null ? [] : Array.isArray(cbs) ? cbs.slice() : [cbs];
  }

  private setCallbacks(list: DoneCallback[]): void {
    this.cbs = list.length === 0 ? null : list.length === 1 ? list[0]! : list;
  }

  private scheduleCallbacks(): void {
    const cbs = this.cbs;
    if (cbs === null) return;
    this.cbs = null;
    const loop = this.loop;
    if (!Array.isArray(cbs)) loop.callSoonHandle(handleFor(cbs, this));
    else for (const cb of cbs) loop.callSoonHandle(handleFor(cb, this));
  }

  addDoneCallback(cb: DoneCallback): void {
    const cbs = this.cbs;
    if (this.state !== PENDING) this.loop.callSoonHandle(handleFor(cb, this));
    else if (cbs === null) this.cbs = cb;
    else if (Array.isArray(cbs)) cbs.push(cb);
    else this.cbs = [cbs, cb];
  }

  /**
   * remove_done_callback(fn): how many were removed. Callbacks are compared with `==` (C
   * future_remove_done_callback: PyObject_RichCompareBool), so `fut.remove_done_callback(obj.m)`
   * removes the `obj.m` added earlier although each attribute access makes a new bound method.
   */
  removeDoneCallback(py: Value): number {
    const cbs = this.callbacks;
    if (cbs.length === 0) return 0;
    const pyOps = this.ctx.realm.py;
    const kept = cbs.filter((c) => c.py === undefined || !(c.py === py || pyOps.truthy(pyOps.compare('==', c.py, py))));
    this.setCallbacks(kept);
    return cbs.length - kept.length;
  }

  /** Remove asyncio's own callbacks that `match` (shield's `_log_on_exception`, compared by function). */
  removeMatching(match: (cb: DoneCallback) => boolean): void {
    if (this.cbs !== null) this.setCallbacks(this.callbacks.filter((c) => !match(c)));
  }

  /** Internal done callback from a TS closure; returns the entry for `removeCallback`. */
  onDone(fn: (fut: Future) => void, item: number, label: string, desc?: string): DoneCallback {
    const cb = { fn, item, label, desc };
    this.addDoneCallback(cb);
    return cb;
  }

  removeCallback(cb: DoneCallback): void {
    const list = this.callbacks.slice();
    const i = list.indexOf(cb);
    if (i >= 0) {
      list.splice(i, 1);
      this.setCallbacks(list);
    }
  }
}
