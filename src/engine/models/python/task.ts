/**
 * asyncio.Task (Lib/asyncio/tasks.py `Task.__init__`, `__step`, `__step_run_and_handle_result`,
 * `__wakeup`, `__eager_start`; C: task_step_impl, task_wakeup, task_eager_start).
 *
 * Ordering rules (docs/semantics.md §2.2, §2.7, §3):
 *  - `Task(coro)` does `call_soon(__step)`: the body starts in the next iteration, behind
 *    everything already in `_ready` — unless the task is eager and the loop is running:
 *    then its first step runs synchronously inside the constructor (§3), and a task that
 *    finishes there is never scheduled nor registered.
 *  - `__step` turns a pending cancel request (`_must_cancel`) into a CancelledError thrown
 *    into the coroutine, then sends/throws and handles the outcome:
 *      StopIteration → set_result; CancelledError → cancelled; other exception → set_exception;
 *      a blocking Future → add_done_callback(__wakeup), `_fut_waiter = fut`;
 *      a bare yield (sleep(0)) → call_soon(__step); anything else → call_soon(__step, RuntimeError).
 *  - `__wakeup` is itself the done callback and calls `__step` directly: a task resumes
 *    1 iteration after the future it awaits completes.
 *  - `cancel()`: False when done; cancels `_fut_waiter` when there is one (the CancelledError
 *    arrives at the await one iteration later), else sets `_must_cancel`.
 */
import { None, type PyClass, type Value } from '../../runtime/values';
import type { Pos } from '../../events/types';
import type { PyModelContext } from './context';
import type { EventLoop } from './event-loop';
import { Future } from './future';
import { CallbackHandle, Handle, TASK_NAME_PREFIX } from './handles';
import type { Coroutine } from './coroutine';
import { isExitException, isInstanceOf, pyException, reprOf, Thrown } from './host';
import { TASK_WAKEUP } from './reprs';
import { cutChain, resumeChain, SEG_DOWN, type Segment } from './await-segments';
import { ContextData, copyCurrentContext, enterContext, exitContext } from '../../runtime/python/contextvars';

export interface TaskOptions {
  name?: string;
  eager?: boolean;
  cls?: PyClass;
  /** Where the task was created (the create_task / gather / ensure_future call): its `started` event. */
  site?: Pos;
  /** `context=`: the context every step runs in (default: a copy of the current one). */
  context?: ContextData;
  /**
   * The constructor leaves the first step to the caller's `begin()`: an eager task's first
   * step then runs one host frame shallower, outside the constructor's (issue 10, recursion
   * depth: eager `await create_task(f())` recursion holds every level's frames on the host
   * stack, and a worker's stack ended it at 127 of CPython's 248 levels).
   */
  deferStart?: boolean;
}

const NO_OPTIONS: TaskOptions = Object.freeze({});

/** `Task.flags`. */
const MUST_CANCEL = 1;
/** In ctx.pendingTasks (linked-set.ts). */
const LINKED = 2;
const LOG_DESTROY_PENDING = 4;
const CORO_DROPPED = 8;
/** Its first `__step` ran (events: `started` vs `resumed`). */
const STEPPED = 16;

/**
 * The task's booleans share `flags` and keep their names as accessors: a task is made at
 * every async call under promisio and lives as long as its coroutine waits (issue 10,
 * what a suspended task keeps alive).
 */
export class Task extends Future {
  /** `get_name()`; set through `rename` (`set_name`), which keeps `nameNumber` true. */
  name: string;
  /** N while the name is the default `Task-N`, else -1 (handles.ts `Handle.labelNumber`). */
  nameNumber = -1;
  futWaiter: Future | null = null;
  numCancelsRequested = 0;
  /** Links of ctx.pendingTasks (linked-set.ts), while registered and not done. */
  linkPrev: Task | null = null;
  linkNext: Task | null = null;
  private flags = LOG_DESTROY_PENDING;
  /** Events: where the task was created. */
  private readonly site: Pos | undefined;
  /**
   * The `__step` handle, reused for the next step once the loop has run it: a task takes
   * a trip through `_ready` at every `sleep(0)`, and a new handle each time was one more
   * object per step kept alive until the loop reached it (issue 10). The handle is never
   * handed to user code, so nothing can tell. `stepsQueued` counts this task's step handles
   * in `_ready`; only when none is there is the last one free (a closed loop drops its
   * queue without running it: then a fresh handle is made, as before).
   */
  private stepHandle: TaskStepHandle | null = null;
  private stepsQueued = 0;
  /**
   * `_context`: what every step runs in (contextvars.ts). null when the task was made before
   * the program imported contextvars: it gets an empty one at its first step after that.
   */
  context: ContextData | null;
  /** The segments of its coroutine's await chain while it is cut (await-segments.ts), else null. */
  segments: Segment[] | null = null;

