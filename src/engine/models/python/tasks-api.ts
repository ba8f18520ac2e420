/**
 * Creating tasks (Lib/asyncio/tasks.py `create_task`, `ensure_future`, `eager_task_factory`;
 * base_events.py `BaseEventLoop.create_task`).
 *
 *  - `loop.create_task(coro)` goes through the loop's task factory when one is set; the
 *    python-eager variant sets `eager_task_factory` on every loop it creates (§3).
 *  - `asyncio.create_task` needs a running loop (`RuntimeError: no running event loop`);
 *    `ensure_future` uses `get_event_loop()` and wraps a non-coroutine awaitable in the
 *    coroutine `ensure_future.<locals>._wrap_awaitable` (3.14 qualname).
 *  - `Task(x)` for a non-coroutine: `TypeError: a coroutine was expected, got <repr>`; an
 *    object that is coroutine-like without being a coroutine (`anext(agen)`) is taken as
 *    CPython takes it (awaitable-coroutine.ts).
 */
import { None, type CallArgs, type Value } from '../../runtime/values';
import { tick } from '../../runtime/realm';
import type { Pos } from '../../events/types';
import { lookupMro } from '../../runtime/python/classes';
import { PyNativeAwaitable } from '../../runtime/python/generators';
import { PyInstance } from '../../runtime/values';
import type { PyModelContext } from './context';
import { getEventLoop, getRunningLoop, type EventLoop } from './event-loop';
import { Coroutine, type NativeCode } from './coroutine';
import { taskCoroutine } from './awaitable-coroutine';
import { Future } from './future';
import { Task, type TaskOptions } from './task';
import { Promise as PromisioPromise } from './promisio';
import { awaitValue } from './await';
import { isNone, pyError, reprOf } from './host';
import { PY_FRAMES, popFrames, pushFrames } from './frames';
import { contextArg, type ContextData } from '../../runtime/python/contextvars';
import { unexpectedKeyword } from '../../runtime/python/suggestions';

/** A `context=` argument: None or absent is the default (a copy of the current context). */
export function contextOption(ctx: PyModelContext, v: Value | undefined): ContextData | undefined {
  return v === undefined || isNone(v) ? undefined : contextArg(ctx.rt, v);
}

export function newTask(ctx: PyModelContext, loop: EventLoop, coro: Value, opts: TaskOptions = {}): Task {
  coro = taskCoroutine(ctx, coro);
  if (!(coro instanceof Coroutine)) {
    throw pyError(ctx.realm, 'TypeError', `a coroutine was expected, got ${reprOf(ctx.realm, coro)}`);
  }
  return new Task(ctx, loop, coro, opts);
}

/**
 * newTask, the task's first step then called from here rather than from inside its constructor
 * (`deferStart`, Task.begin): the constructor's and begin's host frames are not under an eager
 * first step, which eager `await create_task(f())` recursion repeats at every level (issue 10).
 */
function startTask(ctx: PyModelContext, loop: EventLoop, coro: Value, opts: TaskOptions): Task {
  coro = taskCoroutine(ctx, coro);
  if (!(coro instanceof Coroutine)) {
    throw pyError(ctx.realm, 'TypeError', `a coroutine was expected, got ${reprOf(ctx.realm, coro)}`);
  }
  const task = new Task(ctx, loop, coro, opts);
  if (opts.eager === true && loop.isRunning()) task.eagerStart();
  else task.begin(false);
  return task;
}

/**
 * The keywords of `create_task` as the engine passes them on: `name=`, `eager_start=`,
 * `context=` (Python values, None or absent for the default), and `site`, the user's call
 * that creates the task (events only).
 */
export interface CreateTaskOptions {
  name?: Value;
  site?: Pos;
  eagerStart?: Value;
  context?: Value;
  /** Other keywords of `create_task(coro, **kwargs)`: a task factory takes them; `Task()` has none. */
  extra?: Map<string, Value>;
}

/** The keywords of `create_task(coro, **kwargs)` other than Task's own, as CreateTaskOptions.extra. */
export function extraTaskKeywords(args: CallArgs): Map<string, Value> | undefined {
  const kw = args.keywords;
  if (kw === undefined) return undefined;
  let extra: Map<string, Value> | undefined;
  for (const [k, v] of kw) if (k !== 'name' && k !== 'eager_start' && k !== 'context') (extra ??= new Map()).set(k, v);
  return extra;
}

/**
 * A program's task factory, called as `factory(loop, coro, **kwargs)` with the keywords
 * create_task was given. Out of line, as rejectTaskKeywords: loopCreateTask's frame is on
 * the host stack at every level of eager create_task recursion.
 */
