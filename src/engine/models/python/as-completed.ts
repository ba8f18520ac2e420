/**
 * asyncio.as_completed (Lib/asyncio/tasks.py 3.13+, `_AsCompletedIterator`).
 *
 *  - At the call: `todo = {ensure_future(aw, loop=loop) for aw in set(aws)}` with
 *    `loop = get_event_loop()` — coroutines become tasks now (in the order the engine's sets
 *    iterate objects: first occurrence order; CPython's follows object addresses, so the
 *    tasks made are marked as races: set-order.ts), each gets
 *    `_handle_completion` as a done callback, and a timeout is `call_later(timeout,
 *    _handle_timeout)`.
 *  - `_handle_completion(f)` (a done callback: one iteration after f completes) puts f on an
 *    internal `asyncio.Queue`; `_handle_timeout` puts one None per future still to come.
 *  - Plain iteration (`for f in as_completed(aws): await f`): each `__next__` returns a new
 *    coroutine `_wait_for_one(resolve=True)` = `f = await self._done.get()`, then
 *    `f.result()` (None → TimeoutError). So a result reaches the awaiting task 2 iterations
 *    after its future completes (callback, then the queue getter's wakeup) when the task is
 *    already waiting. `__anext__` (async iteration) gives the future itself.
 *  - `as_completed(awaitable)`: `TypeError: expects an iterable of awaitables, not T`.
 */
import { None, PyInstance, type Value } from '../../runtime/values';
import type { Pos } from '../../events/types';
import { defineBuiltinClass, pyClass } from '../../runtime/python/classes';
import type { PyModelContext } from './context';
import { getEventLoop } from './event-loop';
import { type Future } from './future';
import type { Handle } from './handles';
import type { NativeCode } from './coroutine';
import type { QueueCore } from './queue';
import { ensureFuture, isAwaitable, nativeCoroutine } from './tasks-api';
import { isNone, pyError, pyTypeName, toNumber } from './host';
import { markSetOrder } from './set-order';

/** tasks.py: `async def _wait_for_one` / `__anext__` and the awaits they suspend in. */
const WAIT_FOR_ONE_CODE: NativeCode = { file: 'tasks.py', first: 610, line: 614 };
const ANEXT_CODE: NativeCode = { file: 'tasks.py', first: 582, line: 587 };
/** A bound method: `_format_callback_source` gives no location for it. */
const HANDLE_COMPLETION = '_AsCompletedIterator._handle_completion()';

type Body = Generator<unknown, Value, unknown>;

class AsCompletedState {
  readonly todo = new Set<Future>();
  todoLeft = 0;
  timeoutHandle: Handle | null = null;
  constructor(readonly done: QueueCore) {}
}

export interface AsCompleted {
  /** `asyncio.as_completed(fs, *, timeout=None)`; `site`: the call (the tasks' `started`). */
  asCompleted(fs: Value, timeout: Value, site?: Pos): Value;
}

export function defineAsCompleted(ctx: PyModelContext, newQueue: () => QueueCore): AsCompleted {
  const realm = ctx.realm;
  const state = (s: Value) => (s as PyInstance).internal as AsCompletedState;

  function* waitForOne(st: AsCompletedState, resolve: boolean): Body {
    const f = yield* st.done.get();
    if (isNone(f)) throw pyError(realm, 'TimeoutError'); // the sentinel of _handle_timeout
    return resolve ? (f as Future).result() : f;
  } /**
   * `__anext__`'s body. Like waitForOne, one generator function per realm, not one per call:
   * each generator function made at run time gives its generators a hidden class of their own
   * (issue 10; tasks-api.ts wrapAwaitable).
   */
  function* anext(st: AsCompletedState): Body {
    if (st.todoLeft === 0) throw pyError(realm, 'StopAsyncIteration');
    st.todoLeft--;
    return yield* waitForOne(st, false);
  }

  const cls = defineBuiltinClass(realm, '_AsCompletedIterator', [pyClass(realm, 'object')], {
    pythonLevel: true,
    module: 'asyncio.tasks',
    register: false,
    methods: {
      __iter__: (s) => s,
      __aiter__: (s) => s,
      __next__: (s) => {
        const st = state(s);
        if (st.todoLeft === 0) throw pyError(realm, 'StopIteration');
        st.todoLeft--;
        return nativeCoroutine(ctx, '_wait_for_one', '_AsCompletedIterator._wait_for_one', waitForOne(st, true), WAIT_FOR_ONE_CODE);
      },
      __anext__: (s) => {
        const st = state(s);
        return nativeCoroutine(ctx, '__anext__', '_AsCompletedIterator.__anext__', anext(st), ANEXT_CODE);
      },
    },
  });

  return {
    asCompleted(fs: Value, timeout: Value, site?: Pos): Value {
      if (isAwaitable(fs)) throw pyError(realm, 'TypeError', `expects an iterable of awaitables, not ${pyTypeName(realm, fs)}`);
      const st = new AsCompletedState(newQueue());
      const loop = getEventLoop(ctx);
      // set(aws): each distinct awaitable once. The tasks made here start in that set's
      // order, which CPython's address hashing leaves open (set-order.ts).
      const aws = new Set<Value>(realm.py.iterate(fs));
      const made: number[] = [];
      for (const aw of aws) {
        const f = ensureFuture(ctx, aw, loop, site) as Future;
        if (f !== aw) made.push(f.id);
        st.todo.add(f);
      }
      markSetOrder(ctx, made);
      const handleCompletion = (f: Future): void => {
        if (st.todo.size === 0) return; // _handle_timeout() was here first.
        st.todo.delete(f);
        st.done.putNowait(f);
        if (st.todo.size === 0 && st.timeoutHandle !== null) loop.cancelHandle(st.timeoutHandle);
      };
      const callbacks = new Map<Future, ReturnType<Future['onDone']>>();
      for (const f of st.todo) callbacks.set(f, f.onDone(handleCompletion, f.id, '_handle_completion', HANDLE_COMPLETION));
      if (st.todo.size > 0 && !isNone(timeout)) {
        const item = ctx.invocation('timer', '_handle_timeout');
        st.timeoutHandle = loop.callLaterFn(
          toNumber(timeout),
          () => {
            for (const f of st.todo) {
              f.removeCallback(callbacks.get(f)!);
              st.done.putNowait(None); // Sentinel for _wait_for_one().
            }
            st.todo.clear();
          },
          item,
          '_handle_timeout',
        );
      }
      st.todoLeft = st.todo.size;
      return new PyInstance(cls, st);
    },
  };
}
