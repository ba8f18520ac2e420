/**
 * The coroutine `asyncio.sleep(0)` returns (tasks.py `__sleep0`), written out as its own body
 * and, when it can be, its own await: the hottest await there is (issue 10).
 */
import { None, type Value } from '../../runtime/values';
import type { Pos } from '../../events/types';
import type { PyModelContext } from './context';
import { CLOSED, Coroutine, CREATED, SUSPENDED, type NativeCode } from './coroutine';
import { noteSuspension } from './suspension';

type Step = IteratorResult<unknown, Value>;

/** Sleep0Coroutine's phases: not started, at its bare yield, finished. */
const FRESH = 0;
const WAITING = 1;
const OVER = 2;

/**
 * The step of a bare `yield`: nothing ever writes to an IteratorResult, so one object serves
 * every sleep(0) (not frozen, so that it keeps the shape of the other `{ value, done }`s).
 */
const BARE_YIELD: Step = { value: undefined, done: false };
/** The last step of a `sleep(0)` whose result is None (shared, as BARE_YIELD). */
const SLEEP0_NONE_DONE: Step = { value: None, done: true };

/**
 * The coroutine `asyncio.sleep(0)` returns, whose body is tasks.__sleep0
 * (`@types.coroutine def __sleep0(): yield`): one bare yield, so the task that drives it goes
 * once more through `_ready`; then the sleep's `result`. A coroutine that is its own body
 * (the same next/throw/return answers as the generator it stands for): no generator and no
 * body object per `sleep(0)`, the hottest await there is (issue 10).
 *
 * It is also its own await, when it can be: a sleep(0) coroutine not started yet, awaited
 * (awaitValue), is driven by the awaiting body directly instead of through a CoroutineAwait.
 * That await is the one that starts it, so it is the only one that ever reaches it as an
 * iterator (`next`, `throw`, `return`; a task and Python code drive a coroutine through
 * `send` and `resume`): any other await finds it running, suspended or closed and goes through
 * CoroutineAwait, which raises what CPython raises. For a quiet coroutine, `next`, `throw` and
 * `return` below do exactly what CoroutineAwait's do, the awaiting frame's events included
 * while recording (`awaitRecorded`: a CoroutineAwait per recorded sleep(0), and its general
 * path through `drive` and `resume`, were most of what recording added to a task's await;
 * issue 10).
 */
export class Sleep0Coroutine extends Coroutine {
  declare private phase: number;
  declare private result: Value;
  /**
   * Set when the await that starts it is recorded (`awaitRecorded`), as CoroutineAwait's
   * `frame` and `site`: the awaiting frame's invocation (0: a frame that records nothing) and
   * the await's position. -1: no recorded await drives it.
   */
  declare private recFrame: number;
  declare private recSite: Pos | undefined;
  /**
   * Set by the await that starts it when asyncio.sleep made it for that await (await.ts
   * awaitValue): only that await ever holds it, so once the await is done with it, it goes
   * back to the context's pool for the next sleep(0) (`make`). A round of 100k tasks each at
   * its sleep(0) made 100k of these that all lived a whole round, and the garbage collector
   * copied and promoted them (issue 10: 100k tasks within 10× of 10k).
   */
  declare pooled: boolean;

  constructor(ctx: PyModelContext, result: Value, code: NativeCode) {
    super(ctx, null, 'sleep', 'sleep', undefined, true);
    this.code = code;
    this.fresh(result);
  }

  /** Its own fields as a new one has them (the constructor, and `make` for one from the pool). */
  private fresh(result: Value): void {
    this.phase = FRESH;
    this.result = result;
    this.recFrame = -1;
    this.recSite = undefined;
    this.pooled = false;
  }

  /** A sleep(0) coroutine: one from the context's pool, as new, or a new one. */
  static make(ctx: PyModelContext, result: Value, code: NativeCode): Sleep0Coroutine {
    const c = ctx.sleep0Pool.pop() as Sleep0Coroutine | undefined;
    if (c === undefined) return new Sleep0Coroutine(ctx, result, code);
    // What Coroutine's constructor sets and an await changes (the rest is the same for every sleep(0)).
    c.state = CREATED;
    c.awaiter = null;
    c.awaitSite = undefined;
    c.fresh(result);
    ctx.coroutineMade(c);
    return c;
  }

  /** Done with by the await that started it: back to the pool if only that await held it. */
  private over(): Step {
    if (this.pooled) this.ctx.sleep0Pool.push(this);
    return this.finished();
  }

  /** Its own await, recorded: `frame` and `site` as awaitCoroutine's CoroutineAwait would take them. */
  awaitRecorded(frame: number, site: Pos | undefined): this {
    this.recFrame = frame;
    this.recSite = site;
    return this;
  }