function callTaskFactory(
  ctx: PyModelContext,
  loop: EventLoop,
  coro: Value,
  o: CreateTaskOptions,
  n: string | undefined,
  eager: boolean | undefined,
): Value {
  const withContext = o.context !== undefined && !isNone(o.context);
  const keywords = n === undefined && eager === undefined && !withContext && o.extra === undefined ? undefined : new Map<string, Value>();
  if (n !== undefined) keywords!.set('name', o.name);
  if (eager !== undefined) keywords!.set('eager_start', o.eagerStart);
  if (withContext) keywords!.set('context', o.context);
  if (o.extra !== undefined) for (const [k, v] of o.extra) keywords!.set(k, v);
  return ctx.realm.interp.call(loop.taskFactory, undefined, { positional: [loop, coro], keywords }, 'py');
}

const TASK_KEYWORDS = ['coro', 'loop', 'name', 'context', 'eager_start'];

/** `Task(coro, loop=self, **kwargs)` (no factory, or the eager one: it calls Task the same way) takes no other keyword. */
function rejectTaskKeywords(ctx: PyModelContext, loop: EventLoop, extra: Map<string, Value>): void {
  const noFactory = loop.taskFactory === null || isNone(loop.taskFactory) || loop.taskFactory === ctx.eagerFactory;
  if (noFactory && extra.size > 0) {
    // Argument Clinic's `_asyncio.Task.__init__` (3.14): a near keyword is suggested.
    throw pyError(ctx.realm, 'TypeError', `Task() ${unexpectedKeyword(extra.keys().next().value!, TASK_KEYWORDS)}`);
  }
}

/**
 * `BaseEventLoop.create_task(coro, **kwargs)`. A task factory is a Python callable, so it
 * reaches the factory's Task through `ctx.taskSite`.
 */
export function loopCreateTask(
  ctx: PyModelContext,
  loop: EventLoop,
  coro: Value,
  o: CreateTaskOptions = {},
  frames: number = PY_FRAMES.libraryCall,
): Value {
  // A Python function of base_events.py: an eager task's first step runs on its frame (call-stack.ts).
  // `frames`: its own, and tasks.create_task's when createTask calls it.
  pushFrames(ctx.realm, frames);
  try {
    loop.checkClosed();
    const { name, site, eagerStart, context } = o;
    // Out of line: this frame is on the host stack at every level of eager create_task
    // recursion, and its size is how deep that recursion gets in a worker (issue 10).
    if (o.extra !== undefined) rejectTaskKeywords(ctx, loop, o.extra);
    const n = name === undefined || isNone(name) ? undefined : String(name);
    // Task(eager_start=None): the loop's default (no factory: lazy); True/False decide.
    const eager = eagerStart === undefined || isNone(eagerStart) ? undefined : ctx.realm.py.truthy(eagerStart);
    if (loop.taskFactory === null || isNone(loop.taskFactory)) {
      return newTask(ctx, loop, coro, { name: n, site, eager, context: contextOption(ctx, context) });
    }
    const prevSite = ctx.taskSite;
    ctx.taskSite = site;
    try {
      // base_events.create_task: `self._task_factory(self, coro, **kwargs)`: the name reaches the
      // Task's constructor, so an eager first step already runs under it.
      if (loop.taskFactory === ctx.eagerFactory) {
        // The model's own eager_task_factory, called as interp.call would call its native (the
        // step, no call site) and as the native calls eagerTaskFactory, without the three host
        // frames of the call in between: eager `await create_task(f())` recursion holds every
        // level's frames on the host stack, and a worker's stack ends it first (issue 10).
        tick(ctx.realm.budget, undefined);
        ctx.realm.callLoc = undefined;
        // eagerTaskFactory's body, written out here for the same reason: its frame and the
        // task's first step, without a host frame for the factory (the context checked first, as
        // the native reads its arguments before it calls eagerTaskFactory).
        const taskContext = contextOption(ctx, context);
        pushFrames(ctx.realm, PY_FRAMES.libraryCall);
        try {
          return startTask(ctx, loop, coro, { name: n, eager: eager ?? true, site, context: taskContext, deferStart: true });
        } finally {
          popFrames(ctx.realm, PY_FRAMES.libraryCall);
        }
      }
      return callTaskFactory(ctx, loop, coro, o, n, eager);
    } finally {
      ctx.taskSite = prevSite;
    }
  } finally {
    popFrames(ctx.realm, frames);
  }
}

/**
 * `asyncio.create_task(coro, name=None)`: tasks.create_task's frame and the loop's pushed
 * together by loopCreateTask, one host frame for both (eager recursion, above).
 */
export function createTask(ctx: PyModelContext, coro: Value, o: CreateTaskOptions = {}): Value {
  return loopCreateTask(ctx, getRunningLoop(ctx), coro, o, 2 * PY_FRAMES.libraryCall);
}

