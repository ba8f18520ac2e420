/**
 * asyncio.BaseEventLoop (Lib/asyncio/base_events.py) with a virtual clock, as the oracle
 * ran it (tests/conformance/README.md "The event loop: virtual time").
 *
 * Ordering rules (docs/semantics.md §2.1, §2.3):
 *  - `_ready` is a FIFO of handles; `call_soon` appends to it.
 *  - `_scheduled` is a heap keyed by the float deadline `loop.time() + delay` (handles.ts).
 *  - ONE `_run_once` (`runOnce`):
 *      1. drop cancelled timers from the top of the heap;
 *      2. when nothing is ready, "wait" for the earliest deadline: the timeout is
 *         `when - time()` clamped to [0, MAXIMUM_SELECT_TIMEOUT], and the oracle's selector
 *         adds `round(timeout * 1e9)` ns to the clock;
 *      3. `end_time = time() + clock_resolution (1 ns)`: pop every timer whose deadline is
 *         before it and append it to `_ready`, AFTER the entries already there;
 *      4. run exactly the n entries present now, skipping cancelled ones; entries added
 *         meanwhile wait for the next iteration.
 *  - The clock moves 1 ns at every `time()` read, wherever CPython reads it: `call_later`
 *    (and so `sleep`, `wait`, `as_completed`), `_run_once` (steps 2 and 3), `timeout()` and
 *    `Timeout.reschedule` (timeouts.ts), the user's `loop.time()`. So near-ties come out as in
 *    CPython (a task sleeping 0.5 s twice wakes after one that slept 1 s once).
 *  - Timers popped one after the other whose deadlines are within 1 ms are recorded as a
 *    `race` (reason 'near-deadlines'): a real run's order depends on how long the code
 *    between them took. Not for timers created in the same iteration with the same delay:
 *    those keep creation order on every real clock (tests/conformance/README.md "Printing
 *    rule and timer rule"), nor for equal explicit `call_at` deadlines (heapq's order).
 *  - A worker thread's hand-off (threads.ts) is always marked as a race.
 *  - A callback that raises goes to the exception handler and the loop keeps running
 *    (`Handle._run`): the default handler records the warning `Exception in callback: T: m`.
 *  - `run_forever` in a loop that would block forever (nothing ready, no timer) raises the
 *    oracle's `Hang` (driver.ts turns it into `Hang: the program waits forever`).
 *
 * Budget: every handle run costs 1 step of the run's `Budget` (runtime/realm.ts).
 */
import { None, PyInstance, type Value } from '../../runtime/values';
import { inContext, type ContextData } from '../../runtime/python/contextvars';
import type { PyModelContext } from './context';
import { roundHalfEven } from '../../runtime/python/numbers';
import { Handle, handleObject, ReadyQueue, TASK_NAME_PREFIX, TimerHandle, TimerHeap } from './handles';
import { callbackSource } from './reprs';
import { Future } from './future';
import type { Task } from './task';
import { callValue, errorSummary, isExitException, pyError, Thrown } from './host';
import { PY_FRAMES } from './frames';
import { tick } from '../../runtime/realm';

/** Thrown (as a host exception, never catchable by user code) when run_until_complete would wait forever. */
/** base_events.py MAXIMUM_SELECT_TIMEOUT: the longest the selector waits at once (one day). */
const MAXIMUM_SELECT_TIMEOUT = 24 * 3600;
/** Two deadlines closer than this are a near-tie that real runs may order either way (issue 11). */
const RACE_WINDOW = 1e-3;

export class Hang {
  readonly message = 'Hang: the program waits forever';
}

export class EventLoop extends PyInstance {
  readonly ready = new ReadyQueue();
  readonly scheduled = new TimerHeap();
  stopping = false;
  closed = false;
  running = false;
  currentTask: Task | null = null;
  /** `_task_factory`: a Python callable `(loop, coro, **kw)`, or null. */
  taskFactory: Value = null;
  /** `_exception_handler`: a Python callable `(loop, context)`, or null. */
  exceptionHandler: Value = null;
  /** The last timer `runOnce` moved to `_ready` (the `race` mark compares the next one with it). */
  private lastDue: TimerHandle | null = null;

