/**
 * A task of a coroutine-like object that is not a coroutine: `asyncio.create_task(anext(agen))`,
 * `create_task(agen.aclose())`, `create_task(cm.__aenter__())`.
 *
 * CPython's Task takes anything `asyncio.iscoroutine` accepts: a native coroutine, or any object
 * that `collections.abc.Coroutine` recognises by its methods (`send`, `throw`, `close`,
 * `__await__`), which an async generator's `asend` / `athrow` awaitables and `anext`'s have
 * (Lib/asyncio/coroutines.py `iscoroutine`; Objects/genobject.c). The task drives the object
 * with `send` / `throw` as it drives a coroutine, and `get_coro()` is the object itself.
 *
 * Here the task drives a quiet Coroutine whose body is the awaitable's own (what an `await` of
 * it would delegate to: runtime/python/generators.ts PyNativeAwaitable.awaitBody), so the task
 * steps, suspends and finishes exactly as on the coroutine; it records no lane of its own, as
 * the object has no frame (`sys.monitoring` sees the async generator's frame, which records
 * its own events).
 */
import type { Value } from '../../runtime/values';
import { PyNativeAwaitable } from '../../runtime/python/generators';
import type { PyModelContext } from './context';
import { Coroutine, RUNNING } from './coroutine';

export class AwaitableCoroutine extends Coroutine {
  constructor(
    ctx: PyModelContext,
    /** What the task was given (`get_coro()`). */
    readonly awaitable: PyNativeAwaitable,
  ) {
    // coroutines.py `_format_coroutine`: an object without `__qualname__` / `__name__` is named
    // `<TYPE without __name__>`; a native coroutine method (contextlib's `__aenter__`) has a name.
    const name = awaitable.qualname ?? `<${awaitable.cls.name} without __name__>`;
    super(ctx, awaitable.awaitBody(), name, name, undefined, true);
  }

  /** `_format_coroutine` of an object without a code object: its name, and whether it is running. */
  formatted(): string {
    return `${this.qualname}()${this.state === RUNNING ? ' running' : ''}`;
  }
}

/** What `Task(x)` runs: `x` itself when it is a coroutine, else the coroutine standing for it. */
export function taskCoroutine(ctx: PyModelContext, x: Value): Value {
  return x instanceof PyNativeAwaitable ? new AwaitableCoroutine(ctx, x) : x;
}

/** `task.get_coro()`: the object the task was given. */
export function givenCoroutine(coro: Coroutine): Value {
  return coro instanceof AwaitableCoroutine ? coro.awaitable : coro;
}