/**
 * `asyncio.create_task(coro)` as promisify calls it at every async call under promisio. With
 * no task factory and no keyword, `base_events.create_task` is `Task(coro, loop=self)`: the
 * task is lazy, nothing runs in its constructor, so createTask's two frames only need to fit
 * (its RecursionError); the options objects and the pushing and popping are left out (issue 10).
 */
export function createTaskFor(ctx: PyModelContext, coro: Coroutine, site: Pos | undefined): Value {
  const loop = getRunningLoop(ctx);
  const stack = ctx.stack;
  if (loop.taskFactory === null && !loop.closed && stack.depth + 2 * PY_FRAMES.libraryCall <= stack.pyLimit) {
    return new Task(ctx, loop, coro, undefined, site);
  }
  return createTask(ctx, coro, { site });
}

/** `asyncio.eager_task_factory(loop, coro, **kw)`. */
export function eagerTaskFactory(
  ctx: PyModelContext,
  loop: EventLoop,
  coro: Value,
  name?: string,
  site?: Pos,
  eager = true,
  context?: ContextData,
): Task {
  // `create_eager_task_factory`'s `factory`, a Python function (call-stack.ts).
  pushFrames(ctx.realm, PY_FRAMES.libraryCall);
  try {
    return startTask(ctx, loop, coro, { name, eager, site, context, deferStart: true });
  } finally {
    popFrames(ctx.realm, PY_FRAMES.libraryCall);
  }
}

export function isFuture(v: Value): v is Future {
  return v instanceof Future;
}

/** `inspect.isawaitable`. */
export function isAwaitable(v: Value): boolean {
  if (v instanceof Coroutine || v instanceof Future || v instanceof PromisioPromise || v instanceof PyNativeAwaitable) return true;
  return v instanceof PyInstance && lookupMro(v.cls, '__await__') !== undefined;
}

/** `asyncio.ensure_future(x, loop=None)`; `site` as loopCreateTask's. */
export function ensureFuture(ctx: PyModelContext, v: Value, loop?: EventLoop, site?: Pos): Future | Value {
  if (v instanceof Future) {
    if (loop !== undefined && loop !== v.loop) {
      throw pyError(ctx.realm, 'ValueError', 'The future belongs to a different loop than the one specified as the loop argument');
    }
    return v;
  }
  let coro: Value = v;
  let shouldClose = true;
  if (!(v instanceof Coroutine) && !(v instanceof PyNativeAwaitable)) {
    if (!isAwaitable(v)) throw pyError(ctx.realm, 'TypeError', 'An asyncio.Future, a coroutine or an awaitable is required');
    coro = wrapAwaitable(ctx, v);
    shouldClose = false;
  }
  const l = loop ?? getEventLoop(ctx);
  // ensure_future is a Python function (call-stack.ts).
  pushFrames(ctx.realm, PY_FRAMES.libraryCall);
  try {
    return loopCreateTask(ctx, l, coro, { site });
  } catch (e) {
    if (shouldClose && coro instanceof Coroutine) coro.close();
    throw e;
  } finally {
    popFrames(ctx.realm, PY_FRAMES.libraryCall);
  }
}

const WRAP_AWAITABLE_CODE: NativeCode = { file: 'tasks.py', first: 720, line: 721 };

/** The body of `_wrap_awaitable`. */
function* wrapAwaitableBody(ctx: PyModelContext, awaitable: Value): Generator<unknown, Value, unknown> {
  return yield* awaitValue(ctx, awaitable, undefined);
}

/**
 * `async def _wrap_awaitable(awaitable): return await awaitable` (a local of ensure_future in 3.14).
 * Its body is one generator function for every call: a generator function made per call gets a
 * `prototype` object of its own when its generator is made, and so does each generator a new
 * hidden class — per awaitable that gather() wraps, and the code that drives coroutine bodies
 * then met thousands of shapes (issue 10).
 */
function wrapAwaitable(ctx: PyModelContext, awaitable: Value): Coroutine {
  const c = new Coroutine(
    ctx,
    wrapAwaitableBody(ctx, awaitable),
    '_wrap_awaitable',
    'ensure_future.<locals>._wrap_awaitable',
    undefined,
    false,
  );
  c.code = WRAP_AWAITABLE_CODE;
  return c;
}

/** A coroutine object whose body is the model's own generator (asyncio.sleep, wait_for...). */
export function nativeCoroutine(
  ctx: PyModelContext,
  name: string,
  qualname: string,
  body: Generator<unknown, Value, unknown>,
  code?: NativeCode,
): Coroutine {
  const c = new Coroutine(ctx, body, name, qualname, undefined, true);
  if (code !== undefined) c.code = code;
  return c;
}

export { None };
