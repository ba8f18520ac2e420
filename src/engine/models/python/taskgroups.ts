/**
 * asyncio.TaskGroup (Lib/asyncio/taskgroups.py, 3.14), semantics.md §2.8.
 *
 *  - `__aenter__` (no suspension) records the running loop and the current (parent) task.
 *  - `create_task(coro, **kw)` is `loop.create_task` (eager under python-eager) plus a done
 *    callback `_on_task_done`, always added, even to a task that finished eagerly: it runs
 *    one iteration later, as every done callback does. RuntimeError (closing the coroutine)
 *    before entry, after the group finished, and while it is shutting down.
 *  - `_on_task_done`: a child that failed (not cancelled) adds its exception to the errors
 *    and, the first time, aborts the group (cancels every child not done) and cancels the
 *    parent task, so the body's current await raises CancelledError (`_parent_cancel_requested`).
 *    SystemExit / KeyboardInterrupt are also remembered as the base error, re-raised alone
 *    (but a Task that raises one does not re-raise it out of the event loop as CPython's
 *    does: that path is not modelled).
 *  - `__aexit__` (awaited inline): an exception leaving the body aborts the group; it then
 *    waits (`_on_completed_fut`, resolved by the last `_on_task_done`) until every child is
 *    done — a CancelledError arriving meanwhile from outside aborts and is propagated unless
 *    other errors exist; `uncancel()`s the parent when it cancelled it; raises the base
 *    error, or the CancelledError, or `BaseExceptionGroup('unhandled errors in a TaskGroup',
 *    errors)` (an ExceptionGroup when all are Exceptions) `from None`, the body's own
 *    exception listed last.
 *  - repr: `<TaskGroup tasks=N errors=N cancelling|entered>`.
 *  - `_abort` walks `self._tasks`, a set of tasks hashed by address: the order in which
 *    CPython cancels several pending children is not predictable; the model cancels them in
 *    creation order and marks the children it wakes as races (set-order.ts).
 */
import { None, PyClass, PyInstance, type Value } from '../../runtime/values';
import type { Pos } from '../../events/types';
import { defineBuiltinClass, pyClass } from '../../runtime/python/classes';
import type { PyModelContext } from './context';
import { getRunningLoop, type EventLoop } from './event-loop';
import type { Future } from './future';
import { cancelTaskSet } from './set-order';
import { type Task } from './task';
import { Coroutine, type NativeCode } from './coroutine';
import { awaitFuture } from './await';
import { loopCreateTask, nativeCoroutine } from './tasks-api';
import { inFrames, PY_FRAMES } from './frames';
import { asyncioCallback } from './reprs';
import { arg, isInstanceOf, isNone, pyError, Thrown } from './host';
import { bindInit } from './signature';

type Body = Generator<unknown, Value, unknown>;

/** taskgroups.py: `async def __aenter__`, `__aexit__` (its `await self._aexit(...)`), and `_on_task_done`. */
const AENTER_CODE: NativeCode = { file: 'taskgroups.py', first: 60, line: 60 };
const AEXIT_CODE: NativeCode = { file: 'taskgroups.py', first: 74, line: 77 };
const ON_TASK_DONE = asyncioCallback('TaskGroup._on_task_done', 'taskgroups.py', 250);

class TaskGroupState {
  entered = false;
  exiting = false;
  aborting = false;
  loop: EventLoop | null = null;
  parentTask: Task | null = null;
  parentCancelRequested = false;
  readonly tasks = new Set<Task>();
  errors: Value[] = [];
  baseError: Value | null = null;
  onCompletedFut: Future | null = null;
}

