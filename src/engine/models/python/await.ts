/**
 * `await x` in a body under the Python models (ceval GET_AWAITABLE + YIELD_FROM).
 *
 * Costs (docs/semantics.md §2.5, §4, §5):
 *  - a coroutine → driven inline: the awaiting body delegates to it; 0 iterations unless
 *    something inside really suspends;
 *  - a Future/Task → `Future.__await__`: yields the future (flagged blocking) only while it is
 *    pending, then returns `result()`; a done one costs 0; a pending one resumes 1 iteration
 *    after it completes (the task's `__wakeup`);
 *  - a promisio Promise → `self.catch(reraise).future.__await__()`: 2 iterations after settlement;
 *  - an object whose class defines `__await__` → whatever that returns: a Future iterator, or
 *    any other iterator (a generator, most often), delegated to as `yield from` does (PEP 380:
 *    its yields go to the task, what the task sends or throws goes back in, and its
 *    StopIteration value is the await's result);
 *  - anything else → `TypeError: 'int' object can't be awaited` (3.14 wording).
 *
 * Speed: the two hot awaits (a coroutine, a future) are hand-written iterators, not
 * generator functions. The body's `yield*` drives any iterator, and resuming a generator
 * frame at every level of an await chain costs far more than a method call; these also
 * pass the inner coroutine's IteratorResult through instead of building a new one. Each
 * class reproduces exactly what the generator it replaces did at next/throw/return.
 */
import { None, PyInstance, type PyClass, type Value } from '../../runtime/values';
import type { Pos } from '../../events/types';
import { lookupMro } from '../../runtime/python/classes';
import { isIterableCoroutine, PyGenerator, PyNativeAwaitable } from '../../runtime/python/generators';
import type { PyModelContext } from './context';
import { Coroutine, CREATED, SUSPENDED } from './coroutine';
import { Future } from './future';
import { Promise as PromisioPromise } from './promisio';
import { builtinClass, callValue, isInstanceOf, pyError, pyExceptionArgs, pyTypeName, reprOf } from './host';
import { tpName, typeOf } from '../../runtime/python/types';
import { Thrown } from '../../runtime/thrown';
import { hasAttr } from '../../runtime/python/attributes';
import { DONE, PyIterator } from '../../runtime/python/objects';
import { cut, cutsHere, SEG_DOWN, SEG_DOWN_STEP, SEG_UP, takeCarry } from './await-segments';
import { frameId, noteSuspension } from './suspension';
import { Sleep0Coroutine } from './sleep0';

type AwaitGen = Generator<unknown, Value, unknown>;
type Step = IteratorResult<unknown, Value>;

/**
 * `site`: the position of the `await` (events: `awaited.loc`). The model's own awaits (inside
 * asyncio.sleep, wait_for, Queue.get...) pass none and use `ctx.awaitSite`: the user's await
 * of that quiet coroutine, set around every step of it (CoroutineAwait). `callee`: the
 * function whose call, written as the await's operand, returned `v` (SchedulingModel.awaitValue).
 */
export function awaitValue(ctx: PyModelContext, v: Value, site: Pos | undefined, callee?: Value): AwaitGen {
  // Where the awaiting frame will sit if this suspends (its repr: `running at FILE:LINE`).
  const running = ctx.runningCoro;
  if (running !== null) running.awaitSite = site;
  // Not a generator itself: it returns the right one, so each await costs one delegation level.
  if (v instanceof Coroutine) {
    if (v instanceof Sleep0Coroutine && v.state === CREATED) {
      // Made by the model's asyncio.sleep for this await: no one else holds it (sleep0.ts pool).
      if (callee !== undefined && callee === ctx.sleepFunction) v.pooled = true;
      return (ctx.realm.rec.on ? v.awaitRecorded(frameId(ctx), site) : v) as unknown as AwaitGen;
    }
    return awaitCoroutine(ctx, v, site);
  }
  if (v instanceof Future) return awaitFuture(ctx, v, site);
  if (v instanceof PromisioPromise) return awaitFuture(ctx, v.awaitFuture(), site);
  // An async generator's asend/athrow (runtime/python/generators.ts): its body runs inline.
  if (v instanceof PyNativeAwaitable) return v.awaitBody();
  // A generator-based coroutine (`@types.coroutine`): awaited as `yield from` (ceval GET_AWAITABLE).
  if (v instanceof PyGenerator && isIterableCoroutine(v)) return yieldFrom(ctx, v, site);
  return awaitOther(ctx, v, site);
}