  /** The body (the coroutine is quiet: the user's frame awaiting it records the events). */
  protected override resumeBody(isThrow: boolean, v: unknown): Step {
    if (isThrow) {
      this.phase = OVER;
      throw v;
    }
    if (this.phase === FRESH) {
      this.phase = WAITING;
      const ctx = this.ctx;
      if (ctx.realm.rec.on) noteSuspension(ctx, ctx.awaitSite, undefined, 'sleep(0)');
      return BARE_YIELD;
    }
    if (this.phase === WAITING) {
      this.phase = OVER;
      return this.finished();
    }
    return { value: undefined, done: true };
  }

  protected override closeBody(): void {
    this.phase = OVER;
  }

  /**
   * The await that starts it (see the class comment): CoroutineAwait's first and later `next`.
   *
   * Its two ordinary answers are written out here rather than through `send` → `step` →
   * `resumeBody`: this is the hottest await there is (issue 10: a task's life is mostly its
   * `sleep(0)`s), and what those three do for a quiet coroutine with nothing recorded comes
   * down to a few fields (the coroutine runs no code, so nothing sees `runningCoro` or the
   * pushed frame in between). Anything else — a frame that would pass the recursion limit, a
   * closed coroutine — takes the general path, which raises what CPython raises.
   */
  next(sent?: unknown): Step {
    const state = this.state;
    const ctx = this.ctx;
    if (state === CREATED) this.awaiter = ctx.runningCoro;
    if (this.recFrame >= 0) return this.nextRecorded(state, sent);
    const stack = ctx.stack;
    if (ctx.realm.rec.on || stack.depth + this.frames > stack.pyLimit) return this.send(sent);
    if (state === CREATED) {
      // step(): no longer unstarted; resumeBody(): the bare yield.
      ctx.coroutineLeft(this);
      this.phase = WAITING;
      this.state = SUSPENDED;
      return BARE_YIELD;
    }
    if (state === SUSPENDED && this.phase === WAITING) {
      this.phase = OVER;
      this.state = CLOSED;
      return this.over();
    }
    return this.send(sent);
  }

  /** The sleep's result as the body's last step: `sleep(0)`'s usual None shares one object. */
  private finished(): Step {
    const result = this.result;
    return result === None ? SLEEP0_NONE_DONE : { value: result, done: true };
  }

  /**
   * `next` while a recorded await drives it: CoroutineAwait's `next` for a quiet coroutine
   * (the frame's `awaited` when the coroutine yields, `resumed` at every later call), with the
   * ordinary answers written out as in `next`; anything else goes through `driveRecorded`.
   */
  private nextRecorded(state: number, sent: unknown): Step {
    const ctx = this.ctx;
    const rec = ctx.realm.rec;
    const frame = this.recFrame;
    const stack = ctx.stack;
    const fits = stack.depth + this.frames <= stack.pyLimit;
    if (state === CREATED && fits) {
      ctx.coroutineLeft(this);
      this.phase = WAITING;
      this.state = SUSPENDED;
      // resumeBody's note, at the position drive() gives it, then suspendedIfYielded's event.
      const loc = this.recSite ?? ctx.awaitSite;
      noteSuspension(ctx, loc, undefined, 'sleep(0)');
      if (frame !== 0) rec.awaited(frame, undefined, 'sleep(0)', loc);
      return BARE_YIELD;
    }
    if (state !== CREATED && frame !== 0) rec.resumed(frame, ctx.resumeBy);
    if (state === SUSPENDED && this.phase === WAITING && fits) {
      this.phase = OVER;
      this.state = CLOSED;
      return this.over();
    }
    const r = this.driveRecorded(false, state === CREATED ? undefined : sent);
    if (!r.done && frame !== 0) rec.awaited(frame, ctx.suspendOn, ctx.suspendWhat, this.recSite ?? ctx.awaitSite);
    return r;
  }

  /** CoroutineAwait's `drive` for a quiet coroutine being recorded: its body's awaits take this await's position. */
  private driveRecorded(isThrow: boolean, v: unknown): Step {
    const ctx = this.ctx;
    const prev = ctx.awaitSite;
    if (this.recSite !== undefined) ctx.awaitSite = this.recSite;
    try {
      return this.resume(isThrow, v);
    } finally {
      ctx.awaitSite = prev;
    }
  }

  /**
   * A throw from the awaiting body: Coroutine's, which is what CoroutineAwait's does with
   * nothing recorded; while a recorded await drives it, CoroutineAwait's `throw` (the frame
   * resumes when the throw ends the coroutine).
   */
  override throw(e: unknown): Step {
    const frame = this.recFrame;
    if (frame < 0) return this.resume(true, e);
    let r: Step;
    try {
      r = this.driveRecorded(true, e);
    } catch (x) {
      if (frame !== 0) this.ctx.realm.rec.resumed(frame, this.ctx.resumeBy);
      throw x;
    }
    if (r.done && frame !== 0) this.ctx.realm.rec.resumed(frame, this.ctx.resumeBy);
    return r;
  }

  return(v: Value): Step {
    return { value: v, done: true };
  }

  [Symbol.iterator](): this {
    return this;
  }
}
