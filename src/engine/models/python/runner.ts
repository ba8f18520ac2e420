/**
 * Running a loop to completion from synchronous code: `loop.run_until_complete`
 * (base_events.py) and `asyncio.run` (Lib/asyncio/runners.py `Runner`), docs/semantics.md §2.9.
 *
 *  - `run_until_complete(x)`: ensure_future(x), a done callback that stops the loop
 *    (`_run_until_complete_cb`, which also marks the exception retrieved), run_forever, then
 *    `result()`. A loop that would wait forever raises Hang (event-loop.ts).
 *  - `asyncio.run(main)`: RuntimeError inside a running loop; otherwise a NEW loop (with the
 *    eager factory under python-eager), set as the current loop, `main` as a task (created
 *    before the loop runs, so never eager), then `_cancel_all_tasks` (cancel every pending
 *    task of the loop, in an order CPython takes from a set: set-order.ts, and gather them
 *    so their except/finally blocks run), then the two
 *    shutdown coroutines (`shutdown_asyncgens`, `shutdown_default_executor`: 2 iterations each,
 *    during which ready callbacks still run), then `set_event_loop(None)` and `close()`.
 *
 * These run nested inside the caller's synchronous call (script mode), so they cannot pause
 * for the step-budget slicing of `runUntil`: a script's `asyncio.run` runs to completion (or
 * to the budget EngineError) inside one `runUntil` call.
 */
import { None, type Value } from '../../runtime/values';
import { asyncioCallback } from './reprs';
import type { Pos } from '../../events/types';
import type { PyModelContext } from './context';
import { EventLoop } from './event-loop';
import { Future } from './future';
import { Task } from './task';
import { Coroutine } from './coroutine';
import { gather } from './gather';
import { ensureFuture, isAwaitable, loopCreateTask, nativeCoroutine } from './tasks-api';
import { awaitValue } from './await';
import { shutdownAsyncgens } from './asyncgens';
import { shutdownDefaultExecutor } from './threads';
import { errorSummary, isExitException, pyError, Thrown } from './host';
import { inFrames, PY_FRAMES } from './frames';
import { cancelTaskSet } from './set-order';

/** `asyncio.new_event_loop()` through the oracle's policy (eager factory under python-eager). */
export function newEventLoop(ctx: PyModelContext): EventLoop {
  const loop = new EventLoop(ctx);
  if (ctx.variant === 'python-eager') loop.taskFactory = ctx.eagerFactory;
  return loop;
}

/** `site`: the user's call (the `started` position of the task it may create). */
export function runUntilComplete(ctx: PyModelContext, loop: EventLoop, future: Value, site?: Pos): Value {
  // base_events.py's own frame, below run_forever's (call-stack.ts).
  return inFrames(ctx.realm, PY_FRAMES.runUntilComplete, () => runUntilCompleteIn(ctx, loop, future, site));
}

function runUntilCompleteIn(ctx: PyModelContext, loop: EventLoop, future: Value, site?: Pos): Value {
  loop.checkClosed();
  if (loop.running) throw pyError(ctx.realm, 'RuntimeError', 'This event loop is already running');
  if (ctx.running !== null) throw pyError(ctx.realm, 'RuntimeError', 'Cannot run the event loop while another loop is running');
  const isNew = !(future instanceof Future);
  const fut = ensureFuture(ctx, future, loop, site) as Future;
  if (isNew && fut instanceof Task) fut.logDestroyPending = false;
  const cb = fut.onDone(
    (f) => {
      // base_events.py: a SystemExit/KeyboardInterrupt already ended run_forever (issue #22429);
      // this callback, still scheduled, must not stop the loop's next run (asyncio.run's cleanup).
      if (!f.cancelled() && isExitException(ctx.realm, f.exception())) return;
      f.loop.stop();
    },
    fut.id,
    'run_until_complete',
    asyncioCallback('_run_until_complete_cb', 'base_events.py', 181),
  );
  try {
    loop.runForever();
  } catch (e) {
    if (isNew && fut.done() && !fut.cancelled()) fut.exception();
    throw e;
  } finally {
    fut.removeCallback(cb);
  }
  if (!fut.done()) throw pyError(ctx.realm, 'RuntimeError', 'Event loop stopped before Future completed.');
  return fut.result();
}