/** What awaitValue accepts without raising "can't be awaited" (ceval GET_AWAITABLE). */
export function isAwaitable(v: Value): boolean {
  if (v instanceof Coroutine || v instanceof Future || v instanceof PromisioPromise) return true;
  if (v instanceof PyNativeAwaitable) return true;
  if (v instanceof PyGenerator && isIterableCoroutine(v)) return true;
  return v instanceof PyInstance && lookupMro(v.cls, '__await__') !== undefined;
}

function* awaitOther(ctx: PyModelContext, v: Value, site: Pos | undefined): AwaitGen {
  if (v instanceof PyInstance) {
    const method = lookupMro(v.cls, '__await__');
    if (method !== undefined) {
      const it = ctx.realm.interp.call(method, v, { positional: [v] }, 'py', site);
      if (it instanceof FutureIter && it.future !== null) return yield* awaitFuture(ctx, it.future, site);
      if (it instanceof Coroutine) throw pyError(ctx.realm, 'TypeError', '__await__() returned a coroutine');
      if (isIterator(ctx, it)) return yield* yieldFrom(ctx, it, site);
      throw pyError(ctx.realm, 'TypeError', `__await__() returned non-iterator of type '${pyTypeName(ctx.realm, it)}'`);
    }
  }
  // A JS program's `null` / `undefined` are Python's None (its twin awaits None): CPython's words for None.
  // The type's tp_name: a C module's types qualified (`'_asyncio.FutureIter' object ...`).
  const type = v === null || v === undefined ? 'NoneType' : tpName(typeOf(ctx.rt, v));
  throw pyError(ctx.realm, 'TypeError', `'${type}' object can't be awaited`);
}

function isIterator(ctx: PyModelContext, it: Value): boolean {
  return it instanceof PyIterator || hasAttr(ctx.rt, it, '__next__');
}

/** A method of `it`, or undefined when it has none (`throw` and `close` are optional, PEP 380). */
function methodOf(ctx: PyModelContext, it: Value, name: string): Value | undefined {
  return hasAttr(ctx.rt, it, name) ? ctx.realm.py.getAttr(it, name) : undefined;
}

/**
 * `yield from it` (PEP 380) for an iterator an `__await__` returned: each value it yields
 * goes to the task (None: one more trip through the loop; a blocking Future: wait for it),
 * what the task sends back goes in with `send` (`__next__` for None), an exception thrown in
 * goes in with `throw` (GeneratorExit closes it), and its StopIteration's value is the
 * await's result. Recording: the awaiting frame is suspended on what was yielded.
 */
function* yieldFrom(ctx: PyModelContext, it: Value, site: Pos | undefined): AwaitGen {
  const realm = ctx.realm;
  const py = realm.py;
  const rec = realm.rec;
  const frame = frameId(ctx);
  const stopIteration = builtinClass(realm, 'StopIteration');
  const generatorExit = builtinClass(realm, 'GeneratorExit');
  // A built-in iterator (iter([...])) has no __next__ attribute here: next() it directly.
  const next =
    it instanceof PyIterator
      ? () => {
          const x = it.next();
          if (x === DONE) throw new Thrown(pyExceptionArgs(realm, stopIteration, []));
          return x;
        }
      : () => callValue(realm, py.getAttr(it, '__next__'), []);
  let call: () => Value = next;
  let finished = false;
  try {
    for (;;) {
      let y: Value;
      try {
        y = call();
      } catch (e) {
        if (e instanceof Thrown && isInstanceOf(e.value, stopIteration)) {
          finished = true;
          return py.getAttr(e.value, 'value');
        }
        finished = true;
        throw e;
      }
      const on = y instanceof Future ? y.id || undefined : undefined;
      if (rec.on) {
        const loc = site ?? ctx.awaitSite;
        const what = y instanceof Future ? y.awaitedWhat() : y === None || y === undefined ? 'sleep(0)' : reprOf(realm, y);
        noteSuspension(ctx, loc, on, what);
        if (frame !== 0) rec.awaited(frame, on, what, loc);
      }
      let sent: unknown;
      try {
        sent = yield y;
      } catch (e) {
        if (frame !== 0) rec.resumed(frame, on);
        if (!(e instanceof Thrown)) throw e;
        if (isInstanceOf(e.value, generatorExit)) {
          const close = methodOf(ctx, it, 'close');
          finished = true;
          if (close !== undefined) callValue(realm, close, []);
          throw e;
        }
        const thrower = methodOf(ctx, it, 'throw');
        if (thrower === undefined) {
          finished = true;
          throw e;
        }
        const exc = e.value;
        call = () => callValue(realm, thrower, [exc]);
        continue;
      }
      if (frame !== 0) rec.resumed(frame, on);
      const value = sent === undefined ? None : (sent as Value);
      call = value === None ? next : () => callValue(realm, py.getAttr(it, 'send'), [value]);
    }
  } finally {
    // Closed from outside (the coroutine's close() returns through here): close the inner one.
    if (!finished) {
      const close = methodOf(ctx, it, 'close');
      if (close !== undefined) callValue(realm, close, []);
    }
  }
}