  constructor(readonly ctx: PyModelContext) {
    super(ctx.cls.loop);
  }

  /** `loop.time()`: a clock read (+1 ns). */
  time(): number {
    return this.ctx.loopTime();
  }

  isRunning(): boolean {
    return this.running;
  }

  checkClosed(): void {
    if (this.closed) throw pyError(this.ctx.realm, 'RuntimeError', 'Event loop is closed');
  }

  callSoonHandle(h: Handle): Handle {
    this.ready.push(h);
    const rec = this.ctx.realm.rec;
    // Item 0: an entry of a task the timeline does not show (runner.ts): only its turn is seen.
    if (rec.on && h.item !== 0) {
      if (h.labelNumber >= 0) rec.enqueueNumbered('ready', h.item, TASK_NAME_PREFIX, h.labelNumber);
      else rec.enqueue('ready', h.item, h.label);
    }
    return h;
  }

  /** `call_soon(cb, *args)` from user code: a 'callback' invocation. */
  callSoon(cb: Value, args: Value[], label?: string, context?: ContextData): Handle {
    this.checkClosed();
    const name = label ?? callableName(cb);
    const item = this.ctx.invocation('callback', name);
    const h = new Handle(this.userCallback(cb, args, item, context), undefined, item, name);
    h.callback = cb;
    h.args = args;
    return this.callSoonHandle(h);
  }

  /** A timer at `when` (loop-time seconds); `delay` is NaN for an explicit deadline (handles.ts). */
  callAtTime(when: number, run: () => void, item: number, label: string, delay = NaN): TimerHandle {
    const h = new TimerHandle(run, item, label, when, this.ctx.iterations, delay);
    this.scheduled.push(h);
    const rec = this.ctx.realm.rec;
    if (rec.on && item !== 0) rec.enqueueTimer(item, label, Math.round(when * 1e6) / 1e3);
    return h;
  }

  /** `call_later(delay, ...)` for the model's own callbacks: `call_at(self.time() + delay)`. */
  callLaterFn(delay: number, run: () => void, item: number, label: string): TimerHandle {
    return this.callAtTime(this.time() + delay, run, item, label, delay);
  }

  /** `call_later(delay, cb, *args)` from user code. */
  callLater(delay: number, cb: Value, args: Value[], context?: ContextData): TimerHandle {
    const when = this.time() + delay;
    this.checkClosed();
    const name = callableName(cb);
    const item = this.ctx.invocation('timer', name);
    const h = this.callAtTime(when, this.userCallback(cb, args, item, context), item, name, delay);
    h.callback = cb;
    h.args = args;
    return h;
  }

  /** `call_at(when, cb, *args)` from user code. */
  callAt(when: number, cb: Value, args: Value[], context?: ContextData): TimerHandle {
    this.checkClosed();
    const name = callableName(cb);
    const item = this.ctx.invocation('timer', name);
    const h = this.callAtTime(when, this.userCallback(cb, args, item, context), item, name);
    h.callback = cb;
    h.args = args;
    return h;
  }

  /**
   * `Handle(callback, args, loop, context)`: the callback runs in `context`, by default a copy
   * of the context current when it was scheduled (events.py `Handle.__init__`, contextvars.ts).
   */
  private userCallback(cb: Value, args: Value[], item: number, context?: ContextData): () => void {
    const realm = this.ctx.realm;
    return inContext<void>(this.ctx.rt, context, () => {
      const rec = realm.rec;
      if (rec.on) rec.started(item, undefined);
      callValue(realm, cb, args);
    });
  }

