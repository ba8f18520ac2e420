/**
 * asyncio.Runner (Lib/asyncio/runners.py, 3.14): what `asyncio.run` is built on, for code
 * that runs several coroutines on one loop (`with asyncio.Runner() as runner:`).
 *
 *  - The loop is made lazily (`_lazy_init`, at `__enter__`, `run` or `get_loop`): a new
 *    event loop (or `loop_factory()`), set as the current loop the first time.
 *  - `run(coro)`: RuntimeError inside a running loop; a non-coroutine awaitable is wrapped
 *    (`Runner.run.<locals>._wrap_awaitable`), anything else is a TypeError; then
 *    `run_until_complete(loop.create_task(coro, context=...))` (runner.ts). Tasks left
 *    pending keep their state between two `run` calls, and so do context variables: the
 *    main tasks run in one context, copied at `_lazy_init`, unless `run` is given another.
 *  - `close()` (and `__exit__`): only once initialised: cancel the pending tasks and run
 *    the shutdown coroutines (runner.ts `shutdownLoop`), unset the current loop, close the
 *    loop; the Runner is then closed (`RuntimeError: Runner is closed` on reuse).
 */
import { None, PyInstance, type PyClass, type Value } from '../../runtime/values';
import { defineBuiltinClass, pyClass } from '../../runtime/python/classes';
import type { PyModelContext } from './context';
import { EventLoop } from './event-loop';
import { loopCreateTask } from './tasks-api';
import { inFrames, PY_FRAMES } from './frames';
import { mainCoroutine, newEventLoop, runUntilComplete, shutdownLoop } from './runner';
import { callValue, isNone, pyError } from './host';
import { contextObject, contextsOf } from '../../runtime/python/contextvars';

class RunnerCore {
  state: 'created' | 'initialized' | 'closed' = 'created';
  loop: EventLoop | null = null;
  /** `self._context`: the Context every `run` without `context=` runs its main task in. */
  private context: Value = None;
  private setEventLoop = false;

  constructor(
    private readonly ctx: PyModelContext,
    private readonly loopFactory: Value,
  ) {}

  lazyInit(): EventLoop {
    const ctx = this.ctx;
    if (this.state === 'closed') throw pyError(ctx.realm, 'RuntimeError', 'Runner is closed');
    if (this.state === 'initialized') return this.loop!;
    if (isNone(this.loopFactory)) {
      this.loop = newEventLoop(ctx);
      if (!this.setEventLoop) {
        ctx.current = this.loop;
        this.setEventLoop = true;
      }
    } else {
      const loop = callValue(ctx.realm, this.loopFactory, []);
      if (!(loop instanceof EventLoop)) throw pyError(ctx.realm, 'TypeError', 'loop_factory must return an event loop');
      this.loop = loop;
    }
    const cs = contextsOf(ctx.rt);
    this.context = contextObject(cs, cs.current.copy());
    this.state = 'initialized';
    return this.loop;
  }

  /** `Runner.run(coro, *, context=None)`: the main task runs in `context`, or in the Runner's own. */
  run(main: Value, given?: Value): Value {
    const ctx = this.ctx;
    const site = ctx.realm.callLoc;
    if (ctx.running !== null) throw pyError(ctx.realm, 'RuntimeError', 'Runner.run() cannot be called from a running event loop');
    const loop = this.lazyInit();
    const context = given === undefined || isNone(given) ? this.context : given;
    // Runner.run's own frame (call-stack.ts).
    return inFrames(ctx.realm, PY_FRAMES.runnerRun, () => {
      const task = loopCreateTask(ctx, loop, mainCoroutine(ctx, main), { site, context });
      return runUntilComplete(ctx, loop, task);
    });
  }

  close(): void {
    if (this.state !== 'initialized') return;
    const loop = this.loop!;
    try {
      shutdownLoop(this.ctx, loop);
    } finally {
      if (this.setEventLoop) this.ctx.current = null;
      loop.close();
      this.loop = null;
      this.state = 'closed';
    }
  }
}

export function defineRunnerClass(ctx: PyModelContext): PyClass {
  const realm = ctx.realm;
  const core = (s: Value) => (s as PyInstance).internal as RunnerCore;
  return defineBuiltinClass(realm, 'Runner', [pyClass(realm, 'object')], {
    pythonLevel: true,
    module: 'asyncio.runners',
    register: false,
    construct: (cls, args) => {
      if (args.positional.length > 0)
        throw pyError(realm, 'TypeError', `Runner.__init__() takes 1 positional argument but ${args.positional.length + 1} were given`);
      return new PyInstance(cls, new RunnerCore(ctx, args.keywords?.get('loop_factory') ?? None));
    },
    methods: {
      __enter__: (s) => (core(s).lazyInit(), s),
      __exit__: (s) => (core(s).close(), None),
      close: (s) => (core(s).close(), None),
      get_loop: (s) => core(s).lazyInit(),
      run: (s, a) => {
        const coro = a.positional[0] ?? a.keywords?.get('coro');
        if (coro === undefined) throw pyError(realm, 'TypeError', "Runner.run() missing 1 required positional argument: 'coro'");
        return core(s).run(coro, a.keywords?.get('context'));
      },
    },
  });
}