/** An iterator the body's `yield*` can drive, typed as the generator the contract names. */
abstract class AwaitIterator {
  [Symbol.iterator](): this {
    return this;
  }
  abstract next(sent?: unknown): Step;
  abstract throw(e: unknown): Step;
  abstract return(v: Value): Step;
}

/**
 * `yield from coro`, written out so that the coroutine's own bookkeeping (state, events) runs:
 * start it (RuntimeError when it is suspended in another await), pass every yielded value up
 * and every sent/thrown value down.
 *
 * Events of the awaiting frame (recording only; a quiet frame records none), as
 * sys.monitoring reports them for CPython's SEND/YIELD_VALUE loop (Python/bytecodes.c):
 *  - `awaited` only when the awaited coroutine really yields to the task, after the inner
 *    frames' own `awaited` (the yield travels up: PY_YIELD inner first). Awaiting a
 *    coroutine that returns without suspending is no suspension at all.
 *  - `resumed` when a send comes down, before the inner frames' (PY_RESUME outer first).
 *  - A throw goes down first (Objects/genobject.c `_gen_throw` hands it to the delegate
 *    without resuming this frame): this frame resumes (PY_THROW) only when the awaited
 *    coroutine then finishes, by raising or by returning; if it catches the exception and
 *    suspends again, this frame never ran.
 * The coroutine it starts records `started` at this await's position.
 */
class CoroutineAwait extends AwaitIterator {
  private started = false;
  /** Its coroutine is the root of the segment below (await-segments.ts): the task drives it. */
  private boundary = false;
  /** What came down last was a throw (its events on the way back up, `up`). */
  private thrown = false;
  /** The awaiting frame's invocation (0: not recorded). */
  private readonly frame: number;

  constructor(
    private readonly ctx: PyModelContext,
    private readonly coro: Coroutine,
    private readonly site: Pos | undefined,
  ) {
    super();
    this.frame = frameId(ctx);
  }

  next(sent?: unknown): Step {
    if (sent === SEG_UP) return this.up();
    const coro = this.coro;
    const ctx = this.ctx;
    let arg = sent;
    this.thrown = false;
    if (!this.started) {
      this.started = true;
      arg = undefined;
      if (coro.state === SUSPENDED) throw pyError(ctx.realm, 'RuntimeError', 'coroutine is being awaited already');
      coro.awaiter = ctx.runningCoro;
      if (ctx.realm.rec.on && !coro.quiet && coro.state === CREATED) ctx.startSite = this.site ?? ctx.awaitSite;
      if (cutsHere(ctx, coro)) {
        // Deep in the task's chain: the task starts it, as the root of a segment of its own.
        this.boundary = true;
        return cut(ctx, coro);
      }
    } else if (this.frame !== 0) ctx.realm.rec.resumed(this.frame, ctx.resumeBy);
    if (this.boundary) return SEG_DOWN_STEP;
    // The coroutine resumed from this frame, not through drive(), unless it is a quiet one
    // being recorded: one host frame less per level of an await chain (issue 10).
    const r = coro.quiet && ctx.realm.rec.on ? this.drive(false, arg) : coro.resume(false, arg);
    return r.done || !ctx.realm.rec.on ? r : this.suspendedIfYielded(r);
  }

  throw(e: unknown): Step {
    this.thrown = true;
    if (this.boundary) return SEG_DOWN_STEP;
    let r: Step;
    try {
      r = this.drive(true, e);
    } catch (x) {
      this.resumedByThrow();
      throw x;
    }
    if (r.done) this.resumedByThrow();
    return r;
  }

  /**
   * SEG_UP from the chain's driver (await-segments.ts): at the boundary, what the segment
   * below ended with, taken as the inline resume would have returned or thrown it; above it,
   * passed on down. Either way this frame records what it would have inline: after a send,
   * `awaited` when a yield comes up; after a throw, `resumed` once the awaited coroutine is done.
   */
  private up(): Step {
    const ctx = this.ctx;
    let r: Step;
    try {
      if (this.boundary) r = takeCarry(ctx);
      else r = this.coro.quiet && ctx.realm.rec.on ? this.drive(false, SEG_UP) : this.coro.resume(false, SEG_UP);
    } catch (x) {
      if (this.thrown) this.resumedByThrow();
      throw x;
    }
    if (this.thrown) {
      if (r.done) this.resumedByThrow();
      return r;
    }
    return r.done || !ctx.realm.rec.on ? r : this.suspendedIfYielded(r);
  }

