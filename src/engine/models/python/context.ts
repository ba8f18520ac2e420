/**
 * The state one Python-model run shares: the variant, the virtual clock (one clock for
 * every loop of the run, as in the oracle), the running loop and the policy's current
 * loop, the asyncio/promisio classes of this realm, and the bookkeeping that stands in for
 * CPython's garbage collector at the end of the run (unstarted coroutines, pending tasks,
 * futures whose exception was never retrieved — see warnings.ts).
 */
import type { ThreadPoolApi } from './thread-pool';
import type { Realm } from '../../runtime/realm';
import type { CallStack } from '../../runtime/call-stack';
import type { StreamName } from '../../runtime/output';
import type { PyClass, Value } from '../../runtime/values';
import type { InvocationKind, Pos } from '../../events/types';
import type { EventLoop } from './event-loop';
import type { Task } from './task';
import type { Future } from './future';
import type { Coroutine } from './coroutine';
import { LinkedSet } from './linked-set';
import { SegmentState } from './await-segments';
import { pyRuntime, type PyRuntime } from '../../runtime/python/state';
import type { Thrown } from '../../runtime/thrown';

export type PythonVariant = 'python' | 'python-eager' | 'promisio';

/** The Python classes the model defines in this realm (classes.ts, promisio-module.ts). */
export interface AsyncioClasses {
  loop: PyClass;
  handle: PyClass;
  timerHandle: PyClass;
  future: PyClass;
  task: PyClass;
  /** tasks.py `_GatheringFuture` (what gather returns). */
  gatheringFuture: PyClass;
  /** `_asyncio.FutureIter`, what `Future.__await__()` / `__iter__()` return (classes.ts). */
  futureIter: PyClass;
  coroutine: PyClass;
  cancelledError: PyClass;
  invalidStateError: PyClass;
  promise: PyClass;
  taskPromise: PyClass;
  aggregateError: PyClass;
}

/** A print a modelled worker thread made once its clock had moved past its start (threads.ts). */
export interface ThreadPrint {
  /** Its thread's clock when it printed, ns. */
  at: number;
  text: string;
  stream: StreamName;
  /** The thread's invocation (the print's lane). */
  item: number;
  done: boolean;
}