/**
 * What `Runner.run` (and so `asyncio.run`) runs as the main task: the coroutine itself, or
 * any other awaitable wrapped in `_wrap_awaitable` (Lib/asyncio/runners.py).
 */
export function mainCoroutine(ctx: PyModelContext, main: Value): Value {
  if (main instanceof Coroutine) return main;
  if (!isAwaitable(main)) throw pyError(ctx.realm, 'TypeError', 'An asyncio.Future, a coroutine or an awaitable is required');
  return nativeCoroutine(
    ctx,
    '_wrap_awaitable',
    'Runner.run.<locals>._wrap_awaitable',
    (function* () {
      return yield* awaitValue(ctx, main, undefined);
    })(),
  );
}

/** `asyncio.run(main)`. */
export function asyncioRun(ctx: PyModelContext, main: Value, site?: Pos): Value {
  // `asyncio.run` → `Runner.run` (and the oracle's pyodide wrapper): their frames (call-stack.ts).
  return inFrames(ctx.realm, PY_FRAMES.asyncioRun, () => asyncioRunIn(ctx, main, site));
}

function asyncioRunIn(ctx: PyModelContext, main: Value, site?: Pos): Value {
  if (ctx.running !== null) throw pyError(ctx.realm, 'RuntimeError', 'asyncio.run() cannot be called from a running event loop');
  const loop = newEventLoop(ctx);
  ctx.current = loop;
  let ok = false;
  try {
    const task = loopCreateTask(ctx, loop, mainCoroutine(ctx, main), { site });
    const r = runUntilComplete(ctx, loop, task);
    ok = true;
    return r;
  } catch (e) {
    // A user-level error still runs the Runner's cleanup; a Hang or an EngineError ends everything.
    if (e instanceof Thrown) ok = true;
    throw e;
  } finally {
    if (ok) {
      try {
        shutdownLoop(ctx, loop);
      } finally {
        ctx.current = null;
        loop.close();
      }
    }
  }
}

/** `Runner.close()` before closing the loop: cancel what is left, then the two shutdown coroutines. */
export function shutdownLoop(ctx: PyModelContext, loop: EventLoop): void {
  cancelAllTasks(ctx, loop);
  runCleanup(ctx, loop, nativeCoroutine(ctx, 'shutdown_asyncgens', 'BaseEventLoop.shutdown_asyncgens', shutdownAsyncgens(ctx, loop)));
  runCleanup(
    ctx,
    loop,
    nativeCoroutine(ctx, 'shutdown_default_executor', 'BaseEventLoop.shutdown_default_executor', shutdownDefaultExecutor(ctx, loop)),
  );
}

/**
 * `loop.run_until_complete(loop.shutdown_...())`: scheduled exactly as CPython does (a task,
 * 2 iterations, other ready callbacks run meanwhile), but that task is not shown: it would
 * be two lanes in every script-mode program that teach nothing about the user's code. Its
 * Task gets no invocation (id 0), so none of its events is recorded (future.ts, task.ts and
 * event-loop.ts skip id 0: the UI requires every id an event names to be introduced); the
 * iterations still show as turns. Tasks that user callbacks create meanwhile are shown.
 */
function runCleanup(ctx: PyModelContext, loop: EventLoop, coro: Coroutine): void {
  ctx.hiddenCoro = coro;
  try {
    runUntilComplete(ctx, loop, coro);
  } finally {
    ctx.hiddenCoro = null;
  }
}

/** runners.py `_cancel_all_tasks`. */
function cancelAllTasks(ctx: PyModelContext, loop: EventLoop): void {
  const toCancel: Task[] = [];
  for (const t of ctx.pendingTasks) if (t.loop === loop && !t.done()) toCancel.push(t);
  if (toCancel.length === 0) return;
  cancelTaskSet(ctx, toCancel);
  runUntilComplete(ctx, loop, gather(ctx, toCancel, true));
  for (const t of toCancel) {
    if (t.cancelled()) continue;
    const exc = t.exception();
    if (exc !== None) {
      loop.callExceptionHandler(
        [
          ['message', 'unhandled exception during asyncio.run() shutdown'],
          ['exception', exc],
          ['task', t],
        ],
        `unhandled exception during asyncio.run() shutdown (${t.coro.qualname}): ${errorSummary(ctx.realm, exc)}`,
      );
    }
  }
}
