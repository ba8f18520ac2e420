/**
 * Coroutine objects (CPython Objects/genobject.c, PyCoro_Type).
 *
 * Lazy (docs/semantics.md §2.2): calling an `async def` only builds the object; the body
 * generator starts on the first `send`. `await coro` drives it inline from the awaiting
 * body (await.ts), which costs 0 loop iterations unless something inside suspends.
 *
 *  - Sending into a finished coroutine: `RuntimeError: cannot reuse already awaited coroutine`.
 *  - Awaiting a coroutine that is suspended in someone else's await:
 *    `RuntimeError: coroutine is being awaited already` (ceval GET_AWAITABLE).
 *  - A coroutine that is never started (nor closed) is reported at the end of the run as
 *    `RuntimeWarning: coroutine 'QUALNAME' was never awaited` (`_PyGen_Finalize`).
 *
 * "Quiet" coroutines are the model's own (asyncio.sleep, wait_for, _wrap_awaitable): they
 * behave exactly like coroutines (lazy, warn when never awaited) but record no events of
 * their own, so the timeline shows the user's functions.
 */
import { PyInstance, type Value } from '../../runtime/values';
import type { Pos } from '../../events/types';
import type { FunctionDef } from '../../ir/nodes';
import type { BodyGenerator } from '../model';
import type { PyModelContext } from './context';
import { errorSummary, isInstanceOf, pyError, recordResolved, Thrown } from './host';
import { SEG_DOWN, SEG_UP } from './await-segments';
import { CallRequest } from '../../runtime/call-request';
import { leaveHandled, takeHandled } from '../../runtime/call-stack';

export const CREATED = 0;
export const RUNNING = 1;
export const SUSPENDED = 2;
export const CLOSED = 3;
/**
 * Running, with the segment of its chain below it cut off (await-segments.ts): to Python code
 * it is RUNNING, and only the chain's driver may resume it (with SEG_UP).
 */
export const SEGMENTED = 4;

/**
 * Where one of the model's own coroutines lives in CPython's Lib/asyncio (its repr): the
 * file, the `async def` line (`co_firstlineno`) and the line of the await it suspends in.
 */
export interface NativeCode {
  file: string;
  first: number;
  line: number;
}

export class Coroutine extends PyInstance {
  state = CREATED;
  readonly id: number;
  /** Links of the context's unstarted set (linked-set.ts), while the coroutine is CREATED and in it. */
  linkPrev: Coroutine | null = null;
  linkNext: Coroutine | null = null;
  linked = false;
  /**
   * Its code, for the repr: the `async def` it runs, or, for the model's own coroutines,
   * their place in Lib/asyncio (one field: every coroutine is created on the hot path).
   */
  code: FunctionDef | NativeCode | undefined = undefined;
  /** `__name__` when the function was renamed (driver.ts callAsync: `functools.wraps`); else `name`. */
  shownName: string | undefined = undefined;
  /** The coroutine awaiting it inline (await.ts), if any: it runs again when this one raises. */
  awaiter: Coroutine | null = null;
  /** The last `await` its body reached: where the frame sits while suspended (reprs.ts). */
  awaitSite: Pos | undefined = undefined;
  /**
   * The Python frames each step pushes (runtime/call-stack.ts): its own, plus the REPL's
   * `_main_code` wrapper for the top-level-await module body.
   */
  frames = 1;

  constructor(
    readonly ctx: PyModelContext,
    /** The body; null for a coroutine that is its own body (`resumeBody`: the sleep(0) one, sleep0.ts). */
    readonly gen: BodyGenerator | null,
    readonly name: string,
    public qualname: string,
    loc?: Pos,
    readonly quiet = false,
    /** An `async def` of the program (or its top-level-await module body): in the lane trace. */
    traced = false,
  ) {
    super(ctx.cls.coroutine);
    this.id = quiet ? 0 : ctx.invocation('coroutine', name, loc, traced);
    ctx.coroutineMade(this);
  }

  send(v: unknown): IteratorResult<unknown, Value> {
    return this.resume(false, v);
  }

  /**
   * A throw from the body awaiting it, when it is its own await (`yield*` calls it: sleep0.ts
   * Sleep0Coroutine, which records the awaiting frame's events here). A task and Python code
   * throw in with `resume(true, e)`, which records nothing for an awaiting frame.
   */
  throw(e: unknown): IteratorResult<unknown, Value> {
    return this.resume(true, e);
  }

  /**
   * The model's own close: an unstarted coroutine just closes; a suspended one unwinds its
   * finally blocks without recording. Python code's `coro.close()` throws GeneratorExit in
   * instead, as CPython does (classes.ts `coroClose`).
   */
  close(): void {
    if (this.state === CREATED) {
      this.state = CLOSED;
      this.ctx.coroutineLeft(this);
      return;
    }
    if (this.state === SUSPENDED) {
      this.state = CLOSED;
      this.closeBody();
    }
  }

  /**
   * The frame cannot be pushed: CPython (ceval `_Py_EnterRecursivePy`, exit_unwind) clears it
   * before its first instruction, so the coroutine is finished without having run (no
   * PY_START, no PY_UNWIND: no event) and the awaiting frame gets the RecursionError.
   */
  private overflow(): never {
    if (this.state === CREATED) this.ctx.coroutineLeft(this);
    this.state = CLOSED;
    throw pyError(this.ctx.realm, 'RecursionError', 'maximum recursion depth exceeded');
  }

  /** One step of a coroutine that has no body generator (`gen` null): a subclass's. */
  protected resumeBody(_isThrow: boolean, _v: unknown): IteratorResult<unknown, Value> {
    throw new Error('a coroutine without a body generator must define resumeBody');
  }