export class PyModelContext {
  /**
   * Virtual time in integer nanoseconds. It moves as the oracle's clock moves
   * (tests/conformance/README.md "The event loop: virtual time"): +1 ns at every
   * `loop.time()` read (`loopTime`), by the whole wait when the selector "waits" for a timer
   * (`advanceClock`), and by the Python `time` module's reads and sleeps (`clockRead`,
   * `blockingSleep`: time-clocks.ts states those rules).
   */
  clock = 0;
  /** While a modelled worker thread runs (threads.ts): its own clock, in ns; else null. */
  threadClock: number | null = null;
  /**
   * The prints of modelled worker threads still to come out, in the order they are due
   * (threads.ts `deferThreadPrint`): the loop prints each when its time comes, or the loop
   * thread's blocking wait lets them out as it passes their time (`flushThreadPrints`).
   */
  threadPrints: ThreadPrint[] = [];
  /** `concurrent.futures`, once a program imports it (thread-pool.ts): `run_in_executor` takes its pools. */
  threadPools: ThreadPoolApi | null = null;
  /** `events._get_running_loop()`. */
  running: EventLoop | null = null;
  /** The policy's current loop (`set_event_loop`), what `get_event_loop()` falls back to. */
  current: EventLoop | null = null;
  /** `_run_once` calls so far, over every loop of the run (the `loopcount.it()` of docs/semantics.md). */
  iterations = 0;
  /** `Task-N` names (tasks.py `_task_name_counter`). */
  taskCounter = 0;
  /** `_scheduled_tasks`: registered tasks that are not done. */
  readonly pendingTasks = new LinkedSet<Task>();
  /**
   * Coroutine objects never started (the "was never awaited" finalizer warning), in creation
   * order — all but the newest, which waits in `newestUnstarted` until another coroutine is
   * made (it then joins the set's tail, where it would have been) or it starts. Almost every
   * coroutine starts before the next one is made (`await asyncio.sleep(0)`, `await f()`), so
   * most never enter the set at all: two field writes instead of linking and unlinking one
   * at every sleep(0) (issue 10). Read it through `settleUnstarted`.
   */
  private readonly unstarted = new LinkedSet<Coroutine>();
  private newestUnstarted: Coroutine | null = null;
  /** Futures whose `__log_traceback` is set (the "exception was never retrieved" finalizer). */
  readonly unretrieved = new Set<Future>();
  /**
   * The asyncio.run cleanup coroutine being run (shutdown_asyncgens / shutdown_default_executor):
   * its task is real (same scheduling, same Task-N name) but gets no invocation id (runner.ts).
   */
  hiddenCoro: Coroutine | null = null;
  /** The REPL's main task: its error is the run's error, never a "never retrieved" warning. */
  mainTask: Task | null = null;
  /** The main task's uncaught exception, with its source position (task.ts). */
  mainThrown: Thrown | undefined = undefined;
  /** Set by the driver: an error in the REPL top-level code (recorded, the loop goes on). */
  onMainError: ((exc: Thrown) => void) | null = null;
  cls!: AsyncioClasses;
  /** The language of the program being run (the driver sets it): see `calledFromJs`. */
  mainLang: 'py' | 'js' = 'py';
  /**
   * Events only: the user call that is creating a task through the loop's task factory (a
   * Python callable, which cannot be handed the position): loopCreateTask sets it around
   * the factory call, the Task the factory builds takes it as its `started` position.
   */
  taskSite: Pos | undefined = undefined;
  /**
   * Events only (set while recording): the position of the user's `await` of the quiet
   * coroutine running now (asyncio.sleep, wait_for...), for the awaits inside it
   * (await.ts); where the last recorded suspension happened (a task's `awaited`); where the
   * inline `await` that is starting a coroutine is (that coroutine's `started`).
   */
  awaitSite: Pos | undefined = undefined;
  suspendSite: Pos | undefined = undefined;
  startSite: Pos | undefined = undefined;
  /**
   * Events only: what the innermost await waits on when a task step ends suspended (the
   * future's invocation and its description), set where the chain yields (await.ts), so
   * that every frame the suspension travels up through records what it waits for; and
   * what woke the task step now running (its `resumed` events' `by`).
   */
  suspendOn: number | undefined = undefined;
  suspendWhat = '';
  resumeBy: number | undefined = undefined;
  /** The coroutine whose body is executing now (the innermost frame), for its repr's line. */
  runningCoro: Coroutine | null = null;
  /** `asyncio.eager_task_factory` (the python-eager variant installs it on every new loop). */
  eagerFactory: Value = null;
  /** The `asyncio.sleep` function of this run's asyncio module (asyncio-module.ts), once made. */
  sleepFunction: Value = undefined;
  /**
   * sleep(0) coroutines done with, for asyncio.sleep to hand out again (sleep0.ts: only those
   * no user code ever held).
   */
  readonly sleep0Pool: Coroutine[] = [];
  /** `realm.stack`, read at every coroutine step (runtime/call-stack.ts). */
  readonly stack: CallStack;
  /** Await chains cut into segments (await-segments.ts). */
  readonly seg = new SegmentState();

  constructor(
    readonly realm: Realm,
    readonly variant: PythonVariant,
  ) {
    this.stack = realm.stack;
  }

  /** The realm's Python runtime (its `contexts`: contextvars.ts), looked up once. */
  get rt(): PyRuntime {
    return (this.pyRt ??= pyRuntime(this.realm));
  }
  private pyRt: PyRuntime | undefined = undefined;