  return(v: Value): Step {
    return { value: v, done: true };
  }

  private suspendedIfYielded(r: Step): Step {
    if (r.done || !this.ctx.realm.rec.on || r.value === SEG_DOWN) return r;
    const ctx = this.ctx;
    const coro = this.coro;
    // A recorded coroutine is what the frames above wait on (through quiet ones such as wait_for).
    if (!coro.quiet) {
      ctx.suspendOn = coro.id;
      ctx.suspendWhat = ctx.callText(coro.name);
    }
    if (this.frame !== 0) {
      ctx.realm.rec.awaited(this.frame, ctx.suspendOn, ctx.suspendWhat, this.site ?? ctx.awaitSite);
    }
    return r;
  }

  private resumedByThrow(): void {
    if (this.frame !== 0) this.ctx.realm.rec.resumed(this.frame, this.ctx.resumeBy);
  }

  private drive(isThrow: boolean, v: unknown): Step {
    const coro = this.coro;
    if (!coro.quiet || !this.ctx.realm.rec.on) return coro.resume(isThrow, v);
    // A quiet (model-owned) coroutine's inner awaits take this await's position.
    const ctx = this.ctx;
    const prev = ctx.awaitSite;
    if (this.site !== undefined) ctx.awaitSite = this.site;
    try {
      return coro.resume(isThrow, v);
    } finally {
      ctx.awaitSite = prev;
    }
  }
}

export function awaitCoroutine(ctx: PyModelContext, coro: Coroutine, site?: Pos): AwaitGen {
  return new CoroutineAwait(ctx, coro, site);
}

const FRESH = 0;
const WAITING = 1;
const OVER = 2;

/**
 * `Future.__await__`: a pending future is flagged blocking and yielded once (the Task
 * registers its wakeup); after the resumption, or at once for a done future, `result()`.
 * Events of the awaiting frame: `awaited` when it yields the pending future (a done one is
 * no suspension), `resumed` when the task sends or throws into it (FutureIter.throw raises
 * at once, so a throw always resumes the frame: PY_THROW).
 */
class FutureAwait extends AwaitIterator {
  private phase = FRESH;
  private readonly frame: number;

  constructor(
    private readonly ctx: PyModelContext,
    private readonly fut: Future,
    private readonly site: Pos | undefined,
  ) {
    super();
    this.frame = frameId(ctx);
  }

  next(): Step {
    const fut = this.fut;
    if (this.phase === FRESH) {
      if (!fut.done()) {
        const ctx = this.ctx;
        const rec = ctx.realm.rec;
        if (rec.on) {
          const loc = this.site ?? ctx.awaitSite;
          const what = fut.awaitedWhat();
          noteSuspension(ctx, loc, fut.id || undefined, what);
          if (this.frame !== 0) rec.awaited(this.frame, fut.id || undefined, what, loc);
        }
        fut.blocking = true;
        this.phase = WAITING;
        return { value: fut, done: false };
      }
      this.phase = OVER;
      return { value: fut.result(), done: true };
    }
    if (this.phase === WAITING) {
      this.phase = OVER;
      if (this.frame !== 0) this.ctx.realm.rec.resumed(this.frame, fut.id || undefined);
      if (!fut.done()) throw pyError(this.ctx.realm, 'RuntimeError', "await wasn't used with future");
      return { value: fut.result(), done: true };
    }
    return { value: undefined, done: true };
  }

  throw(e: unknown): Step {
    if (this.phase === WAITING && this.frame !== 0) this.ctx.realm.rec.resumed(this.frame, this.fut.id || undefined);
    this.phase = OVER;
    throw e;
  }

  return(v: Value): Step {
    this.phase = OVER;
    return { value: v, done: true };
  }
}

/** `Future.__await__`; `site` as awaitValue's. */
export function awaitFuture(ctx: PyModelContext, fut: Future, site?: Pos): AwaitGen {
  return new FutureAwait(ctx, fut, site);
}

/** What `coro.__await__()` returns to Python code: the coroutine as an iterator. */
export class CoroutineWrapper extends PyInstance {
  constructor(
    cls: PyClass,
    readonly coro: Coroutine,
  ) {
    super(cls);
  }
  override get typeName(): string {
    return 'coroutine_wrapper';
  }
}

/** What `fut.__await__()` returns to Python code (a `_asyncio.FutureIter`). */
export class FutureIter extends PyInstance {
  constructor(
    ctx: PyModelContext,
    /** Null once it has given the future's result (C FutureIter lets go of it then). */
    public future: Future | null,
  ) {
    super(ctx.cls.futureIter);
  }
  override get typeName(): string {
    return 'FutureIter';
  }
}
