/**
 * The Python models' ModelDriver: how a program runs under `python`, `python-eager` and
 * `promisio` (tests/conformance/README.md "Run modes").
 *
 * Mode choice: `repl` for a Python module with top-level await, for any JS program, and for
 * a Python twin run after a Python prelude (the JS-origin twins: a JS module body runs
 * inside the event loop); `script` otherwise.
 *
 *  - repl: one virtual loop, set as the current loop. The prelude runs synchronously first.
 *    The module runs as the main task (top-level await; created before the loop runs, so
 *    never eager) or as one plain loop callback. The loop then runs until idle (nothing
 *    ready, no live timer). An error in the top-level code is recorded (error, errorAt) and
 *    the loop keeps running. If the main code is still waiting at the end:
 *    `main code never finished (waits forever)`. `runUntil` pauses between iterations.
 *  - script: the module body runs synchronously with no running loop; `asyncio.run` runs a
 *    nested loop inside the call (runner.ts), so the whole script runs inside the first
 *    `runUntil` (to completion or to the budget EngineError). An uncaught exception ends the
 *    program; a loop that would wait forever ends it with `Hang: the program waits forever`.
 *
 * `callAsync`: a lazy coroutine (python, python-eager); under `promisio` every async def is
 * promisified: `asyncio.create_task(coro)` (RuntimeError without a running loop, leaving the
 * coroutine never awaited) then `Promise.resolve(task)` → TaskPromise.
 */
import { defineThreadPool } from './thread-pool';
import type { Value } from '../../runtime/values';
import type { Pos } from '../../events/types';
import type { BodyGenerator, AsyncCallInfo, LoadedProgram, ModelDriver, ModelOutcome } from '../model';
import type { ModelName } from '../../names';
import type { Realm } from '../../runtime/realm';
import { PyModelContext, type PythonVariant } from './context';
import { type EventLoop, Hang } from './event-loop';
import { Handle } from './handles';
import { Coroutine } from './coroutine';
import { Task } from './task';
import { awaitValue, isAwaitable } from './await';
import { defineAsyncioClasses } from './classes';
import { installAsyncgenHooks } from './asyncgens';
import { definePromisioClasses, makePromisioModule, promisifyResult } from './promisio-module';
import { makeAsyncioModule, makeLoopcountModule } from './asyncio-module';
import { newEventLoop } from './runner';
import { collectGarbage } from './warnings';
import { blockingSleep, readClockNs } from './time-clocks';
import { errorSummary, Thrown } from './host';
import { PY_FRAMES } from './frames';

class PythonModel implements ModelDriver {
  readonly name: ModelName;
  readonly coroutinesMakeCalls: boolean;
  private readonly ctx: PyModelContext;
  private mode: 'repl' | 'script' = 'script';
  private main: LoadedProgram | undefined;
  private prelude: LoadedProgram | undefined;
  private begun = false;
  private completed = false;
  private loop: EventLoop | null = null;
  private error: string | null = null;
  private errorAt: number | null = null;
  private errorPos: Pos | null = null;

  constructor(
    private readonly realm: Realm,
    variant: PythonVariant,
  ) {
    this.name = variant;
    this.coroutinesMakeCalls = variant === 'python-eager';
    const ctx = new PyModelContext(realm, variant);
    this.ctx = ctx;
    defineAsyncioClasses(ctx);
    installAsyncgenHooks(ctx);
    // Under promisio every async call makes a TaskPromise, so its classes exist from the start;
    // under the other two models only a program importing promisio meets them, and they are
    // made with the module (issue 10: a first run in a fresh worker pays for each class it
    // defines, its methods' closures and the first compilation of the code that makes them).
    if (variant === 'promisio') definePromisioClasses(ctx);
    realm.modules.set('asyncio', makeAsyncioModule(ctx));
    realm.modules.define('promisio', () => {
      if (variant !== 'promisio') definePromisioClasses(ctx);
      return makePromisioModule(ctx);
    });
    realm.modules.define('loopcount', () => makeLoopcountModule(ctx));
    const threadPools = () => (ctx.threadPools ??= defineThreadPool(ctx, () => ctx.running ?? ctx.current));
    realm.modules.define('concurrent', () => threadPools().concurrent());
    realm.modules.define('concurrent.futures', () => threadPools().futures());
  }