  /** `site` (events): `opts.site`, passed apart by the callers that have no other option. */
  constructor(
    ctx: PyModelContext,
    loop: EventLoop,
    readonly coro: Coroutine,
    opts: TaskOptions = NO_OPTIONS,
    site: Pos | undefined = opts.site,
  ) {
    // asyncio.run's own cleanup tasks get no invocation (id 0) and record nothing (runner.ts).
    super(ctx, loop, opts.cls ?? ctx.cls.task, 'task', coro.name, coro === ctx.hiddenCoro ? 0 : undefined);
    if (opts.name === undefined) {
      this.nameNumber = ++ctx.taskCounter;
      this.name = `${TASK_NAME_PREFIX}${this.nameNumber}`;
    } else this.name = opts.name;
    this.site = site;
    this.context = opts.context ?? copyCurrentContext(ctx.rt);
    if (opts.deferStart !== true) this.begin(opts.eager === true);
  }

  /** The end of `Task.__init__`: the eager first step now, or the first step scheduled. */
  begin(eager: boolean): void {
    if (eager && this.loop.isRunning()) {
      this.eagerStart();
    } else {
      this.scheduleStep(undefined);
      this.ctx.pendingTasks.add(this);
    }
  }

  /** `_must_cancel`. */
  get mustCancel(): boolean {
    return (this.flags & MUST_CANCEL) !== 0;
  }

  set mustCancel(b: boolean) {
    this.flags = b ? this.flags | MUST_CANCEL : this.flags & ~MUST_CANCEL;
  }

  /** In ctx.pendingTasks (linked-set.ts). */
  get linked(): boolean {
    return (this.flags & LINKED) !== 0;
  }

  set linked(b: boolean) {
    this.flags = b ? this.flags | LINKED : this.flags & ~LINKED;
  }

  /** `_log_destroy_pending`: gather() clears it for the children it creates. */
  get logDestroyPending(): boolean {
    return (this.flags & LOG_DESTROY_PENDING) !== 0;
  }

  set logDestroyPending(b: boolean) {
    this.flags = b ? this.flags | LOG_DESTROY_PENDING : this.flags & ~LOG_DESTROY_PENDING;
  }

  /**
   * `_coro` cleared: a task that finished inside its eager first step drops its coroutine
   * (tasks.py __eager_start `self._coro = None`; C task_eager_start clear_task_coro), so
   * `get_coro()` is None and the repr has no `coro=`.
   */
  get coroDropped(): boolean {
    return (this.flags & CORO_DROPPED) !== 0;
  }

  private get stepped(): boolean {
    return (this.flags & STEPPED) !== 0;
  }

  /** `set_name(value)`. */
  rename(name: string): void {
    this.name = name;
    this.nameNumber = -1;
  }

  /** `Task fetch`: the lane's name is the coroutine's; an await of it says it is a task. */
  override awaitedWhat(): string {
    return `Task ${this.coro.name}`;
  }

  private scheduleStep(exc: Value | undefined): void {
    let h = this.stepHandle;
    if (h === null || this.stepsQueued !== 0) {
      h = new TaskStepHandle(this, exc);
      this.stepHandle = h;
    } else {
      h.arg = exc;
      // `set_name()` may have renamed the task since (the enqueue event's label).
      h.label = this.name;
      h.labelNumber = this.nameNumber;
    }
    this.stepsQueued++;
    this.loop.callSoonHandle(h);
  }

  /** What the loop runs for a `__step` handle of this task (TaskStepHandle). */
  runStepHandle(exc: Value | undefined): void {
    this.stepsQueued--;
    this.step(exc);
  }

