/**
 * Worker threads: `loop.run_in_executor(executor, func, *args)` and `asyncio.to_thread`
 * (Lib/asyncio/base_events.py `run_in_executor`, threads.py `to_thread`, futures.py
 * `wrap_future` / `_chain_future`). The engine has one thread, so a worker thread is a model:
 *
 *  - RULE: the thread runs the function AS SOON AS IT IS SUBMITTED, to completion, before
 *    the submitting code goes on (a real pool thread starts at once and, holding the GIL
 *    while the event-loop thread waits in `select`, usually runs first). Its `print`s appear
 *    at that point. It sees no running loop (`get_running_loop()` raises) and has its own
 *    clock: it starts at the loop's time, `time.sleep` in it moves only the thread's clock
 *    (the loop is not blocked), reads cost as on the loop (time-clocks.ts).
 *  - A `print` made after the thread's clock moved past the submission (after a `time.sleep`
 *    in it) reaches stdout when the loop's time reaches the thread's: a loop entry due then,
 *    or earlier, when the loop thread blocks past it (`time.sleep`, a busy-wait on the clock).
 *    Other effects of the function happen at submission (the engine cannot pause plain code).
 *  - The result (or exception) comes back as CPython's does: `call_soon_threadsafe(_set_state)`
 *    when the thread ends, i.e. a loop entry due at the thread's end time; that callback
 *    completes the asyncio Future, and a task awaiting it resumes one iteration later.
 *  - That hand-off is recorded as a `race` (with the entry before it): a real thread's timing
 *    decides where it lands among the loop's callbacks.
 *  - `to_thread(func, *args, **kwargs)` is a coroutine: the function is submitted when the
 *    coroutine first runs (`await loop.run_in_executor(None, partial(ctx.run, func, ...))`).
 *  - After a default executor was used, `asyncio.run`'s `shutdown_default_executor` waits
 *    (inside `timeout(300)`) for a shutdown thread's own `call_soon_threadsafe`: one more
 *    hand-off at the end of the run.
 */
import { None, type Value } from '../../runtime/values';
import { contextObject } from '../../runtime/python/contextvars';
import type { PyModelContext, ThreadPrint } from './context';
import { getRunningLoop, type EventLoop } from './event-loop';
import type { Future } from './future';
import type { NativeCode } from './coroutine';
import { awaitFuture } from './await';
import { nativeCoroutine } from './tasks-api';
import { timeoutAfter } from './timeouts';
import { errorSummary, recordResolved, Thrown } from './host';

type Body = Generator<unknown, Value, unknown>;

/** threads.py `async def to_thread` and its `return await loop.run_in_executor(...)`. */
const TO_THREAD_CODE: NativeCode = { file: 'threads.py', first: 12, line: 25 };

/** Loops whose default executor was created (`_default_executor` is not None). */
const executorUsed = new WeakSet<EventLoop>();

/** What a modelled worker thread did: its invocation, its clock when it ended, its outcome. */
export interface ThreadRun {
  item: number;
  /** The thread's clock when the function returned or raised, ns. */
  end: number;
  result: Value;
  error: Thrown | undefined;
  /** The invocation that submitted it (the hand-off's `from`). */
  from: number;
  name: string;
}

/**
 * Run `fn(*args, **kwargs)` in a modelled worker thread whose clock starts at `startNs` (the
 * loop's time, or later when it waits for a pool's free worker: thread-pool.ts). `loop`: where
 * its late prints go (null outside any loop: they wait for a blocking call to let them out).
 */