  /** `_run_once` calls so far (docs/semantics.md's `loopcount.it()`; used by tests). */
  get iterations(): number {
    return this.ctx.iterations;
  }

  callAsync(body: BodyGenerator, info: AsyncCallInfo): Value {
    const coro = new Coroutine(this.ctx, body, info.name, info.qualname, info.callSite, false, info.traced === true);
    // The interpreter calls this with the async function being called as its current one.
    const fn = this.realm.interp.currentFunction();
    if (fn !== undefined) {
      coro.code = fn.def;
      // CPython's coroutine takes the function's `__name__` / `__qualname__` as they are at
      // the call (`gen_new_with_qualname`): `functools.wraps` renames a wrapper to the
      // function it wraps, in the coroutine's repr, its Task's repr and its warnings. The
      // lane keeps the code's name, as sys.monitoring reports the code that runs.
      const name = fn.ownProp('__name__');
      const qualname = fn.ownProp('__qualname__');
      if (name !== undefined && 'value' in name && typeof name.value === 'string') coro.shownName = name.value;
      if (qualname !== undefined && 'value' in qualname && typeof qualname.value === 'string') coro.qualname = qualname.value;
    }
    if (this.ctx.variant !== 'promisio') return coro;
    return promisifyResult(this.ctx, coro, info.callSite);
  }

  nativeCoroutine(body: BodyGenerator, name: string, qualname: string): Value {
    // Quiet, as the model's own coroutines are (tasks-api.ts nativeCoroutine).
    const coro = new Coroutine(this.ctx, body, name, qualname, undefined, true);
    if (this.ctx.variant !== 'promisio') return coro;
    return promisifyResult(this.ctx, coro, undefined);
  }

  awaitValue(value: Value, site: Pos | undefined, callee?: Value): Generator<unknown, Value, unknown> {
    return awaitValue(this.ctx, value, site, callee);
  }

  isAwaitable(value: Value): boolean {
    return isAwaitable(value);
  }

  readClockNs(): number {
    return readClockNs(this.ctx);
  }

  blockingSleep(ns: number): void {
    blockingSleep(this.ctx, ns);
  }

  start(main: LoadedProgram, prelude?: LoadedProgram): void {
    this.main = main;
    this.prelude = prelude;
    const p = main.program;
    this.ctx.mainLang = p.lang;
    const isTwin = prelude !== undefined && prelude.program.lang === 'py' && p.lang === 'py';
    this.mode = p.hasTopLevelAwait || p.lang === 'js' || isTwin ? 'repl' : 'script';
  }

  private recordError(e: Thrown): void {
    if (this.error !== null) return;
    this.error = errorSummary(this.realm, e.value);
    this.errorAt = this.realm.stdout.length;
    this.errorPos = e.loc ? { line: e.loc.line, col: e.loc.col } : null;
    const rec = this.realm.rec;
    if (rec.on)
      rec.emit({ type: 'error', text: this.error, errorKind: 'uncaught-exception', id: rec.current, loc: this.errorPos ?? undefined });
  }

  runUntil(stepLimit: number): boolean {
    if (this.completed) return true;
    if (!this.begun) {
      this.begun = true;
      if (this.mode === 'script') {
        this.runScript();
        this.completed = true;
        return true;
      }
      this.beginRepl();
    }
    const loop = this.loop!;
    const budget = this.realm.budget;
    // The harness's `run_program` → `loop.run_forever()` (pyodide_harness.py): the frames
    // below every REPL iteration (runtime/call-stack.ts).
    this.realm.stack.depth = PY_FRAMES.harness + PY_FRAMES.runForever;
    for (;;) {
      if (loop.isIdle()) {
        this.endRepl();
        return true;
      }
      if (budget.used >= stepLimit) return false;
      try {
        loop.runOnce();
      } catch (e) {
        // SystemExit or KeyboardInterrupt out of a task or a callback (host.ts isExitException)
        // ends the harness's run_forever, and the program with it.
        if (!(e instanceof Thrown)) throw e;
        this.recordError(e);
        this.completed = true;
        return true;
      }
    }
  }

