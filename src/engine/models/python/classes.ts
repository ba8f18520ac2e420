/**
 * The Python faces of the model's objects: the classes `asyncio.Future`, `asyncio.Task`,
 * the event loop, `Handle`/`TimerHandle`, `coroutine`, `CancelledError`, `InvalidStateError`,
 * built with the runtime's `defineBuiltinClass` (src/engine/runtime/python/classes.ts).
 * The behaviour lives in future.ts, task.ts, event-loop.ts, coroutine.ts; the methods here
 * only bind Python arguments to it.
 */
import type { Realm } from '../../runtime/realm';
import { None, PyInstance, type CallArgs, type PyClass, type Value } from '../../runtime/values';
import { NotImplemented } from '../../runtime/python/objects';
import { hashOf } from '../../runtime/python/equality';
import { defineBuiltinClass, defineExceptionClass, pyClass } from '../../runtime/python/classes';
import type { PyModelContext } from './context';
import { EventLoop, getEventLoop } from './event-loop';
import { Future } from './future';
import { Task } from './task';
import { CLOSED, Coroutine, RUNNING, SEGMENTED, SUSPENDED } from './coroutine';
import { CoroutineWrapper, FutureIter } from './await';
import { handleObject, type Handle, TimerHandle } from './handles';
import { runInExecutor, setDefaultWorkers } from './threads';
import { ContextData, contextObject, contextsOf, inContext } from '../../runtime/python/contextvars';
import { contextOption, extraTaskKeywords, loopCreateTask, newTask } from './tasks-api';
import { givenCoroutine } from './awaitable-coroutine';
import { bindMethod, cArgs, checkKeywords, clinicArgs, noArgs } from './signature';
import { runUntilComplete } from './runner';
import {
  arg,
  builtinClass,
  callValue,
  hexAddress,
  isInstanceOf,
  isNone,
  pyError,
  pyException,
  pyExceptionArgs,
  required,
  rest,
  toNumber,
  Thrown,
} from './host';
import { callbackSource, futureRepr, taskRepr } from './reprs';
import { unsupported } from '../../errors';
import { callableName } from './event-loop';

function self<T>(ctx: PyModelContext, v: Value, cls: abstract new (...a: never[]) => T, what: string): T {
  if (v instanceof cls) return v;
  throw pyError(ctx.realm, 'TypeError', `descriptor requires a '${what}' object but received '${ctx.realm.py.repr(v)}'`);
}

/**
 * A `call_later` delay / `call_at` deadline as a number. CPython does arithmetic on it
 * (`self.time() + delay` in call_later, `when - self.time()` in `_run_once`), so a value
 * that is not a number fails with that operator's TypeError; here it fails at the call,
 * where CPython's `call_at` would fail one loop turn later (`when` is only checked for None).
 * A float NaN stays NaN: `_run_once` then runs the timer at once (`nan >= end_time` is false).
 */
function deadlineNumber(realm: Realm, v: Value, op: '+' | '-'): number {
  const n = toNumber(v);
  if (!Number.isNaN(n) || (typeof v === 'object' && v !== null && 'v' in v)) return n;
  const zero = realm.py.makeFloat(0);
  return toNumber(op === '+' ? realm.py.binary('+', zero, v) : realm.py.binary('-', v, zero));
}

function handleOf(v: Value): { h: Handle; loop: EventLoop } {
  return (v as PyInstance).internal as { h: Handle; loop: EventLoop };
}

function loopArg(ctx: PyModelContext, args: CallArgs): EventLoop {
  const l = args.keywords?.get('loop');
  if (l === undefined || isNone(l)) return getEventLoop(ctx);
  if (!(l instanceof EventLoop)) throw pyError(ctx.realm, 'TypeError', 'loop must be an event loop');
  return l;
}

/**
 * `coro.send()` / `coro.throw()` called by code: the caller's coroutine runs again afterwards.
 * Driven by hand, the coroutine's chain is not cut into segments (await-segments.ts).
 */
function sendBack<T>(c: Coroutine, drive: () => T): T {
  const prev = c.ctx.runningCoro;
  const stack = c.ctx.stack;
  stack.handDriven++;
  try {
    return drive();
  } finally {
    stack.handDriven--;
    c.ctx.runningCoro = prev;
  }
}