  /**
   * `__eager_start` (§3): one step now, with this task as the current task. Called by `begin`,
   * or by a creator that made the task with `deferStart` while the loop runs (tasks-api.ts
   * eagerTaskFactory: one host frame less per level of eager recursion).
   */
  eagerStart(): void {
    const loop = this.loop;
    const prev = loop.currentTask;
    const rec = this.ctx.realm.rec;
    const prevCurrent = rec.current;
    // The creating call's positions must not leak into what the first step records.
    const ctx = this.ctx;
    const prevSite = ctx.taskSite;
    const prevAwaitSite = ctx.awaitSite;
    ctx.taskSite = undefined;
    ctx.awaitSite = undefined;
    loop.currentTask = this;
    rec.current = this.id;
    this.flags |= STEPPED;
    if (rec.on && this.id !== 0) rec.started(this.id, this.site);
    try {
      // stepInContext's test here: one host frame less per level of eager recursion.
      if (ctx.rt.contexts === null) this.stepRunAndHandleResult(undefined);
      else this.stepInContext(undefined);
    } catch (e) {
      // SystemExit raised out of the task (isExitException): it is done, its coroutine dropped.
      // Nothing else here: a host stack overflow unwinding through every level of eager
      // recursion must find the task as it was (a pending task left behind hung the run).
      if (e instanceof Thrown && this.done()) this.flags |= CORO_DROPPED;
      throw e;
    } finally {
      loop.currentTask = prev;
      rec.current = prevCurrent;
      ctx.taskSite = prevSite;
      ctx.awaitSite = prevAwaitSite;
    }
    if (!this.done()) this.ctx.pendingTasks.add(this);
    else this.flags |= CORO_DROPPED;
  }

  /**
   * `__step`. Events: the task's lane mirrors its coroutine: `started` at the first step,
   * `resumed` (by the future whose completion woke it, `by`) at every later one, and
   * `awaited` each time a step ends with the coroutine suspended (recordSuspend).
   */
  step(exc: Value | undefined, by?: number): void {
    if (this.done()) return;
    if (this.mustCancel) {
      if (exc === undefined || !isInstanceOf(exc, this.ctx.cls.cancelledError)) exc = this.makeCancelledError();
      this.mustCancel = false;
    }
    this.futWaiter = null;
    const loop = this.loop;
    const rec = this.ctx.realm.rec;
    const prevCurrent = rec.current;
    rec.current = this.id;
    loop.currentTask = this;
    if (rec.on) this.ctx.resumeBy = by;
    if (rec.on && this.id !== 0) {
      // A model-owned coroutine (create_task(q.get()), create_task(asyncio.sleep(1))) runs
      // as the task itself: its own await records the task's awaited/resumed pair.
      if (this.stepped) {
        if (!this.coro.quiet) rec.resumed(this.id, by);
      } else rec.started(this.id, this.site);
    }
    this.flags |= STEPPED;
    try {
      this.stepInContext(exc);
    } finally {
      loop.currentTask = null;
      rec.current = prevCurrent;
    }
  }

  /** `self._context.run(self.__step_run_and_handle_result, exc)`, once contextvars is in use. */
  private stepInContext(exc: Value | undefined): void {
    const cs = this.ctx.rt.contexts;
    if (cs === null) {
      this.stepRunAndHandleResult(exc);
      return;
    }
    const prev = enterContext(this.ctx.rt, cs, (this.context ??= new ContextData()));
    try {
      this.stepRunAndHandleResult(exc);
    } finally {
      exitContext(cs, prev);
    }
  }

  private stepRunAndHandleResult(exc: Value | undefined): void {
    const ctx = this.ctx;
    let r: IteratorResult<unknown, Value>;
    try {
      // `resume`, not `throw`: a coroutine's `throw` is its awaiting body's (coroutine.ts). A chain
      // cut into segments is resumed a segment at a time (await-segments.ts); one that is not is
      // resumed from this frame, the task as its driver: no host frame in between, since an eager
      // task's first step runs inside the call that made it, and eager `await create_task(f())`
      // recursion holds every level's frames on the host stack (issue 10, recursion depth).
      const isThrow = exc !== undefined;
      const v = isThrow ? new Thrown(exc) : undefined;
      if (this.segments !== null) r = resumeChain(ctx, this, isThrow, v);
      else {
        const base = ctx.stack.depth;
        ctx.seg.enter(base, ctx.stack.handDriven);
        try {
          r = this.coro.resume(isThrow, v);
        } finally {
          ctx.seg.leave();
        }
        if (r.value === SEG_DOWN && r.done !== true) r = cutChain(ctx, this, base, isThrow, v);
      }
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      if (isInstanceOf(e.value, ctx.cls.cancelledError)) {
        this.cancelledExc = e.value;
        this.cancelFuture(None);
      } else {
        if (this === ctx.mainTask) ctx.mainThrown = e;
        this.finishException(e.value);
        if (isExitException(ctx.realm, e.value)) throw e;
      }
      return;
    }
    if (r.done) {
      if (this.mustCancel) {
        this.mustCancel = false;
        this.cancelFuture(this.cancelMessage);
      } else {
        this.finishResult(r.value);
      }
      return;
    }
    const result = r.value;
    if (ctx.realm.rec.on && this.id !== 0 && !this.coro.quiet) this.recordSuspend(result);
    if (result instanceof Future) {
      if (result.loop !== this.loop) {
        this.scheduleStep(
          this.runtimeError(`Task ${reprOf(ctx.realm, this)} got Future ${reprOf(ctx.realm, result)} attached to a different loop`),
        );
      } else if (result.blocking) {
        if (result === this) {
          this.scheduleStep(this.runtimeError(`Task cannot await on itself: ${reprOf(ctx.realm, this)}`));
        } else {
          result.blocking = false;
          result.addDoneCallback(new TaskWakeup(this));
          this.futWaiter = result;
          if (this.mustCancel && this.futWaiter.cancel(this.cancelMessage)) this.mustCancel = false;
        }
      } else {
        this.scheduleStep(
          this.runtimeError(`yield was used instead of yield from in task ${reprOf(ctx.realm, this)} with ${reprOf(ctx.realm, result)}`),
        );
      }
    } else if (result === undefined || result === null || result === None) {
      // A bare `yield` (asyncio.sleep(0) → tasks.__sleep0): one more trip through _ready.
      this.scheduleStep(undefined);
    } else {
      this.scheduleStep(this.runtimeError(`Task got bad yield: ${reprOf(ctx.realm, result as Value)}`));
    }
  }