  cancelHandle(h: Handle): void {
    if (h.cancelled) return;
    h.cancelled = true;
    const rec = this.ctx.realm.rec;
    if (rec.on && h instanceof TimerHandle && h.scheduled) rec.emit({ type: 'timer-cancelled', item: h.item });
  }

  createFuture(label = 'Future'): Future {
    return new Future(this.ctx, this, undefined, 'promise', label);
  }

  /** Nothing ready and no live timer: `_run_once` would block forever. */
  isIdle(): boolean {
    if (this.ready.length > 0) return false;
    const heap = this.scheduled;
    while (heap.size > 0 && heap.peek()!.cancelled) heap.pop()!.scheduled = false;
    return heap.size === 0;
  }

  /** One `_run_once` iteration. */
  runOnce(): void {
    const ctx = this.ctx;
    const realm = ctx.realm;
    const rec = realm.rec;
    ctx.iterations++;
    if (rec.on) rec.turn(ctx.iterations);
    const heap = this.scheduled;
    while (heap.size > 0 && heap.peek()!.cancelled) heap.pop()!.scheduled = false;
    const ready = this.ready;
    if (ready.length === 0 && !this.stopping && heap.size > 0) {
      // The oracle's selector: `select(timeout)` adds the timeout to the clock at once.
      let timeout = heap.peek()!.when - this.time();
      if (timeout > MAXIMUM_SELECT_TIMEOUT) timeout = MAXIMUM_SELECT_TIMEOUT;
      if (timeout > 0) ctx.advanceClock(Number(roundHalfEven(timeout * 1e9)));
    }
    const endTime = this.time() + 1e-9;
    // `if handle._when >= end_time: break`: written the same way, so a NaN deadline runs now.
    while (heap.size > 0 && !(heap.peek()!.when >= endTime)) {
      const t = heap.pop()!;
      t.scheduled = false;
      if (rec.on && t.item !== 0) rec.dequeue('timer', t.item);
      if (t.cancelled) continue;
      if (rec.on) this.markRace(t);
      this.callSoonHandle(t);
    }
    const budget = realm.budget;
    const n = ready.length;
    // A turn that runs nothing (a timer a day or more away, MAXIMUM_SELECT_TIMEOUT) still
    // costs a step, so a loop that only waits is stopped by the budget like any other.
    if (n === 0) tick(budget, undefined);
    // `_run_once` → `Handle._run`: the Python frames below every callback (call-stack.ts).
    const stack = realm.stack;
    const below = stack.depth;
    stack.depth = below + PY_FRAMES.loopCallback;
    try {
      for (let i = 0; i < n; i++) {
        const h = ready.shift();
        if (h.cancelled) continue;
        tick(budget, undefined);
        if (rec.on && h.item !== 0) rec.dequeue('ready', h.item);
        const prev = rec.current;
        rec.current = h.item;
        try {
          h.run();
        } catch (e) {
          if (!(e instanceof Thrown) || isExitException(realm, e.value)) throw e;
          // Handle._run's context; its message names the callback (format_helpers._format_callback_source).
          this.callExceptionHandler(
            () => [
              ['message', `Exception in callback ${h.callback !== undefined ? callbackSource(realm, h.callback) : `${h.label}()`}`],
              ['exception', e.value],
              ['handle', handleObject(this.ctx, this, h)],
            ],
            `Exception in callback: ${errorSummary(realm, e.value)}`,
          );
        } finally {
          rec.current = prev;
        }
      }
    } finally {
      stack.depth = below;
    }
  }