export function defineAsyncioClasses(ctx: PyModelContext): void {
  const realm = ctx.realm;
  const object = pyClass(realm, 'object');
  const fut = (v: Value) => self(ctx, v, Future, 'Future');
  const task = (v: Value) => self(ctx, v, Task, 'Task');
  // The C type whose method it is, in METH_NOARGS messages (`Task.result() takes no arguments`).
  const owner = (v: Value) => (v instanceof Task ? 'Task' : 'Future');
  const loopOf = (v: Value) => self(ctx, v, EventLoop, 'BaseEventLoop');

  const cancelledError = defineExceptionClass(realm, 'CancelledError', 'BaseException', 'asyncio.exceptions');
  const invalidStateError = defineExceptionClass(realm, 'InvalidStateError', 'Exception', 'asyncio.exceptions');

  // Future and Task are the C types of Modules/_asynciomodule.c: `<class '_asyncio.Task'>`.
  const future: PyClass = defineBuiltinClass(realm, 'Future', [object], {
    accepts: (v) => v instanceof Future,
    module: '_asyncio',
    tpName: '_asyncio.Future',
    construct: (cls, args) => {
      // Clinic's `Future.__init__(self, *, loop=None)` messages.
      const n = args.positional.length;
      const total = n + (args.keywords?.size ?? 0);
      if (total > 1)
        throw pyError(realm, 'TypeError', `Future() takes at most 1 ${n === 0 ? 'keyword argument' : 'argument'} (${total} given)`);
      if (n > 0) throw pyError(realm, 'TypeError', 'Future() takes no positional arguments');
      checkKeywords(realm, 'Future', args, ['loop']);
      return new Future(ctx, loopArg(ctx, args), cls);
    },
    methods: {
      result: (s, a) => (cArgs.noArgs(realm, `${owner(s)}.result`, a), fut(s).result()),
      exception: (s, a) => (cArgs.clinicNone(realm, 'exception', a), fut(s).exception()),
      set_result: (s, a) => (fut(s).setResult(cArgs.clinicOne(realm, 'set_result', a)), None),
      set_exception: (s, a) => (fut(s).setException(cArgs.clinicOne(realm, 'set_exception', a)), None),
      done: (s, a) => (cArgs.noArgs(realm, `${owner(s)}.done`, a), fut(s).done()),
      cancelled: (s, a) => (cArgs.noArgs(realm, `${owner(s)}.cancelled`, a), fut(s).cancelled()),
      cancel: (s, a) => (clinicArgs(realm, 'cancel', a, [1], ['msg']), fut(s).cancel(arg(a, 0, 'msg', None))),
      add_done_callback: (s, a) => {
        clinicArgs(realm, 'add_done_callback', a, 1, ['context']);
        const f = fut(s);
        const fn = required(realm, a, 0, 'fn', 'add_done_callback');
        const name = callableName(fn);
        const item = ctx.invocation('callback', name);
        const run = inContext(ctx.rt, contextOption(ctx, arg(a, -1, 'context')), (x: Future) => void callValue(realm, fn, [x]));
        f.addDoneCallback({ fn: run, item, label: name, py: fn });
        return None;
      },
      remove_done_callback: (s, a) => fut(s).removeDoneCallback(cArgs.clinicOne(realm, 'remove_done_callback', a)),
      get_loop: (s, a) => (cArgs.clinicNone(realm, 'get_loop', a), fut(s).loop),
      __await__: (s) => new FutureIter(ctx, fut(s)),
      __iter__: (s) => new FutureIter(ctx, fut(s)),
      __repr__: (s) => futureRepr(realm, fut(s)),
    },
  });

  const taskCls = defineBuiltinClass(realm, 'Task', [future], {
    accepts: (v) => v instanceof Task,
    module: '_asyncio',
    tpName: '_asyncio.Task',
    construct: (cls, args) => {
      const coro = arg(args, 0, 'coro');
      if (coro === undefined) throw pyError(realm, 'TypeError', "Task() missing required argument 'coro' (pos 1)");
      checkKeywords(realm, 'Task', args, ['coro', 'loop', 'name', 'context', 'eager_start']);
      const name = args.keywords?.get('name');
      const eager = args.keywords?.get('eager_start');
      return newTask(ctx, loopArg(ctx, args), coro, {
        cls,
        name: name === undefined || isNone(name) ? undefined : String(name),
        eager: eager !== undefined && realm.py.truthy(eager),
        // A task factory building `Task(coro, loop=loop)`: the site of the user's create_task.
        site: ctx.taskSite,
        context: contextOption(ctx, args.keywords?.get('context')),
      });
    },
    methods: {
      get_name: (s, a) => (cArgs.noArgs(realm, 'Task.get_name', a), task(s).name),
      set_name: (s, a) => (task(s).rename(String(realm.py.display(cArgs.one(realm, 'Task.set_name', a)))), None),
      get_coro: (s, a) => (cArgs.noArgs(realm, 'Task.get_coro', a), task(s).coroDropped ? None : givenCoroutine(task(s).coro)),
      // Task.get_context() (3.12+): the context its steps run in (contextvars.ts).
      get_context: (s, a) => {
        cArgs.noArgs(realm, 'Task.get_context', a);
        const t = task(s);
        const cs = contextsOf(ctx.rt);
        return contextObject(cs, (t.context ??= new ContextData()));
      },
      cancel: (s, a) => (clinicArgs(realm, 'cancel', a, [1], ['msg']), task(s).cancel(arg(a, 0, 'msg', None))),
      cancelling: (s, a) => (cArgs.noArgs(realm, 'Task.cancelling', a), task(s).numCancelsRequested),
      uncancel: (s, a) => (cArgs.noArgs(realm, 'Task.uncancel', a), task(s).uncancel()),
      set_result: () => {
        throw pyError(realm, 'RuntimeError', 'Task does not support set_result operation');
      },
      set_exception: () => {
        throw pyError(realm, 'RuntimeError', 'Task does not support set_exception operation');
      },
      __repr__: (s) => taskRepr(realm, task(s)),
    },
  });

  // gather's outer future: only its class name differs (gather.ts has the behaviour).
  const gatheringFuture = defineBuiltinClass(realm, '_GatheringFuture', [future], { module: 'asyncio.tasks', register: false });
  // `_asyncio.FutureIter` (C FutureIter_am_send): what `yield from fut` in a generator drives.
  // A pending future yields itself, flagged blocking, to the task, which clears the flag when
  // it takes the future; asked again while the flag is still set (no task took it: `list(fut)`,
  // `d, = fut`), it is "await wasn't used with future". Once done, StopIteration carries its
  // result (or its exception is raised) and the iterator lets go of the future: exhausted.
  const futureIterOf = (s: Value) => self(ctx, s, FutureIter, 'FutureIter') as FutureIter;
  const iterNext = (it: FutureIter): Value => {
    const f = it.future;
    if (f === null) throw new Thrown(pyExceptionArgs(realm, builtinClass(realm, 'StopIteration'), []));
    if (!f.done()) {
      if (f.blocking) throw pyError(realm, 'RuntimeError', "await wasn't used with future");
      f.blocking = true;
      return f;
    }
    it.future = null;
    throw new Thrown(pyExceptionArgs(realm, builtinClass(realm, 'StopIteration'), [f.result()]));
  };
  const futureIter = defineBuiltinClass(realm, 'FutureIter', [object], {
    module: '_asyncio',
    register: false,
    methods: {
      __iter__: (s) => futureIterOf(s),
      __next__: (s) => iterNext(futureIterOf(s)),
      send: (s, a) => {
        const v = required(realm, a, 0, 'value', 'send');
        if (!isNone(v)) throw pyError(realm, 'TypeError', "can't send non-None value to a FutureIter");
        return iterNext(futureIterOf(s));
      },
      throw: (s, a) => {
        futureIterOf(s);
        throw new Thrown(realm.py.toException(required(realm, a, 0, 'type', 'throw')));
      },
      close: () => None,
    },
  });

  // `send` / `throw` of a coroutine for Python code: the value it yields, or StopIteration
  // carrying its return value (the value itself: `e.value` is the int a coroutine returned).
  const stopWith = (v: Value): never => {
    throw new Thrown(pyExceptionArgs(realm, builtinClass(realm, 'StopIteration'), v === None ? [] : [v]));
  };
  const coroSend = (c: Coroutine, v: Value): Value => {
    const r = sendBack(c, () => c.send(v));
    // A bare yield (asyncio.sleep(0)) is None to Python code.
    return r.done ? stopWith(r.value as Value) : ((r.value as Value) ?? None);
  };
  const coroThrow = (c: Coroutine, typ: Value): Value => {
    const exc = realm.py.toException(typ);
    // genobject.c gen_send_ex2: a finished coroutine takes neither a send nor a throw.
    if (c.state === CLOSED) throw pyError(realm, 'RuntimeError', 'cannot reuse already awaited coroutine');
    // `resume`, not `throw`: a coroutine's `throw` is its awaiting body's (coroutine.ts).
    const r = sendBack(c, () => c.resume(true, new Thrown(exc)));
    return r.done ? stopWith(r.value as Value) : ((r.value as Value) ?? None);
  };
  /**
   * `close()` from Python code (genobject.c gen_close): a suspended coroutine gets GeneratorExit
   * thrown in at its await, so the coroutine it awaits is closed first and both unwind their
   * `finally` blocks and `except GeneratorExit` handlers (each lane resumes and raises, as
   * sys.monitoring shows); GeneratorExit or StopIteration coming out is a clean close (None),
   * a return its value, an await that suspends again the RuntimeError; any other exception
   * propagates.
   */
  const coroClose = (c: Coroutine): Value => {
    if (c.state !== SUSPENDED || c.gen === null) {
      c.close();
      return None;
    }
    let r: IteratorResult<unknown, Value>;
    try {
      r = sendBack(c, () => c.resume(true, new Thrown(pyException(realm, 'GeneratorExit'))));
    } catch (e) {
      if (
        e instanceof Thrown &&
        (isInstanceOf(e.value, builtinClass(realm, 'GeneratorExit')) || isInstanceOf(e.value, builtinClass(realm, 'StopIteration')))
      )
        return None;
      throw e;
    }
    if (r.done !== true) throw pyError(realm, 'RuntimeError', 'coroutine ignored GeneratorExit');
    // 3.13+: what a coroutine returns instead of raising is close()'s value.
    return r.value;
  };
  const wrapped = (s: Value) => self(ctx, s, CoroutineWrapper, 'coroutine_wrapper') as CoroutineWrapper;
  const coroutineWrapper = defineBuiltinClass(realm, 'coroutine_wrapper', [object], {
    accepts: (v) => v instanceof CoroutineWrapper,
    register: false,
    methods: {
      __iter__: (s) => wrapped(s),
      __next__: (s) => coroSend(wrapped(s).coro, None),
      send: (s, a) => coroSend(wrapped(s).coro, arg(a, 0, 'value', None)),
      throw: (s, a) => coroThrow(wrapped(s).coro, required(realm, a, 0, 'typ', 'throw')),
      close: (s) => coroClose(wrapped(s).coro),
    },
  });
  const coroutine = defineBuiltinClass(realm, 'coroutine', [object], {
    accepts: (v) => v instanceof Coroutine,
    register: false,
    methods: {
      send: (s, a) => coroSend(self(ctx, s, Coroutine, 'coroutine'), arg(a, 0, 'value', None)),
      throw: (s, a) => coroThrow(self(ctx, s, Coroutine, 'coroutine'), required(realm, a, 0, 'typ', 'throw')),
      close: (s) => coroClose(self(ctx, s, Coroutine, 'coroutine')),
      // Python code driving a coroutine as an iterator: `coro.__await__()`, what `yield from
      // coro` drives in a generator-based coroutine (runtime/python/generators.ts yieldFrom).
      __await__: (s) => new CoroutineWrapper(coroutineWrapper, self(ctx, s, Coroutine, 'coroutine')),
      __repr__: (s) => {
        const c = self(ctx, s, Coroutine, 'coroutine');
        return `<coroutine object ${c.qualname} at ${hexAddress(realm, c)}>`;
      },
    },
    properties: {
      cr_running: { get: (s) => (s as Coroutine).state === RUNNING || (s as Coroutine).state === SEGMENTED },
      cr_suspended: { get: (s) => (s as Coroutine).state === SUSPENDED },
      __name__: { get: (s) => (s as Coroutine).shownName ?? (s as Coroutine).name },
      __qualname__: { get: (s) => (s as Coroutine).qualname },
    },
  });

  ctx.rt.coroutineClass = coroutine;
  // An awaitable driven by hand runs in no coroutine's frame (sys.monitoring sees the
  // yields of its own frames only): its awaits record no suspension of the caller's.
  ctx.rt.drivenByHand = <T>(drive: () => T): T => {
    const prev = ctx.runningCoro;
    ctx.runningCoro = null;
    ctx.stack.handDriven++;
    try {
      return drive();
    } finally {
      ctx.stack.handDriven--;
      ctx.runningCoro = prev;
    }
  };

  // events.py `Handle.__init__(self, callback, args, loop, context=None)` and TimerHandle's
  // `(when, callback, args, loop, context=None)`: the loop makes handles; one made by hand
  // would be an object the virtual loop never scheduled, so it is reported as unsupported
  // after CPython's own argument check (issue 10: `Handle()` then `repr()` read no handle).
  const handleConstructor =
    (name: string, params: string[]) =>
    (_cls: PyClass, a: CallArgs): Value => {
      const given = a.positional.length + (a.keywords?.size ?? 0);
      const missing = params.slice(given);
      if (missing.length > 0) {
        const quoted = missing.map((p) => `'${p}'`);
        const list =
          quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')}${quoted.length > 2 ? ',' : ''} and ${quoted.at(-1)}`;
        throw pyError(
          realm,
          'TypeError',
          `${name}.__init__() missing ${missing.length} required positional argument${missing.length > 1 ? 's' : ''}: ${list}`,
        );
      }
      throw unsupported(`creating an asyncio.${name} by hand (the event loop's call_soon / call_later make them)`, realm.callLoc);
    };
  /** The other operand's timer handle, or NotImplemented (the comparison is tried the other way round). */
  const timerOrder = (s: Value, a: CallArgs, test: (x: TimerHandle, y: TimerHandle) => boolean): Value => {
    const other = a.positional[0];
    const oh = other instanceof PyInstance ? (other.internal as { h?: unknown } | undefined)?.h : undefined;
    return oh instanceof TimerHandle ? test(handleOf(s).h as TimerHandle, oh) : NotImplemented;
  };
  const same = (x: Value, y: Value) => realm.py.truthy(realm.py.compare('==', x, y));
  const timersEqual = (x: TimerHandle, y: TimerHandle): boolean =>
    x === y ||
    (x.when === y.when &&
      x.callback !== undefined &&
      y.callback !== undefined &&
      same(x.callback, y.callback) &&
      same(realm.py.makeTuple(x.args ?? []), realm.py.makeTuple(y.args ?? [])) &&
      x.cancelled === y.cancelled);
  // Handle and TimerHandle are defined in Lib/asyncio/events.py.
  const handle = defineBuiltinClass(realm, 'Handle', [object], {
    pythonLevel: true,
    module: 'asyncio.events',
    construct: handleConstructor('Handle', ['callback', 'args', 'loop']),
    methods: {
      cancel: (s, a) => {
        const { h, loop } = handleOf(s);
        // events.py: TimerHandle overrides cancel (it also tells the loop).
        noArgs(realm, h instanceof TimerHandle ? 'TimerHandle.cancel' : 'Handle.cancel', a);
        loop.cancelHandle(h);
        return None;
      },
      cancelled: (s, a) => (noArgs(realm, 'Handle.cancelled', a), handleOf(s).h.cancelled),
      // events.py Handle._repr_info / TimerHandle._repr_info: a cancelled handle has let go of its callback.
      __repr__: (s) => {
        const h = handleOf(s).h;
        const info = [h instanceof TimerHandle ? 'TimerHandle' : 'Handle'];
        if (h.cancelled) info.push('cancelled');
        if (h instanceof TimerHandle) info.push(`when=${realm.py.repr(realm.py.makeFloat(h.when))}`);
        if (!h.cancelled) info.push(h.callback !== undefined ? callbackSource(realm, h.callback) : `${h.label}()`);
        return `<${info.join(' ')}>`;
      },
    },
  });
  const timerHandle = defineBuiltinClass(realm, 'TimerHandle', [handle], {
    pythonLevel: true,
    module: 'asyncio.events',
    construct: handleConstructor('TimerHandle', ['when', 'callback', 'args', 'loop']),
    methods: {
      when: (s, a) => (noArgs(realm, 'TimerHandle.when', a), realm.py.makeFloat((handleOf(s).h as TimerHandle).when)),
      // events.py: timer handles order by deadline (`_scheduled` is a heap of them), are equal
      // when deadline, callback, arguments and cancelled state all are, and hash as their
      // deadline does (equal hashes are one dict or set key only when equal: equality.ts).
      __hash__: (s) => hashOf(ctx.rt, realm.py.makeFloat((handleOf(s).h as TimerHandle).when)),
      __lt__: (s, a) => timerOrder(s, a, (x, y) => x.when < y.when),
      __gt__: (s, a) => timerOrder(s, a, (x, y) => x.when > y.when),
      __le__: (s, a) => timerOrder(s, a, (x, y) => x.when < y.when || timersEqual(x, y)),
      __ge__: (s, a) => timerOrder(s, a, (x, y) => x.when > y.when || timersEqual(x, y)),
      __eq__: (s, a) => timerOrder(s, a, timersEqual),
    },
  });

  const loop = defineBuiltinClass(realm, '_VirtualEventLoop', [object], {
    module: 'asyncio',
    methods: {
      call_soon: (s, a) => {
        checkKeywords(realm, 'BaseEventLoop.call_soon', a, ['context']);
        const l = loopOf(s);
        const cb = required(realm, a, 0, 'callback', 'BaseEventLoop.call_soon');
        return handleObject(ctx, l, l.callSoon(cb, rest(a, 1), undefined, contextOption(ctx, arg(a, -1, 'context'))));
      },
      // From a worker thread (threads.ts) or not, the callback joins `_ready`.
      call_soon_threadsafe: (s, a) => {
        checkKeywords(realm, 'BaseEventLoop.call_soon_threadsafe', a, ['context']);
        const l = loopOf(s);
        const cb = required(realm, a, 0, 'callback', 'BaseEventLoop.call_soon_threadsafe');
        return handleObject(ctx, l, l.callSoon(cb, rest(a, 1), undefined, contextOption(ctx, arg(a, -1, 'context'))));
      },
      run_in_executor: (s, a) => {
        const l = loopOf(s);
        const executor = required(realm, a, 0, 'executor', 'BaseEventLoop.run_in_executor');
        // A concurrent.futures.ThreadPoolExecutor's workers (thread-pool.ts), else the default executor's.
        const workers = ctx.threadPools?.workersOf(executor);
        return runInExecutor(ctx, l, required(realm, a, 1, 'func', 'BaseEventLoop.run_in_executor'), rest(a, 2), undefined, workers);
      },
      set_default_executor: (s, a) => {
        const executor = required(realm, a, 0, 'executor', 'BaseEventLoop.set_default_executor');
        const workers = ctx.threadPools?.workersOf(executor);
        if (workers === undefined) throw pyError(realm, 'TypeError', 'executor must be ThreadPoolExecutor instance');
        setDefaultWorkers(loopOf(s), workers);
        return None;
      },
      call_later: (s, a) => {
        checkKeywords(realm, 'BaseEventLoop.call_later', a, ['delay', 'callback', 'context']);
        const l = loopOf(s);
        const delayArg = required(realm, a, 0, 'delay', 'BaseEventLoop.call_later');
        if (isNone(delayArg)) throw pyError(realm, 'TypeError', 'delay must not be None');
        const delay = deadlineNumber(realm, delayArg, '+');
        const cb = required(realm, a, 1, 'callback', 'BaseEventLoop.call_later');
        return handleObject(ctx, l, l.callLater(delay, cb, rest(a, 2), contextOption(ctx, arg(a, -1, 'context'))));
      },
      call_at: (s, a) => {
        checkKeywords(realm, 'BaseEventLoop.call_at', a, ['when', 'callback', 'context']);
        const l = loopOf(s);
        const whenArg = required(realm, a, 0, 'when', 'BaseEventLoop.call_at');
        if (isNone(whenArg)) throw pyError(realm, 'TypeError', 'when cannot be None');
        const when = deadlineNumber(realm, whenArg, '-');
        const cb = required(realm, a, 1, 'callback', 'BaseEventLoop.call_at');
        return handleObject(ctx, l, l.callAt(when, cb, rest(a, 2), contextOption(ctx, arg(a, -1, 'context'))));
      },
      time: (s, a) => (noArgs(realm, 'BaseEventLoop.time', a), realm.py.makeFloat(loopOf(s).time())),
      create_future: (s, a) => (bindMethod(realm, 'BaseEventLoop.create_future', [], 0, a), loopOf(s).createFuture()),
      create_task: (s, a) => {
        const site = realm.callLoc;
        return loopCreateTask(ctx, loopOf(s), required(realm, a, 0, 'coro', 'BaseEventLoop.create_task'), {
          name: arg(a, -1, 'name'),
          site,
          eagerStart: arg(a, -1, 'eager_start'),
          context: arg(a, -1, 'context'),
          extra: extraTaskKeywords(a),
        });
      },
      set_task_factory: (s, a) => {
        const f = arg(a, 0, 'factory', None);
        if (!isNone(f) && !realm.interp.isCallable(f)) throw pyError(realm, 'TypeError', 'task factory must be a callable or None');
        loopOf(s).taskFactory = isNone(f) ? null : f;
        return None;
      },
      get_task_factory: (s, a) => (noArgs(realm, 'BaseEventLoop.get_task_factory', a), loopOf(s).taskFactory ?? None),
      run_until_complete: (s, a) => {
        const site = realm.callLoc;
        return runUntilComplete(ctx, loopOf(s), required(realm, a, 0, 'future', 'BaseEventLoop.run_until_complete'), site);
      },
      run_forever: (s) => (loopOf(s).runForever(), None),
      stop: (s, a) => (noArgs(realm, 'BaseEventLoop.stop', a), loopOf(s).stop(), None),
      close: (s) => (loopOf(s).close(), None),
      is_running: (s, a) => (noArgs(realm, 'BaseEventLoop.is_running', a), loopOf(s).isRunning()),
      is_closed: (s, a) => (noArgs(realm, 'BaseEventLoop.is_closed', a), loopOf(s).closed),
      // Debug mode changes what asyncio logs and how it prints callbacks; the model runs without it.
      get_debug: (_s, a) => (noArgs(realm, 'BaseEventLoop.get_debug', a), false),
      set_debug: (_s, a) => {
        if (realm.py.truthy(required(realm, a, 0, 'enabled', 'BaseEventLoop.set_debug'))) {
          throw unsupported("asyncio's debug mode (loop.set_debug(True))", realm.callLoc);
        }
        return None;
      },
      set_exception_handler: (s, a) => {
        const h = arg(a, 0, 'handler', None);
        // base_events.py: a handler that is not callable is refused now, not when an error comes.
        if (!isNone(h) && !realm.interp.isCallable(h))
          throw pyError(realm, 'TypeError', `A callable object or None is expected, got ${realm.py.repr(h)}`);
        loopOf(s).exceptionHandler = isNone(h) ? null : h;
        return None;
      },
      get_exception_handler: (s, a) => (noArgs(realm, 'BaseEventLoop.get_exception_handler', a), loopOf(s).exceptionHandler ?? None),
      call_exception_handler: (s, a) => {
        const context = required(realm, a, 0, 'context', 'BaseEventLoop.call_exception_handler');
        const message = realm.py.getItem(context, 'message');
        loopOf(s).callExceptionHandler(context, String(realm.py.display(message)));
        return None;
      },
      __repr__: (s) =>
        `<_VirtualEventLoop running=${loopOf(s).running ? 'True' : 'False'} closed=${loopOf(s).closed ? 'True' : 'False'} debug=False>`,
    },
  });
  // What CPython 3.14's loop and Task have and the model's lack (dir() of each, from pyodide).
  const members = (what: string, names: string) => ({ what, names: new Set(names.split(' ')) });
  ctx.rt.cpythonMembers.set(loop, members("asyncio's event loop", LOOP_MEMBERS));
  ctx.rt.cpythonMembers.set(taskCls, members('asyncio.Task', 'get_stack print_stack'));

  ctx.cls = {
    loop,
    handle,
    timerHandle,
    future,
    task: taskCls,
    gatheringFuture,
    futureIter,
    coroutine,
    cancelledError,
    invalidStateError,
    // promisio-module.ts fills these in.
    promise: object,
    taskPromise: object,
    aggregateError: object,
  };
}

/** `dir()` of CPython 3.14's running loop (public names), for the names the model's lacks. */
const LOOP_MEMBERS =
  'add_reader add_signal_handler add_writer call_at call_exception_handler call_later call_soon call_soon_threadsafe close ' +
  'connect_accepted_socket connect_read_pipe connect_write_pipe create_connection create_datagram_endpoint create_future ' +
  'create_server create_task create_unix_connection create_unix_server default_exception_handler get_debug ' +
  'get_exception_handler get_task_factory getaddrinfo getnameinfo is_closed is_running remove_reader ' +
  'remove_signal_handler remove_writer run_forever run_in_executor run_until_complete sendfile set_debug ' +
  'set_default_executor set_exception_handler set_task_factory shutdown_asyncgens shutdown_default_executor ' +
  'slow_callback_duration sock_accept sock_connect sock_recv sock_recv_into sock_recvfrom sock_recvfrom_into ' +
  'sock_sendall sock_sendfile sock_sendto start_tls stop subprocess_exec subprocess_shell time';