  /** The step ended with the coroutine suspended: the task waits on what it yielded. */
  private recordSuspend(result: unknown): void {
    const ctx = this.ctx;
    const rec = ctx.realm.rec;
    // At the await where the coroutine suspended (the last one recorded).
    const loc = ctx.suspendSite;
    if (result instanceof Future) rec.awaited(this.id, result.id || undefined, result.awaitedWhat(), loc);
    else if (result === undefined || result === null || result === None) rec.awaited(this.id, undefined, 'sleep(0)', loc);
    else rec.awaited(this.id, undefined, reprOf(ctx.realm, result as Value), loc);
  }

  private runtimeError(msg: string): Value {
    return pyException(this.ctx.realm, 'RuntimeError', msg);
  }

  /** `__wakeup` (TaskWakeup). */
  wakeup(fut: Future): void {
    try {
      fut.result();
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      this.step(e.value, fut.id);
      return;
    }
    this.step(undefined, fut.id);
  }

  override cancel(msg: Value = None): boolean {
    this.clearLogTraceback();
    if (this.done()) return false;
    this.numCancelsRequested++;
    if (this.futWaiter !== null && this.futWaiter.cancel(msg)) return true;
    this.mustCancel = true;
    this.cancelMessage = msg;
    return true;
  }

  uncancel(): number {
    if (this.numCancelsRequested > 0) {
      this.numCancelsRequested--;
      if (this.numCancelsRequested === 0) this.mustCancel = false;
    }
    return this.numCancelsRequested;
  }

  override finishResult(v: Value): void {
    this.ctx.pendingTasks.delete(this);
    super.finishResult(v);
  }

  override finishException(exc: Value): void {
    this.ctx.pendingTasks.delete(this);
    super.finishException(exc);
    if (this === this.ctx.mainTask && this.ctx.onMainError) {
      // The REPL's top-level code: its error is the run's error (retrieved by the harness).
      this.clearLogTraceback();
      this.ctx.onMainError(this.ctx.mainThrown ?? new Thrown(exc));
    }
  }

  protected override cancelFuture(msg: Value): boolean {
    const r = super.cancelFuture(msg);
    if (r) this.ctx.pendingTasks.delete(this);
    return r;
  }
}

/** Runs a task's `__step`: the task is the handle's own field, so no closure per task is needed. */
class TaskStepHandle extends Handle {
  constructor(
    readonly task: Task,
    exc: Value | undefined,
  ) {
    super(runNothing, exc, task.id, task.name, task.nameNumber);
  }

  override run(): void {
    this.task.runStepHandle(this.arg as Value | undefined);
  }
}

function runNothing(): void {}

/**
 * `__wakeup` registered as the done callback of the future a step ended blocked on, as its
 * own `_ready` entry (handles.ts CallbackHandle): one object per blocking await, no closure
 * kept by the task.
 */
class TaskWakeup extends CallbackHandle {
  constructor(readonly task: Task) {
    super(task.id, task.name, task.nameNumber);
  }

  override get desc(): string {
    return TASK_WAKEUP;
  }

  override run(): void {
    this.task.wakeup(this.arg as Future);
  }
}
