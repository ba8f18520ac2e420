/**
 * `concurrent.futures` as asyncio programs use it (Lib/concurrent/futures/thread.py and
 * _base.py): `ThreadPoolExecutor` with `submit` / `map` / `shutdown` and its `with` block, the
 * executor's `Future`, `as_completed` and `wait`, and a pool given to `loop.run_in_executor`
 * (the asyncio docs' "custom thread pool") or to `asyncio.wrap_future`.
 *
 * The workers are threads.ts's modelled threads, with that file's rule: a submitted function
 * runs at once, to completion, on its thread's own clock. A pool adds its size:
 *  - `max_workers` threads at most. A function submitted while every worker is busy starts
 *    when the first of them is free (thread.py's work queue: `_adjust_thread_count` starts a
 *    new thread only below max_workers), so its clock starts then, and what it prints comes out
 *    then. `max_workers=None` is `min(32, os.cpu_count() + 4)` in CPython, a figure of the
 *    machine: here, as the loop's default executor, enough workers for every submission.
 *  - The executor's Future is done when the loop thread's clock reaches the thread's end.
 *    `result()`, `exception()`, `as_completed`, `wait`, `map`'s iterator, `shutdown(wait=True)`
 *    and the end of a `with` block block the loop thread until then: its clock moves there,
 *    the threads' prints due meanwhile come out first (threads.ts `flushThreadPrints`), and no
 *    loop callback runs meanwhile, as in CPython, where the blocked thread is the loop's.
 *  - `cancel()` succeeds only for a function that has not started (a worker was busy) in
 *    CPython; the model has already run it, so it answers False, as for a running one.
 *
 * `ProcessPoolExecutor` is not modelled (another interpreter with its own memory): importing it
 * is reported unsupported.
 */
import { None, PyInstance, PySet, PyTuple, type CallArgs, type Value } from '../../runtime/values';
import { defineBuiltinClass, pyClass, pyNative } from '../../runtime/python/classes';
import { PyModule } from '../../runtime/values';
import { setAdd } from '../../runtime/python/equality';
import { pyRuntime } from '../../runtime/python/index';
import type { PyModelContext } from './context';
import type { EventLoop } from './event-loop';
import { flushThreadPrints, runThread, type ThreadRun, type Workers } from './threads';
import { blockingSleep } from './time-clocks';
import { arg, hexAddress, isNone, pyError, pyTypeName, toNumber } from './host';

/** A ThreadPoolExecutor's host state: its workers' clocks and whether it was shut down. */
export class ThreadPool {
  /** When each worker started so far is free again (its last function's end), ns. */
  readonly freeAt: number[] = [];
  shutDown = false;
  constructor(readonly maxWorkers: number) {}

  /** The clock at which a function submitted now starts: a free or new worker's, else the first to be free. */
  startFor(now: number): number {
    if (this.freeAt.length < this.maxWorkers) return now;
    let best = 0;
    for (let i = 1; i < this.freeAt.length; i++) if (this.freeAt[i]! < this.freeAt[best]!) best = i;
    const at = Math.max(now, this.freeAt[best]!);
    this.freeAt.splice(best, 1);
    return at;
  }

  /** The worker that ran a function is free at its end. */
  ran(run: ThreadRun): void {
    this.freeAt.push(run.end);
  }
}

/** The executor Future's host state (`_base.Future`): the thread's run, known at submission. */
interface ExecutorFuture {
  run: ThreadRun;
}

export interface ThreadPoolApi {
  /** The `concurrent` package and its `futures` module (registered by driver.ts). */
  concurrent(): PyModule;
  futures(): PyModule;
  /** The workers of a ThreadPoolExecutor given to `run_in_executor`; undefined for another executor. */
  workersOf(executor: Value): Workers | undefined;
  /** The thread run behind an executor's Future (`asyncio.wrap_future`); undefined for anything else. */
  runOf(future: Value): ThreadRun | undefined;
}

/**
 * `loopNow`: the loop a worker's late prints go to (threads.ts), the running one or the
 * current one, if any.
 */
