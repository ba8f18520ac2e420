/**
 * The `asyncio` module object: the functions user code calls, bound to the model
 * (Lib/asyncio/tasks.py, events.py, runners.py). Behaviour lives in the files named in
 * each entry (sleep-wait.ts, gather.ts, as-completed.ts, shield.ts, tasks-api.ts, runner.ts,
 * sync.ts, semaphore.ts, queue.ts); this file only binds Python arguments — the functions
 * CPython writes in Python through signature.ts, so a bad call fails with their messages.
 */
import { None, PyModule, type PyClass, type Value } from '../../runtime/values';
import { pyNative } from '../../runtime/python/classes';
import type { PyModelContext } from './context';
import { EventLoop, getEventLoop, getRunningLoop } from './event-loop';
import { Coroutine } from './coroutine';
import { PyNativeAwaitable } from '../../runtime/python/generators';
import { Future } from './future';
import { gather } from './gather';
import { asyncioRun, newEventLoop } from './runner';
import { ALL_COMPLETED, FIRST_COMPLETED, FIRST_EXCEPTION, sleep, wait, waitFor } from './sleep-wait';
import { inFrames, PY_FRAMES } from './frames';
import { contextOption, eagerTaskFactory, ensureFuture, extraTaskKeywords, loopCreateTask } from './tasks-api';
import { defineSyncClasses } from './sync';
import { defineQueueClasses } from './queue';
import { defineSemaphoreClasses } from './semaphore';
import { defineAsCompleted } from './as-completed';
import { shield } from './shield';
import { addLockContextManager, defineConditionBarrier } from './condition-barrier';
import { defineTaskGroupClass } from './taskgroups';
import { defineRunnerClass } from './runner-class';
import { chainToFuture, toThread } from './threads';
import { defineTimeoutClass, timeoutAfter, TimeoutCore } from './timeouts';
import { arg, builtinClass, isNone, pyError, reprOf, required } from './host';
import { at, bind, cArgs, checkKeywords, clinicArgs, type Signature } from './signature';
import { isCoroutineFunction } from '../../runtime/python/inspect-module';

/** The signatures of asyncio's Python-level functions (Lib/asyncio/tasks.py, runners.py, coroutines.py). */
const SLEEP: Signature = { name: 'sleep', pos: ['delay', 'result'], required: 1 };
const CREATE_TASK: Signature = { name: 'create_task', pos: ['coro'], required: 1 };
const ENSURE_FUTURE: Signature = { name: 'ensure_future', pos: ['coro_or_future'], required: 1, kwonly: ['loop'] };
const WAIT_FOR: Signature = { name: 'wait_for', pos: ['fut', 'timeout'], required: 2 };
const WAIT: Signature = { name: 'wait', pos: ['fs'], required: 1, kwonly: ['timeout', 'return_when'] };
const RUN: Signature = { name: 'run', pos: ['main'], required: 1, kwonly: ['debug', 'loop_factory'] };
const AS_COMPLETED: Signature = { name: 'as_completed', pos: ['fs'], required: 1, kwonly: ['timeout'] };
const SHIELD: Signature = { name: 'shield', pos: ['arg'], required: 1 };
const TIMEOUT: Signature = { name: 'timeout', pos: ['delay'], required: 1 };
const TIMEOUT_AT: Signature = { name: 'timeout_at', pos: ['when'], required: 1 };
const ISCOROUTINEFUNCTION: Signature = { name: 'iscoroutinefunction', pos: ['func'], required: 1 };