  /** Record a `race` when `t` became due within 1 ms of the timer before it (see the header). */
  private markRace(t: TimerHandle): void {
    const last = this.lastDue;
    this.lastDue = t;
    if (t.handOff && t.item !== 0) {
      // A worker thread's hand-off (threads.ts): where it lands among the loop's entries is
      // a matter of real thread timing. Paired with the entry queued just before it, else
      // with the code that submitted the work.
      let before = last !== null && t.when - last.when < RACE_WINDOW ? last.item : t.handOffFrom;
      for (const h of this.ready) if (h.item !== 0) before = h.item;
      if (before !== 0 && before !== t.item)
        this.ctx.realm.rec.emit({ type: 'race', first: before, second: t.item, reason: 'near-deadlines' });
      return;
    }
    if (last === null || t.when - last.when >= RACE_WINDOW) return;
    if (last.createdTurn === t.createdTurn && last.delay === t.delay) return;
    if (Number.isNaN(last.delay) && Number.isNaN(t.delay) && last.when === t.when) return;
    if (last.item === 0 || t.item === 0) return;
    this.ctx.realm.rec.emit({ type: 'race', first: last.item, second: t.item, reason: 'near-deadlines' });
  }

  /**
   * `call_exception_handler(context)`: a user handler gets `(loop, context)`, the dict CPython's
   * caller builds, in its order (`message`, `exception` and what it is about: `handle`,
   * `future`, `task`, `asyncgen`), or the dict user code passed; the default one records the
   * warning text the oracle's harness captured.
   */
  callExceptionHandler(entries: [string, Value][] | (() => [string, Value][]) | Value, warning: string, id?: number): void {
    const realm = this.ctx.realm;
    if (this.exceptionHandler !== null && this.exceptionHandler !== None) {
      // The context is made only for a user's handler (a callback's repr runs its __qualname__ lookups).
      const made = typeof entries === 'function' ? entries() : entries;
      const context = Array.isArray(made) ? realm.py.makeDict(made as [string, Value][]) : made;
      try {
        callValue(realm, this.exceptionHandler, [this, context]);
      } catch (e) {
        if (!(e instanceof Thrown)) throw e;
        realm.warn(`Unhandled error in exception handler: ${errorSummary(realm, e.value)}`, id);
      }
      return;
    }
    realm.warn(warning, id);
  }

  /** `run_forever`, nested inside the current synchronous call (script mode). */
  runForever(): void {
    this.checkClosed();
    const ctx = this.ctx;
    if (this.running) throw pyError(ctx.realm, 'RuntimeError', 'This event loop is already running');
    if (ctx.running !== null) throw pyError(ctx.realm, 'RuntimeError', 'Cannot run the event loop while another loop is running');
    this.running = true;
    ctx.running = this;
    const stack = ctx.realm.stack;
    const below = stack.depth;
    stack.depth = below + PY_FRAMES.runForever;
    try {
      for (;;) {
        if (!this.stopping && this.isIdle()) throw new Hang();
        this.runOnce();
        if (this.stopping) break;
      }
    } finally {
      stack.depth = below;
      this.stopping = false;
      this.running = false;
      ctx.running = null;
    }
  }

  stop(): void {
    this.stopping = true;
  }

  close(): void {
    if (this.running) throw pyError(this.ctx.realm, 'RuntimeError', 'Cannot close a running event loop');
    if (this.closed) return;
    this.closed = true;
    this.ready.clear();
    this.scheduled.clear();
  }
}

/** A readable name for a callback (events and labels). */
export function callableName(cb: Value): string {
  if (cb instanceof Object && 'name' in cb && typeof (cb as { name: unknown }).name === 'string') {
    return (cb as { name: string }).name || 'callback';
  }
  if (cb instanceof Object && 'fn' in cb) return callableName((cb as { fn: Value }).fn);
  return 'callback';
}

/** `events.get_running_loop()`. */
export function getRunningLoop(ctx: PyModelContext): EventLoop {
  if (ctx.running === null) throw pyError(ctx.realm, 'RuntimeError', 'no running event loop');
  return ctx.running;
}

/** `events.get_event_loop()` (3.14): the running loop, else the policy's current loop, else RuntimeError. */
export function getEventLoop(ctx: PyModelContext): EventLoop {
  if (ctx.running !== null) return ctx.running;
  if (ctx.current !== null) return ctx.current;
  throw pyError(ctx.realm, 'RuntimeError', "There is no current event loop in thread 'MainThread'.");
}