export function defineThreadPool(ctx: PyModelContext, loopNow: () => EventLoop | null): ThreadPoolApi {
  const realm = ctx.realm;
  const rt = pyRuntime(realm);
  const object = pyClass(realm, 'object');

  /** The loop thread waits for the clock to reach `ns` (a modelled thread waits on its own clock). */
  const waitUntil = (ns: number): void => {
    const now = ctx.threadClock ?? ctx.clock;
    if (ns > now) blockingSleep(ctx, ns - now);
    else flushThreadPrints(ctx);
  };
  const isDone = (f: ExecutorFuture) => (ctx.threadClock ?? ctx.clock) >= f.run.end;

  const futureCls = defineBuiltinClass(realm, 'Future', [object], {
    module: 'concurrent.futures._base',
    register: false,
    methods: {
      result: (s, a) => {
        const f = futureOf(s);
        waitFor(f, a);
        if (f.run.error !== undefined) throw f.run.error;
        return f.run.result;
      },
      exception: (s, a) => {
        const f = futureOf(s);
        waitFor(f, a);
        return f.run.error !== undefined ? f.run.error.value : None;
      },
      done: (s) => isDone(futureOf(s)),
      running: (s) => !isDone(futureOf(s)),
      cancelled: () => false,
      cancel: () => false,
      add_done_callback: (s, a) => {
        const fn = arg(a, 0, 'fn');
        if (fn === undefined) throw pyError(realm, 'TypeError', "Future.add_done_callback() missing 1 required positional argument: 'fn'");
        const f = futureOf(s);
        // Done: called at once, by this thread. Else the worker calls it as the function ends:
        // in the worker, at the end of its clock (what it prints comes out then).
        if (isDone(f)) realm.interp.call(fn, undefined, { positional: [s] }, 'py');
        else runThread(ctx, loopNow(), fn, [s], undefined, f.run.end);
        return None;
      },
      __repr__: (s) => {
        const f = futureOf(s);
        const addr = `<Future at ${hexAddress(realm, s as PyInstance)}`;
        if (!isDone(f)) return `${addr} state=running>`;
        return f.run.error !== undefined
          ? `${addr} state=finished raised ${pyTypeName(realm, f.run.error.value)}>`
          : `${addr} state=finished returned ${pyTypeName(realm, f.run.result)}>`;
      },
    },
  });
  const futureOf = (s: Value): ExecutorFuture => {
    if (!(s instanceof PyInstance) || s.cls !== futureCls) throw pyError(realm, 'TypeError', 'a concurrent.futures.Future was expected');
    return s.internal as ExecutorFuture;
  };

  /** `result(timeout)` / `exception(timeout)`: wait for the end, or TimeoutError past `timeout`. */
  function waitFor(f: ExecutorFuture, a: CallArgs): void {
    const timeout = arg(a, 0, 'timeout', None);
    const now = ctx.threadClock ?? ctx.clock;
    if (!isNone(timeout) && f.run.end > now + toNumber(timeout) * 1e9) {
      waitUntil(now + toNumber(timeout) * 1e9);
      throw pyError(realm, 'TimeoutError');
    }
    waitUntil(f.run.end);
  }

  const poolOf = (s: Value): ThreadPool | undefined =>
    s instanceof PyInstance && s.internal instanceof ThreadPool ? s.internal : undefined;

  function submitStart(pool: ThreadPool): number {
    if (pool.shutDown) throw pyError(realm, 'RuntimeError', 'cannot schedule new futures after shutdown');
    return pool.startFor(ctx.threadClock ?? ctx.clock);
  }

  function submit(pool: ThreadPool, fn: Value, args: Value[], kwargs: Map<string, Value> | undefined): PyInstance {
    const start = submitStart(pool);
    const run = runThread(ctx, loopNow(), fn, args, kwargs, start);
    pool.ran(run);
    return new PyInstance(futureCls, { run } satisfies ExecutorFuture);
  }

  /** `shutdown(wait=True)`: the loop thread waits for every worker. */
  function shutdown(pool: ThreadPool, wait: boolean): void {
    pool.shutDown = true;
    if (wait) waitUntil(Math.max(ctx.threadClock ?? ctx.clock, ...pool.freeAt));
  }

  const executorCls = defineBuiltinClass(realm, 'ThreadPoolExecutor', [object], {
    module: 'concurrent.futures.thread',
    register: false,
    construct: (cls, a) => {
      const max = arg(a, 0, 'max_workers', None);
      let n = Infinity;
      if (!isNone(max)) {
        if (typeof max !== 'number' && typeof max !== 'bigint')
          throw pyError(realm, 'TypeError', `'<=' not supported between instances of '${pyTypeName(realm, max)}' and 'int'`);
        n = Number(max);
        if (n <= 0) throw pyError(realm, 'ValueError', 'max_workers must be greater than 0');
      }
      return new PyInstance(cls, new ThreadPool(n));
    },
    methods: {
      submit: (s, a) => {
        const fn = a.positional[0];
        if (fn === undefined) throw pyError(realm, 'TypeError', "ThreadPoolExecutor.submit() missing 1 required positional argument: 'fn'");
        return submit(poolOf(s)!, fn, a.positional.slice(1), a.keywords);
      },
      map: (s, a) => {
        const fn = a.positional[0];
        if (fn === undefined) throw pyError(realm, 'TypeError', "Executor.map() missing 1 required positional argument: 'fn'");
        const pool = poolOf(s)!;
        // _base.py Executor.map: every call submitted now, over the iterables zipped.
        const iterables = a.positional.slice(1).map((it) => [...realm.py.iterate(it)]);
        const n = iterables.length === 0 ? 0 : Math.min(...iterables.map((x) => x.length));
        const futures: PyInstance[] = [];
        for (let i = 0; i < n; i++)
          futures.push(
            submit(
              pool,
              fn,
              iterables.map((x) => x[i]!),
              undefined,
            ),
          );
        return resultIterator(futures, true);
      },
      shutdown: (s, a) => {
        const wait = arg(a, 0, 'wait', true);
        shutdown(poolOf(s)!, realm.py.truthy(wait));
        return None;
      },
      __enter__: (s) => s,
      __exit__: (s) => {
        shutdown(poolOf(s)!, true);
        return false;
      },
    },
  });

  /** What `map` returns (a generator of results in order) and `as_completed` (futures as they finish). */
  const iteratorCls = defineBuiltinClass(realm, 'generator', [object], {
    module: 'concurrent.futures._base',
    qualname: 'Executor.map.<locals>.result_iterator',
    register: false,
    methods: {
      __iter__: (s) => s,
      __next__: (s) => {
        const st = (s as PyInstance).internal as { futures: PyInstance[]; results: boolean };
        const next = st.futures.shift();
        if (next === undefined) throw pyError(realm, 'StopIteration');
        const f = futureOf(next);
        waitUntil(f.run.end);
        if (!st.results) return next;
        if (f.run.error !== undefined) throw f.run.error;
        return f.run.result;
      },
    },
  });
  const resultIterator = (futures: PyInstance[], results: boolean) => new PyInstance(iteratorCls, { futures, results });

  const byEnd = (fs: Value): PyInstance[] => {
    const list: PyInstance[] = [];
    for (const v of realm.py.iterate(fs)) {
      futureOf(v);
      if (!list.includes(v as PyInstance)) list.push(v as PyInstance);
    }
    // Stable: futures ending together keep their order.
    return list.sort((x, y) => futureOf(x).run.end - futureOf(y).run.end);
  };

  let futuresModule: PyModule | undefined;
  function futures(): PyModule {
    if (futuresModule !== undefined) return futuresModule;
    const m = new PyModule('concurrent.futures');
    m.dict.set('__name__', 'concurrent.futures');
    m.dict.set('ThreadPoolExecutor', executorCls);
    m.dict.set('Future', futureCls);
    m.dict.set('FIRST_COMPLETED', 'FIRST_COMPLETED');
    m.dict.set('FIRST_EXCEPTION', 'FIRST_EXCEPTION');
    m.dict.set('ALL_COMPLETED', 'ALL_COMPLETED');
    m.dict.set('TimeoutError', rt.cls('TimeoutError'));
    m.dict.set(
      'as_completed',
      pyNative('as_completed', (_s, a) => resultIterator(byEnd(arg(a, 0, 'fs')), false)),
    );
    m.dict.set(
      'wait',
      pyNative('wait', (_s, a) => {
        const fs = byEnd(arg(a, 0, 'fs'));
        const when = arg(a, 2, 'return_when', 'ALL_COMPLETED');
        const timeout = arg(a, 1, 'timeout', None);
        const now = ctx.threadClock ?? ctx.clock;
        // _base.py wait: until the first one (FIRST_COMPLETED), the first that raised or all
        // (FIRST_EXCEPTION), or all (ALL_COMPLETED); never past the timeout.
        let until = fs.length === 0 ? now : futureOf(fs[fs.length - 1]!).run.end;
        if (when === 'FIRST_COMPLETED' && fs.length > 0) until = futureOf(fs[0]!).run.end;
        else if (when === 'FIRST_EXCEPTION') {
          const raised = fs.find((f) => futureOf(f).run.error !== undefined);
          if (raised !== undefined) until = futureOf(raised).run.end;
        }
        if (!isNone(timeout)) until = Math.min(until, now + toNumber(timeout) * 1e9);
        waitUntil(until);
        const done = new PySet();
        const notDone = new PySet();
        for (const f of fs) setAdd(rt, futureOf(f).run.end <= until ? done : notDone, f);
        return new PyTuple([done, notDone]);
      }),
    );
    return (futuresModule = m);
  }

  return {
    futures,
    concurrent(): PyModule {
      const m = new PyModule('concurrent');
      m.dict.set('__name__', 'concurrent');
      m.dict.set('futures', futures());
      return m;
    },
    runOf: (v) => (v instanceof PyInstance && v.cls === futureCls ? (v.internal as ExecutorFuture).run : undefined),
    workersOf(executor: Value): Workers | undefined {
      const pool = poolOf(executor);
      if (pool === undefined) return undefined;
      return {
        start: () => submitStart(pool),
        ran: (run) => pool.ran(run),
        shutDown: () => {
          pool.shutDown = true;
          return Math.max(0, ...pool.freeAt);
        },
      };
    },
  };
}
