/**
 * asyncio's async-generator bookkeeping (Lib/asyncio/base_events.py): the hooks a running
 * loop installs with `sys.set_asyncgen_hooks`, and `loop.shutdown_asyncgens()`, which
 * `asyncio.run` awaits before closing its loop (runner.ts).
 *
 *  - firstiter (`_asyncgen_firstiter_hook`): the first `__anext__`/`asend`/`athrow`/`aclose`
 *    of an async generator while a loop runs adds it to that loop's `_asyncgens` (a WeakSet:
 *    it stays there until it is collected, exhausted or not).
 *  - finalizer (`_asyncgen_finalizer_hook`): when such a generator is collected while
 *    suspended, it leaves the set and the loop, unless closed, schedules
 *    `call_soon_threadsafe(create_task, agen.aclose())` (the aclose() awaitable is made
 *    at once; the task is created by the callback, eagerly under the eager factory). This
 *    model collects only what CPython's reference counting frees at a known point: an async
 *    generator created by an `async for`'s own iterable expression, when that loop ends
 *    (runtime/python/generators.ts `finalizeTemporary`).
 *  - shutdown_asyncgens: `_asyncgens_shutdown_called = True`; if any generator is left,
 *    `await gather(*[ag.aclose() for ag in agens], return_exceptions=True)` (each aclose a
 *    task, through the loop's task factory), then an exception result is reported to the
 *    exception handler ("an error occurred during closing of asynchronous generator").
 *    CPython iterates a WeakSet, whose order follows object addresses; this model uses the
 *    order of first iteration.
 */
import { None, type Value } from '../../runtime/values';
import { pyRuntime } from '../../runtime/python/index';
import { type PyGenerator, PyNativeAwaitable } from '../../runtime/python/generators';
import { callDunder } from '../../runtime/python/calls';
import type { PyModelContext } from './context';
import type { EventLoop } from './event-loop';
import { Handle } from './handles';
import { gather } from './gather';
import { awaitValue } from './await';
import { loopCreateTask, nativeCoroutine } from './tasks-api';
import { errorSummary, isInstanceOf } from './host';

/** The loops' async generators (`BaseEventLoop._asyncgens`, `_asyncgens_shutdown_called`). */
const registries = new WeakMap<EventLoop, { agens: Set<PyGenerator>; shutdownCalled: boolean }>();

function registry(loop: EventLoop): { agens: Set<PyGenerator>; shutdownCalled: boolean } {
  let r = registries.get(loop);
  if (r === undefined) {
    r = { agens: new Set(), shutdownCalled: false };
    registries.set(loop, r);
  }
  return r;
}

/** Install the hooks: they act for whichever loop is running (run_forever sets them per thread). */
export function installAsyncgenHooks(ctx: PyModelContext): void {
  pyRuntime(ctx.realm).asyncgenHooks = {
    firstiter: (ag) => {
      const loop = ctx.running;
      if (loop === null) return null;
      const r = registry(loop);
      if (r.shutdownCalled) {
        ctx.realm.warn(
          `ResourceWarning: asynchronous generator ${ctx.realm.py.repr(ag)} was scheduled after loop.shutdown_asyncgens() call`,
        );
      }
      r.agens.add(ag);
      return (g) => finalizerHook(ctx, loop, g);
    },
  };
}

/** `aclose()` of an async generator, as a coroutine a Task can drive (the athrow object is a collections.abc.Coroutine). */
function acloseCoroutine(ctx: PyModelContext, ag: PyGenerator): Value {
  const aw = callDunder(pyRuntime(ctx.realm), ag, 'aclose', []);
  const body = aw instanceof PyNativeAwaitable ? aw.awaitBody() : awaitValue(ctx, aw, undefined);
  return nativeCoroutine(ctx, 'aclose', `${ag.driver.info.qualname}.aclose`, body);
}

function finalizerHook(ctx: PyModelContext, loop: EventLoop, ag: PyGenerator): void {
  registry(loop).agens.delete(ag);
  if (loop.closed) return;
  const coro = acloseCoroutine(ctx, ag);
  const item = ctx.invocation('callback', 'create_task');
  loop.callSoonHandle(
    new Handle(
      () => {
        loopCreateTask(ctx, loop, coro);
      },
      undefined,
      item,
      'create_task',
    ),
  );
}

/** The body of `loop.shutdown_asyncgens()`. */
export function* shutdownAsyncgens(ctx: PyModelContext, loop: EventLoop): Generator<unknown, Value, unknown> {
  const r = registry(loop);
  r.shutdownCalled = true;
  const realm = ctx.realm;
  if (r.agens.size === 0) return None;
  const closing = [...r.agens];
  r.agens.clear();
  const results = (yield* awaitValue(
    ctx,
    gather(
      ctx,
      closing.map((ag) => acloseCoroutine(ctx, ag)),
      true,
    ),
    undefined,
  )) as Value[];
  for (let i = 0; i < closing.length; i++) {
    const res = results[i];
    if (isInstanceOf(res, pyRuntime(realm).cls('Exception'))) {
      const message = `an error occurred during closing of asynchronous generator ${realm.py.repr(closing[i])}`;
      loop.callExceptionHandler(
        [
          ['message', message],
          ['exception', res],
          ['asyncgen', closing[i]!],
        ],
        `${message}: ${errorSummary(realm, res)}`,
      );
    }
  }
  return None;
}