export function runThread(
  ctx: PyModelContext,
  loop: EventLoop | null,
  fn: Value,
  args: Value[],
  kwargs: Map<string, Value> | undefined,
  startNs = ctx.clock,
): ThreadRun {
  const realm = ctx.realm;
  const rec = realm.rec;
  const name = fnName(fn);
  const item = ctx.invocation('callback', `thread: ${name}`);
  // The thread: no running loop, no current task, its own clock, no exception being handled
  // (a thread's exc_info is its own).
  const stack = realm.stack;
  const saved = {
    running: ctx.running,
    task: loop?.currentTask ?? null,
    current: rec.current,
    thread: ctx.threadClock,
    handled: stack.handled,
  };
  stack.handled = undefined;
  ctx.running = null;
  if (loop !== null) loop.currentTask = null;
  rec.current = item;
  const submitted = ctx.clock;
  ctx.threadClock = Math.max(submitted, startNs);
  const savedSink = realm.printSink;
  realm.printSink = (text, stream) => {
    const at = ctx.threadClock!;
    if (at <= submitted) realm.print(text, stream);
    else deferThreadPrint(ctx, loop, { at, text, stream, item, done: false });
  };
  const run: ThreadRun = { item, end: 0, result: None, error: undefined, from: saved.current ?? 0, name };
  if (rec.on) rec.started(item, undefined);
  try {
    run.result = realm.interp.call(fn, undefined, { positional: args, keywords: kwargs }, 'py');
    if (rec.on) recordResolved(realm, item, run.result);
  } catch (e) {
    if (!(e instanceof Thrown)) throw e;
    run.error = e;
    if (rec.on) rec.emit({ type: 'rejected', id: item, error: errorSummary(realm, e.value) });
  } finally {
    run.end = ctx.threadClock;
    realm.printSink = savedSink;
    ctx.running = saved.running;
    if (loop !== null) loop.currentTask = saved.task;
    rec.current = saved.current;
    ctx.threadClock = saved.thread;
    stack.handled = saved.handled;
  }
  return run;
}

/** A pool's workers (thread-pool.ts): when a function submitted now starts, and the worker busy until its end. */
export interface Workers {
  start(): number;
  ran(run: ThreadRun): void;
  /** `shutdown(wait=True)` from another thread: no new work, and the clock at which every worker is idle. */
  shutDown(): number;
}

/** A loop's default executor when the program set one (`loop.set_default_executor(pool)`). */
const defaultWorkers = new WeakMap<EventLoop, Workers>();

/** base_events.py `set_default_executor`: `run_in_executor(None, ...)` uses the pool from now on. */
export function setDefaultWorkers(loop: EventLoop, workers: Workers): void {
  defaultWorkers.set(loop, workers);
  executorUsed.add(loop);
}

/**
 * Run `fn(*args)` in a modelled worker thread; return the asyncio Future its result reaches.
 * `workers`: a ThreadPoolExecutor's (thread-pool.ts); else the loop's default executor, which
 * `asyncio.run` shuts down at the end.
 */
export function runInExecutor(
  ctx: PyModelContext,
  loop: EventLoop,
  fn: Value,
  args: Value[],
  kwargs?: Map<string, Value>,
  workers?: Workers,
): Future {
  loop.checkClosed();
  if (workers === undefined) {
    workers = defaultWorkers.get(loop);
    executorUsed.add(loop);
  }
  const start = workers !== undefined ? workers.start() : ctx.clock;
  const fut = loop.createFuture('run_in_executor');
  const run = runThread(ctx, loop, fn, args, kwargs, start);
  workers?.ran(run);
  chainToFuture(loop, run, fut);
  return fut;
}

/** futures.py `_chain_future`: the thread's outcome reaches `fut` by `call_soon_threadsafe` when the thread ends. */
export function chainToFuture(loop: EventLoop, run: ThreadRun, fut: Future): void {
  handOff(loop, run.end, run.item, run.from, `call_soon_threadsafe(${run.name})`, () => {
    if (fut.cancelled()) return;
    if (run.error !== undefined) fut.setException(run.error.value);
    else fut.setResult(run.result);
  });
}

/**
 * A print the thread made after its clock moved past its start reaches stdout when the loop's
 * time reaches the thread's: a loop entry due then, unless the loop thread, blocked meanwhile,
 * lets it out first (`flushThreadPrints`).
 */