export function defineTaskGroupClass(ctx: PyModelContext): PyClass {
  const realm = ctx.realm;
  const st = (s: Value) => (s as PyInstance).internal as TaskGroupState;
  const reprOf = (s: Value) => realm.py.repr(s);
  const cancelledError = () => ctx.cls.cancelledError;

  /** `_is_base_error`: SystemExit and KeyboardInterrupt stay special. */
  const isBaseError = (exc: Value): boolean =>
    ['SystemExit', 'KeyboardInterrupt'].some((n) => {
      const cls = realm.builtins.py.get(n);
      return cls instanceof PyClass && isInstanceOf(exc, cls);
    });

  const abort = (g: TaskGroupState): void => {
    g.aborting = true;
    cancelTaskSet(ctx, g.tasks);
  };

  const onTaskDone = (g: TaskGroupState, task: Task): void => {
    g.tasks.delete(task);
    if (g.onCompletedFut !== null && g.tasks.size === 0 && !g.onCompletedFut.done()) g.onCompletedFut.setResult(true);
    if (task.cancelled()) return;
    const exc = task.exception();
    if (isNone(exc)) return;
    g.errors.push(exc);
    if (isBaseError(exc) && g.baseError === null) g.baseError = exc;
    const parent = g.parentTask!;
    if (parent.done()) {
      const message = `Task ${realm.py.repr(task)} has errored out but its parent task ${realm.py.display(parent)} is already completed`;
      g.loop!.callExceptionHandler(
        [
          ['message', message],
          ['exception', exc],
          ['task', task],
        ],
        message,
      );
      return;
    }
    if (!g.aborting && !g.parentCancelRequested) {
      abort(g);
      g.parentCancelRequested = true;
      parent.cancel();
    }
  };

  /** `__aexit__`: `_aexit`, then (finally) drop the parent task, the errors and the base error. */
  function* aexit(self: Value, et: Value, exc: Value): Body {
    const g = st(self);
    try {
      return yield* aexitBody(g, et, exc);
    } finally {
      g.parentTask = null;
      g.errors = [];
      g.baseError = null;
    }
  }

  function* aexitBody(g: TaskGroupState, et: Value, exc: Value): Body {
    g.exiting = true;
    const raised = !isNone(et);
    if (raised && isBaseError(exc) && g.baseError === null) g.baseError = exc;
    const bodyCancelled = raised && isInstanceOf(exc, cancelledError());
    let propagate: Value | null = bodyCancelled ? exc : null;
    if (raised && !g.aborting) abort(g);
    while (g.tasks.size > 0) {
      if (g.onCompletedFut === null) g.onCompletedFut = g.loop!.createFuture('TaskGroup');
      try {
        yield* awaitFuture(ctx, g.onCompletedFut);
      } catch (e) {
        if (!(e instanceof Thrown) || !isInstanceOf(e.value, cancelledError())) throw e;
        if (!g.aborting) {
          propagate = e.value;
          abort(g);
        }
      }
      g.onCompletedFut = null;
    }
    if (g.baseError !== null) throw new Thrown(g.baseError);
    const parent = g.parentTask!;
    if (g.parentCancelRequested && parent.uncancel() === 0) propagate = null;
    if (propagate !== null && g.errors.length === 0) throw new Thrown(propagate);
    if (raised && !bodyCancelled) g.errors.push(exc);
    if (g.errors.length > 0) {
      if (parent.numCancelsRequested > 0) {
        parent.uncancel();
        parent.cancel();
      }
      // BaseExceptionGroup.__new__ makes an ExceptionGroup when every error is an Exception.
      const exception = pyClass(realm, 'Exception');
      const groupCls = pyClass(realm, g.errors.every((e) => isInstanceOf(e, exception)) ? 'ExceptionGroup' : 'BaseExceptionGroup');
      const group = realm.py.callClass(groupCls, {
        positional: ['unhandled errors in a TaskGroup', g.errors.slice()],
      });
      realm.py.chainException?.(group, raised ? exc : undefined, None);
      throw new Thrown(group);
    }
    return None;
  }

  return defineBuiltinClass(realm, 'TaskGroup', [pyClass(realm, 'object')], {
    pythonLevel: true,
    module: 'asyncio.taskgroups',
    register: false,
    construct: (cls, args) => (bindInit(realm, 'TaskGroup', [], 0, args), new PyInstance(cls, new TaskGroupState())),
    methods: {
      __repr__: (s) => {
        const g = st(s);
        let info = '';
        if (g.tasks.size > 0) info += ` tasks=${g.tasks.size}`;
        if (g.errors.length > 0) info += ` errors=${g.errors.length}`;
        if (g.aborting) info += ' cancelling';
        else if (g.entered) info += ' entered';
        return `<TaskGroup${info}>`;
      },
      __aenter__: (s) =>
        nativeCoroutine(
          ctx,
          '__aenter__',
          'TaskGroup.__aenter__',
          (function* (): Body {
            const g = st(s);
            if (g.entered) throw pyError(realm, 'RuntimeError', `TaskGroup ${reprOf(s)} has already been entered`);
            if (g.loop === null) g.loop = getRunningLoop(ctx);
            g.parentTask = g.loop.currentTask;
            if (g.parentTask === null) throw pyError(realm, 'RuntimeError', `TaskGroup ${reprOf(s)} cannot determine the parent task`);
            g.entered = true;
            return s;
          })(),
          AENTER_CODE,
        ),
      __aexit__: (s, a) =>
        nativeCoroutine(ctx, '__aexit__', 'TaskGroup.__aexit__', aexit(s, a.positional[0] ?? None, a.positional[1] ?? None), AEXIT_CODE),
      create_task: (s, a) => {
        const site: Pos | undefined = realm.callLoc;
        const g = st(s);
        const coro = a.positional[0];
        if (coro === undefined) throw pyError(realm, 'TypeError', "TaskGroup.create_task() missing 1 required positional argument: 'coro'");
        const refuse = (why: string): never => {
          if (coro instanceof Coroutine) coro.close();
          throw pyError(realm, 'RuntimeError', `TaskGroup ${reprOf(s)} ${why}`);
        };
        if (!g.entered) refuse('has not been entered');
        if (g.exiting && g.tasks.size === 0) refuse('is finished');
        if (g.aborting) refuse('is shutting down');
        // TaskGroup.create_task is a Python method: an eager task's first step runs on its frame.
        const task = inFrames(
          realm,
          PY_FRAMES.libraryCall,
          () =>
            loopCreateTask(ctx, g.loop!, coro, {
              name: arg(a, -1, 'name'),
              site,
              eagerStart: arg(a, -1, 'eager_start'),
              context: arg(a, -1, 'context'),
            }) as Task,
        );
        g.tasks.add(task);
        task.onDone((t) => onTaskDone(g, t as Task), task.id, '_on_task_done', ON_TASK_DONE);
        return task;
      },
    },
  });
}