  private runScript(): void {
    // `run_program` → `exec(code)`: the module's frame on the harness's (call-stack.ts).
    this.realm.stack.depth = PY_FRAMES.harness + PY_FRAMES.module;
    try {
      this.prelude?.module.runSync();
      this.main!.module.runSync();
    } catch (e) {
      if (e instanceof Thrown) this.recordError(e);
      else if (e instanceof Hang) this.recordHang(e);
      else throw e;
    }
  }

  private recordHang(h: Hang): void {
    if (this.error !== null) return;
    this.error = h.message;
    this.errorAt = this.realm.stdout.length;
    const rec = this.realm.rec;
    if (rec.on) rec.emit({ type: 'error', text: h.message, errorKind: 'uncaught-exception' });
  }

  private beginRepl(): void {
    const ctx = this.ctx;
    const loop = newEventLoop(ctx);
    this.loop = loop;
    ctx.current = loop;
    this.realm.stack.depth = PY_FRAMES.harness + PY_FRAMES.module;
    try {
      this.prelude?.module.runSync();
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      this.recordError(e);
    }
    const main = this.main!;
    if (main.program.hasTopLevelAwait) {
      const coro = new Coroutine(ctx, main.module.runAsync(), '<module>', '<module>', undefined, false, true);
      // The oracle's `_main_code` task (tests/oracle/pyodide_harness.py) awaits the coroutine its built-in eval makes of the module's code: two frames per step.
      coro.frames = PY_FRAMES.replMain + PY_FRAMES.module;
      ctx.mainTask = new Task(ctx, loop, coro);
      ctx.onMainError = (e) => this.recordError(e);
    } else {
      const id = ctx.invocation('main', '<module>');
      loop.callSoonHandle(
        new Handle(
          () => {
            // The module body is one plain loop callback (what `python -m asyncio` does with
            // input that has no await): its lane runs from here to its end.
            const rec = this.realm.rec;
            if (rec.on) rec.started(id, undefined);
            // The harness's `_run_sync` callback → `exec(code)` (call-stack.ts).
            const stack = this.realm.stack;
            stack.depth += PY_FRAMES.replSync + PY_FRAMES.module;
            try {
              main.module.runSync();
              if (rec.on) rec.emit({ type: 'resolved', id, value: 'None' });
            } catch (e) {
              if (!(e instanceof Thrown)) throw e;
              if (rec.on) rec.emit({ type: 'rejected', id, error: this.realm.py.errorSummary(e.value) });
              this.recordError(e);
            } finally {
              stack.depth -= PY_FRAMES.replSync + PY_FRAMES.module;
            }
          },
          undefined,
          id,
          '<module>',
        ),
      );
    }
    loop.running = true;
    ctx.running = loop;
  }

  private endRepl(): void {
    const ctx = this.ctx;
    const loop = this.loop!;
    if (ctx.mainTask !== null && !ctx.mainTask.done()) this.realm.warn('main code never finished (waits forever)');
    loop.running = false;
    ctx.running = null;
    this.completed = true;
  }

  finish(): ModelOutcome {
    if (this.completed) collectGarbage(this.ctx);
    return {
      error: this.error,
      errorKind: this.error !== null ? 'uncaught-exception' : null,
      errorAt: this.errorAt,
      errorPos: this.errorPos,
      mode: this.mode,
      virtualTime: Math.round(this.ctx.clock / 1e6) / 1000,
    };
  }
}

export function createPythonModel(realm: Realm, variant: PythonVariant): ModelDriver {
  return new PythonModel(realm, variant);
}