  /** `close()` of a suspended coroutine: its body unwinds (its `finally` blocks run). */
  protected closeBody(): void {
    const gen = this.gen;
    if (gen === null) return;
    // Its handlers' exits run: they take back what they set, over its own state (`resume`).
    const stack = this.ctx.stack;
    const outerHandled = stack.handled;
    const outerDepth = stack.handledDepth;
    const own = stack.suspendedHandled.get(this);
    takeHandled(stack, own);
    try {
      let r = gen.return(undefined);
      while (r.done !== true && r.value instanceof CallRequest) r = this.makeCall(gen, r.value);
    } finally {
      stack.suspendedHandled.update(this, own, leaveHandled(stack, outerHandled, outerDepth, own));
    }
  }

  /**
   * A call the body's trampolined form asked for (SchedulingModel.coroutinesMakeCalls), made
   * here, on the body's frame's behalf: as the closure form makes it (Interp.callRequested,
   * callValue), with everything the body's step set (the frame pushed, the coroutine running
   * and current) still set, its value or error handed back into the body at the call. The
   * body's expression frames are suspended meanwhile, off the host stack: an eager task's first
   * step runs inside `create_task`, so `await create_task(f())` recursion held every level's
   * body frames under the next level's (issue 10, recursion depth in a worker).
   */
  private makeCall(gen: BodyGenerator, req: CallRequest): IteratorResult<unknown, Value> {
    let value: Value;
    try {
      value = this.ctx.realm.interp.callRequested(req);
    } catch (err) {
      return gen.throw(err);
    }
    return gen.next(value);
  }

  /**
   * `send(v)` (`isThrow` false) or `throw(v)` in one host frame: an `await` chain resumes its
   * coroutines through this directly (await.ts CoroutineAwait), one frame per level of deep
   * async recursion instead of two (issue 10: the frame counter, not the host stack, must end it).
   */
  resume(isThrow: boolean, v: unknown): IteratorResult<unknown, Value> {
    if (this.state === CLOSED) {
      if (isThrow) throw v;
      throw pyError(this.ctx.realm, 'RuntimeError', 'cannot reuse already awaited coroutine');
    }
    if (this.state === RUNNING || (this.state === SEGMENTED && v !== SEG_UP)) {
      throw pyError(this.ctx.realm, 'ValueError', 'coroutine already executing');
    }
    const ctx = this.ctx;
    // Every send pushes the coroutine's frame again (genobject.c gen_send_ex2), on top of the
    // frames below it: the awaiting coroutines of its chain, or the loop's (call-stack.ts).
    const stack = ctx.stack;
    const frames = this.frames;
    if ((stack.depth += frames) > stack.pyLimit) {
      stack.depth -= frames;
      return this.overflow();
    }
    const rec = ctx.realm.rec;
    const quiet = this.quiet;
    if (this.state === CREATED) {
      ctx.coroutineLeft(this);
      // A throw into a coroutine that never ran (a task cancelled before its first step)
      // unwinds its frame without executing the body: no PY_START (ceval's throwflag path),
      // so it never starts.
      if (!quiet && rec.on && !isThrow) {
        // Started by an inline `await` (await.ts): placed at that await.
        rec.started(this.id, ctx.startSite);
        ctx.startSite = undefined;
      }
    }
    this.state = RUNNING;
    const prev = rec.current;
    if (!quiet) rec.current = this.id;
    const prevCoro = ctx.runningCoro;
    ctx.runningCoro = this;
    // It sees what the frames below it handle, unless its own open handlers say otherwise
    // (genobject.c gen_send_ex2 links its exc_state onto the thread's).
    const outerHandled = stack.handled;
    const outerDepth = stack.handledDepth;
    const own = stack.suspendedHandled.get(this);
    takeHandled(stack, own);
    let r: IteratorResult<unknown, Value>;
    try {
      // The body's generator called here, not through a method: one host frame less per
      // level of an await chain, which deep async recursion runs out of (host stack).
      const gen = this.gen;
      r = gen === null ? this.resumeBody(isThrow, v) : isThrow ? gen.throw(v) : gen.next(v);
      // A trampolined body (python-eager past the trampoline threshold) asks for its calls.
      while (r.done !== true && r.value instanceof CallRequest) r = this.makeCall(gen!, r.value);
    } catch (e) {
      stack.depth -= frames;
      stack.suspendedHandled.update(this, own, leaveHandled(stack, outerHandled, outerDepth, own));
      this.state = CLOSED;
      rec.current = prev;
      // The frame below runs again: its awaiter, or, for a task's coroutine that raised in an
      // eager first step, the coroutine that created the task (the awaiter is null then).
      ctx.runningCoro = prevCoro;
      if (!quiet && rec.on && e instanceof Thrown) {
        if (isInstanceOf(e.value, ctx.cls.cancelledError)) rec.emit({ type: 'cancelled', id: this.id });
        else rec.emit({ type: 'rejected', id: this.id, error: errorSummary(ctx.realm, e.value) });
      }
      throw e;
    }
    stack.depth -= frames;
    stack.suspendedHandled.update(this, own, leaveHandled(stack, outerHandled, outerDepth, own));
    rec.current = prev;
    ctx.runningCoro = prevCoro;
    if (r.done) {
      this.state = CLOSED;
      if (!quiet && rec.on) recordResolved(ctx.realm, this.id, r.value);
    } else {
      // SEG_DOWN: not a suspension, the chain's driver resumes the segment below (await-segments.ts).
      this.state = r.value === SEG_DOWN ? SEGMENTED : SUSPENDED;
    }
    return r;
  }
}