function deferThreadPrint(ctx: PyModelContext, loop: EventLoop | null, p: ThreadPrint): void {
  const list = ctx.threadPrints;
  let i = list.length;
  while (i > 0 && list[i - 1]!.at > p.at) i--;
  list.splice(i, 0, p);
  if (loop === null) return;
  const rec = ctx.realm.rec;
  loop.callAtTime(
    p.at / 1e9,
    () => {
      if (p.done) return;
      p.done = true;
      list.splice(list.indexOf(p), 1);
      rec.current = p.item;
      ctx.realm.print(p.text, p.stream);
    },
    p.item,
    'print',
  );
}

/**
 * The loop thread blocks (`time.sleep`, a busy-wait on the clock): the worker threads go on
 * meanwhile, so what they printed up to the clock's new reading comes out now, in the order
 * of their clocks, before the loop thread's next print (the real threads print while the loop
 * thread waits; each loop entry made for them then does nothing).
 */
export function flushThreadPrints(ctx: PyModelContext, upTo = ctx.clock): void {
  const list = ctx.threadPrints;
  if (list.length === 0 || ctx.threadClock !== null) return;
  const rec = ctx.realm.rec;
  const current = rec.current;
  while (list.length > 0 && list[0]!.at <= upTo) {
    const p = list.shift()!;
    p.done = true;
    rec.current = p.item;
    ctx.realm.print(p.text, p.stream);
  }
  rec.current = current;
}

/** `call_soon_threadsafe(cb)` made by a thread whose clock reads `endNs` when it makes it. */
function handOff(loop: EventLoop, endNs: number, item: number, from: number, label: string, cb: () => void): void {
  const h = loop.callAtTime(endNs / 1e9, cb, item, label);
  h.handOff = true;
  h.handOffFrom = from;
}

function fnName(fn: Value): string {
  if (fn instanceof Object && 'name' in fn && typeof (fn as { name: unknown }).name === 'string') return (fn as { name: string }).name;
  return 'function';
}

/**
 * `to_thread`'s body: one module-level generator function, not one made per call (each
 * generator function made at run time gives its generators a hidden class of their own:
 * issue 10, tasks-api.ts wrapAwaitable).
 */
function* toThreadBody(ctx: PyModelContext, fn: Value, args: Value[], kwargs: Map<string, Value> | undefined): Body {
  const loop = getRunningLoop(ctx);
  // `functools.partial(contextvars.copy_context().run, func, *args, **kwargs)` once the program
  // uses contextvars (before that every context is empty, and the thread runs `func` itself).
  const cs = ctx.rt.contexts;
  if (cs !== null) {
    const run = ctx.realm.py.getAttr(contextObject(cs, cs.current.copy()), 'run');
    return yield* awaitFuture(ctx, runInExecutor(ctx, loop, run, [fn, ...args], kwargs));
  }
  return yield* awaitFuture(ctx, runInExecutor(ctx, loop, fn, args, kwargs));
}

/** `asyncio.to_thread(func, /, *args, **kwargs)`. */
export function toThread(ctx: PyModelContext, fn: Value, args: Value[], kwargs?: Map<string, Value>): Value {
  return nativeCoroutine(ctx, 'to_thread', 'to_thread', toThreadBody(ctx, fn, args, kwargs), TO_THREAD_CODE);
}

/** The body of `shutdown_default_executor(timeout=300)` as `Runner.close()` runs it. */
export function* shutdownDefaultExecutor(ctx: PyModelContext, loop: EventLoop): Body {
  if (!executorUsed.has(loop)) return None;
  const fut = loop.createFuture('shutdown_default_executor');
  const tm = timeoutAfter(ctx, 300);
  tm.enter();
  // The shutdown thread: `executor.shutdown(wait=True)` (the default pool's workers idle; a
  // pool the program set may still be busy), then hands back.
  const idle = defaultWorkers.get(loop)?.shutDown() ?? ctx.clock;
  handOff(loop, Math.max(ctx.clock, idle), 0, 0, 'call_soon_threadsafe(_set_result_unless_cancelled)', () => {
    if (!fut.cancelled()) fut.setResult(None);
  });
  try {
    yield* awaitFuture(ctx, fut);
  } catch (e) {
    if (!(e instanceof Thrown)) throw e;
    tm.exit(e.value);
    throw e;
  }
  tm.exit(undefined);
  return None;
}