  /**
   * `NAME()`, what an await of a coroutine named NAME is recorded as (`awaited.what`), made
   * once per name rather than once per suspended frame and step (issue 10, recording cost).
   */
  callText(name: string): string {
    // The last few names asked for, compared by reference first: a chain's frames ask for a
    // handful of names at every suspension, and a Map lookup each was a share of what
    // recording cost (issue 10). Entry k: a name at 2k, its text at 2k + 1.
    const n = name.length;
    const k = ((n + (n > 0 ? name.charCodeAt(n - 1) : 0)) & 7) << 1;
    const recent = this.recentCallTexts;
    if (recent[k] === name) return recent[k + 1]!;
    let t = this.callTexts.get(name);
    if (t === undefined) this.callTexts.set(name, (t = `${name}()`));
    recent[k] = name;
    recent[k + 1] = t;
    return t;
  }
  private readonly callTexts = new Map<string, string>();
  private readonly recentCallTexts: (string | null)[] = Array.from({ length: 16 }, () => null);

  /** A new invocation id, announced to the recorder. */
  /** A coroutine was made: unstarted until it starts or is closed (`coroutineLeft`). */
  coroutineMade(c: Coroutine): void {
    const prev = this.newestUnstarted;
    if (prev !== null) this.unstarted.add(prev);
    this.newestUnstarted = c;
  }

  /** A coroutine made unstarted has started, or was closed before it started. */
  coroutineLeft(c: Coroutine): void {
    if (this.newestUnstarted === c) this.newestUnstarted = null;
    else this.unstarted.delete(c);
  }

  /** The coroutines never started, in creation order (the set itself: it may change while iterated). */
  settleUnstarted(): LinkedSet<Coroutine> {
    const c = this.newestUnstarted;
    if (c !== null) {
      this.newestUnstarted = null;
      this.unstarted.add(c);
    }
    return this.unstarted;
  }

  /** Forget every unstarted coroutine (the end of the run, after the warnings). */
  clearUnstarted(): void {
    this.newestUnstarted = null;
    this.unstarted.clear();
  }

  invocation(kind: InvocationKind, name: string, loc?: Pos, traced = false): number {
    const rec = this.realm.rec;
    const id = rec.newId();
    if (rec.on) rec.invocation(id, kind, name, rec.current, loc, traced);
    return id;
  }

  /**
   * `loop.time()` as the oracle's VirtualLoop.time(): the clock moves 1 ns, then is read, in
   * seconds (a float: deadlines are `time() + delay` floats, compared as CPython compares them).
   */
  loopTime(): number {
    this.setClock(this.clock + 1);
    return this.clock / 1e9;
  }

  /**
   * Move the virtual clock forward by `ns` (the selector "waited", or `time.sleep` blocked):
   * a `time` event when the time the timeline shows changes.
   */
  advanceClock(ns: number): void {
    if (ns <= 0) return;
    const rec = this.realm.rec;
    const from = rec.time;
    this.setClock(this.clock + ns);
    if (rec.on && rec.time !== from) rec.emit({ type: 'time', from, to: rec.time });
  }

  /**
   * Set the clock. Events carry it in ms rounded to the microsecond: the 1 ns per read the
   * clock drifts by stays out of the timeline (a `sleep(0.1)` shows at 100 ms, as under js).
   */
  setClock(ns: number): void {
    this.clock = ns;
    this.realm.rec.time = Math.round(ns / 1e3) / 1e3;
  }
}

/**
 * Whether the code calling a native right now is JavaScript: the user function executing,
 * or, in a loop callback / async body (no synchronous user frame), the program's language.
 * A JS program under a Python model calls promisio's Promise through shims/js.py; JS passes
 * `undefined` for a missing argument (`resolve()`, `setTimeout(resolve, ms)`), where the
 * Python twins write `resolve(None)` (tests/conformance/README.md "JS → Python").
 */
export function calledFromJs(ctx: PyModelContext): boolean {
  const f = ctx.realm.interp.currentFunction();
  return f !== undefined ? f.lang === 'js' : ctx.mainLang === 'js';
}