export function makeAsyncioModule(ctx: PyModelContext): PyModule {
  const realm = ctx.realm;
  const m = new PyModule('asyncio');
  const def = (name: string, impl: Parameters<typeof pyNative>[1]) => m.dict.set(name, pyNative(name, impl));
  const loopOrRunning = (v: Value): EventLoop => {
    if (v === undefined || isNone(v)) return getRunningLoop(ctx);
    if (!(v instanceof EventLoop)) throw pyError(realm, 'TypeError', 'loop must be an event loop');
    return v;
  };

  m.dict.set('__name__', 'asyncio');
  def('sleep', (_s, a) => {
    // The hottest call there is: `sleep(delay)` skips the binder.
    const given = a.positional;
    if (given.length === 1 && a.keywords === undefined) return sleep(ctx, given[0], None);
    const p = bind(realm, SLEEP, a);
    return sleep(ctx, p[0], at(p, 1) ?? None);
  });
  ctx.sleepFunction = m.dict.get('sleep');
  // `realm.callLoc` is this native's call site (read first: later calls overwrite it); the
  // tasks these create record it on their `started` event.
  def('create_task', (_s, a) => {
    const site = realm.callLoc;
    // create_task(coro, **kwargs): the keywords go on to the loop's `create_task` (a task
    // factory takes them; `Task(coro, loop=loop, **kwargs)` has name, eager_start and context).
    const p = bind(realm, CREATE_TASK, { positional: a.positional });
    // loopCreateTask itself, not createTask: one host frame less per level of eager recursion (tasks-api.ts).
    const o = {
      name: arg(a, -1, 'name'),
      site,
      eagerStart: arg(a, -1, 'eager_start'),
      context: arg(a, -1, 'context'),
      extra: extraTaskKeywords(a),
    };
    return loopCreateTask(ctx, getRunningLoop(ctx), p[0], o, 2 * PY_FRAMES.libraryCall);
  });
  def('ensure_future', (_s, a) => {
    const site = realm.callLoc;
    const p = bind(realm, ENSURE_FUTURE, a);
    const l = at(p, 1);
    return ensureFuture(ctx, p[0], l === undefined || isNone(l) ? undefined : loopOrRunning(l), site);
  });
  def('gather', (_s, a) => {
    const site = realm.callLoc;
    checkKeywords(realm, 'gather', a, ['return_exceptions']);
    const re = arg(a, -1, 'return_exceptions', false);
    // gather is a Python function: an eager child's first step runs on its frame (call-stack.ts).
    return inFrames(realm, PY_FRAMES.libraryCall, () => gather(ctx, a.positional, realm.py.truthy(re), site));
  });
  def('wait_for', (_s, a) => {
    const p = bind(realm, WAIT_FOR, a);
    return waitFor(ctx, p[0], at(p, 1));
  });
  def('wait', (_s, a) => {
    const p = bind(realm, WAIT, a);
    return wait(ctx, p[0], at(p, 1) ?? None, at(p, 2) ?? ALL_COMPLETED);
  });
  def('run', (_s, a) => {
    const site = realm.callLoc;
    return asyncioRun(ctx, bind(realm, RUN, a)[0], site);
  });
  def('get_running_loop', (_s, a) => (cArgs.noArgs(realm, '_asyncio.get_running_loop', a), getRunningLoop(ctx)));
  def('get_event_loop', () => getEventLoop(ctx));
  def('new_event_loop', () => newEventLoop(ctx));
  def('set_event_loop', (_s, a) => {
    const l = required(realm, a, 0, 'loop', 'set_event_loop');
    if (!isNone(l) && !(l instanceof EventLoop))
      throw pyError(realm, 'TypeError', `loop must be an instance of AbstractEventLoop or None, not '${realm.py.repr(l)}'`);
    ctx.current = isNone(l) ? null : (l as EventLoop);
    return None;
  });
  // `_asyncio.current_task(loop)` looks the loop up among the running ones: any other object has none.
  def('current_task', (_s, a) => {
    clinicArgs(realm, 'current_task', a, [1], ['loop']);
    const loop = arg(a, 0, 'loop');
    if (loop !== undefined && !isNone(loop) && !(loop instanceof EventLoop)) return None;
    return loopOrRunning(loop).currentTask ?? None;
  });
  def('all_tasks', (_s, a) => {
    clinicArgs(realm, 'all_tasks', a, [1], ['loop']);
    const loop = loopOrRunning(arg(a, 0, 'loop'));
    return realm.py.makeSet([...ctx.pendingTasks].filter((t) => t.loop === loop && !t.done()));
  });
  // coroutines.py `iscoroutine`: a native coroutine, or what collections.abc.Coroutine recognises
  // by its methods (an async generator's asend / athrow awaitables, anext's: awaitable-coroutine.ts).
  def('iscoroutine', (_s, a) => {
    const x = arg(a, 0, 'obj');
    return x instanceof Coroutine || x instanceof PyNativeAwaitable;
  });
  def('isfuture', (_s, a) => arg(a, 0, 'obj') instanceof Future);
  def('iscoroutinefunction', (_s, a) => {
    // coroutines.py: `inspect.iscoroutinefunction(func)` (bound methods and partials looked through).
    return isCoroutineFunction(bind(realm, ISCOROUTINEFUNCTION, a)[0]);
  });
  def('eager_task_factory', (_s, a) => {
    // Called by loopCreateTask (the site is in ctx.taskSite) or directly by user code.
    const site = ctx.taskSite ?? realm.callLoc;
    const loop = required(realm, a, 0, 'loop', 'eager_task_factory');
    if (!(loop instanceof EventLoop)) throw pyError(realm, 'TypeError', 'loop must be an event loop');
    const name = arg(a, -1, 'name');
    // factory(loop, coro, *, eager_start=True, **kwargs)
    const eager = arg(a, -1, 'eager_start', true);
    const coro = required(realm, a, 1, 'coro', 'eager_task_factory');
    const name_ = name === undefined || isNone(name) ? undefined : String(name);
    return eagerTaskFactory(ctx, loop, coro, name_, site, realm.py.truthy(eager), contextOption(ctx, arg(a, -1, 'context')));
  });
  ctx.eagerFactory = m.dict.get('eager_task_factory')!;

  m.dict.set('Future', ctx.cls.future);
  m.dict.set('Task', ctx.cls.task);
  m.dict.set('Handle', ctx.cls.handle);
  m.dict.set('TimerHandle', ctx.cls.timerHandle);
  m.dict.set('CancelledError', ctx.cls.cancelledError);
  m.dict.set('InvalidStateError', ctx.cls.invalidStateError);
  // asyncio.TimeoutError is the builtin TimeoutError since 3.11.
  m.dict.set('TimeoutError', builtinClass(realm, 'TimeoutError'));
  m.dict.set('FIRST_COMPLETED', FIRST_COMPLETED);
  m.dict.set('FIRST_EXCEPTION', FIRST_EXCEPTION);
  m.dict.set('ALL_COMPLETED', ALL_COMPLETED);
  // The synchronisation primitives, TaskGroup, Runner, timeouts and queues are made at their
  // first lookup (PyModule.defineLazily): most programs use none of them, and a first run in
  // a fresh worker paid ~1.3 ms of CPU to define them all (issue 10, cold runs).
  m.defineLazily(['Event', 'Lock', 'Semaphore', 'BoundedSemaphore', 'Condition', 'Barrier', 'BrokenBarrierError'], () => {
    const { Event, Lock } = defineSyncClasses(ctx);
    m.dict.set('Event', Event);
    m.dict.set('Lock', Lock);
    addLockContextManager(ctx, Lock as PyClass);
    const { Semaphore, BoundedSemaphore } = defineSemaphoreClasses(ctx);
    m.dict.set('Semaphore', Semaphore);
    m.dict.set('BoundedSemaphore', BoundedSemaphore);
    addLockContextManager(ctx, Semaphore as PyClass);
    const { Condition, Barrier, BrokenBarrierError } = defineConditionBarrier(ctx, Lock as PyClass);
    m.dict.set('Condition', Condition);
    m.dict.set('Barrier', Barrier);
    m.dict.set('BrokenBarrierError', BrokenBarrierError);
  });
  m.defineLazily(['TaskGroup'], () => m.dict.set('TaskGroup', defineTaskGroupClass(ctx)));
  m.defineLazily(['Runner'], () => m.dict.set('Runner', defineRunnerClass(ctx)));
  // futures.py `wrap_future`: an executor's Future as an asyncio Future of the loop, completed
  // by `call_soon_threadsafe` when the worker's function ends (threads.ts `chainToFuture`).
  def('wrap_future', (_s, a) => {
    const source = a.positional[0] ?? a.keywords?.get('future');
    if (source === undefined) throw pyError(realm, 'TypeError', "wrap_future() missing 1 required positional argument: 'future'");
    if (source instanceof Future) return source;
    const run = ctx.threadPools?.runOf(source);
    if (run === undefined) throw pyError(realm, 'AssertionError', `concurrent.futures.Future is expected, got ${reprOf(realm, source)}`);
    const l = a.keywords?.get('loop');
    const loop = l === undefined || isNone(l) ? getEventLoop(ctx) : loopOrRunning(l);
    const fut = loop.createFuture('wrap_future');
    chainToFuture(loop, run, fut);
    return fut;
  });
  def('to_thread', (_s, a) => {
    const fn = a.positional[0];
    if (fn === undefined) throw pyError(realm, 'TypeError', "to_thread() missing 1 required positional argument: 'func'");
    return toThread(ctx, fn, a.positional.slice(1), a.keywords);
  });
  m.defineLazily(['Timeout', 'timeout', 'timeout_at'], () => {
    const timeouts = defineTimeoutClass(ctx);
    m.dict.set('Timeout', timeouts.Timeout);
    def('timeout', (_s, a) => timeouts.wrap(timeoutAfter(ctx, bind(realm, TIMEOUT, a)[0])));
    def('timeout_at', (_s, a) => {
      const when = bind(realm, TIMEOUT_AT, a)[0];
      return timeouts.wrap(new TimeoutCore(ctx, isNone(when) ? null : when));
    });
  });
  const QUEUE_NAMES = ['Queue', 'LifoQueue', 'PriorityQueue', 'QueueEmpty', 'QueueFull', 'QueueShutDown'] as const;
  m.defineLazily([...QUEUE_NAMES, 'as_completed'], () => {
    const queues = defineQueueClasses(ctx);
    for (const n of QUEUE_NAMES) m.dict.set(n, queues[n]);
    const { asCompleted } = defineAsCompleted(ctx, queues.newQueue);
    def('as_completed', (_s, a) => {
      const site = realm.callLoc;
      const p = bind(realm, AS_COMPLETED, a);
      return asCompleted(p[0], at(p, 1) ?? None, site);
    });
  });
  def('shield', (_s, a) => {
    const site = realm.callLoc;
    return shield(ctx, bind(realm, SHIELD, a)[0], site);
  });
  return m;
}

/**
 * `loopcount`: the instrumentation module of docs/semantics.md (`it()` = how many `_run_once`
 * iterations have started so far, over every loop of the run), so the document's programs
 * run verbatim and the playground can show iteration numbers.
 */
export function makeLoopcountModule(ctx: PyModelContext): PyModule {
  const m = new PyModule('loopcount');
  m.dict.set('__name__', 'loopcount');
  m.dict.set(
    'it',
    pyNative('it', () => ctx.iterations),
  );
  return m;
}
