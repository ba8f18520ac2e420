/**
 * The `js` scheduling model: ECMAScript promises + Node 20's event loop
 * (docs/semantics.md §1, §5). Assembles the loop (event-loop.ts), the promise
 * machinery (promise.ts, promise-capability.ts, promise-builtins.ts, combinators.ts), async functions
 * (async-function.ts), unhandled rejections (rejections.ts), timers (timers.ts) and the
 * run of the program as a CommonJS script or an ES module (module-run.ts, commonjs.ts)
 * behind the ModelDriver contract (models/model.ts).
 *
 * The model is per run, not per language: a Python snippet under `js` has its async defs
 * called through the same callAsync (eager, returning a Promise) and its awaits through the
 * same awaitValue, so it gets JavaScript scheduling.
 */
import type { Pos } from '../../events/types';
import type { Realm } from '../../runtime/realm';
import type { JSObject, NativeFunction, Value } from '../../runtime/values';
import type { AsyncCallInfo, BodyGenerator, JsAsyncGeneratorQueue, JsPromiseOps, LoadedProgram, ModelDriver, ModelOutcome } from '../model';
import type { GeneratorDriver } from '../../runtime/generator';
import { createAsyncGeneratorQueue } from './async-generator';
import { EventLoop } from './event-loop';
import { RejectionTracker } from './rejections';
import { ModuleRun } from './module-run';
import { installJsGlobals } from './globals';
import { awaitValue, startAsync } from './async-function';
import type { CallNames, PromiseHost, PromiseRecord, Reactor } from './promise';
import { createJsPromiseOps } from './promise-ops';
import { installCommonJs } from './commonjs';
import type { JsMode } from '../../names';

export class JsModel implements ModelDriver, PromiseHost {
  readonly name = 'js' as const;
  /** Past the depth threshold an async body's calls come to its driver (async-calls.ts). */
  readonly drivesCalls = true;
  readonly loop: EventLoop;
  promiseCtor!: NativeFunction;
  promiseProto!: JSObject;
  promiseThen: NativeFunction | undefined = undefined;
  driver: Reactor | null = null;
  readonly callNames = new Map<string, CallNames>();
  readonly jsPromises: JsPromiseOps = createJsPromiseOps(this);
  private readonly rejections: RejectionTracker;
  private readonly module: ModuleRun;

  constructor(
    readonly realm: Realm,
    /** Node's two ways of running a file (module-run.ts). */
    readonly mode: JsMode = 'module',
    /** Virtual milliseconds the main program takes (RunOptions.jsMainScriptMs). */
    mainScriptMs = 0,
  ) {
    this.loop = new EventLoop(realm);
    this.loop.promiseHost = this;
    this.loop.mainScriptMs = mainScriptMs;
    this.rejections = new RejectionTracker(this.loop, realm);
    this.module = new ModuleRun(this, mode);
    this.loop.processRejections = () => this.rejections.process();
    this.loop.onIdle = () => this.module.onIdle();
    realm.jsClockRead = () => this.loop.readClock();
    installJsGlobals(this);
    if (mode === 'commonjs') installCommonJs(this);
  }

  trackRejection(rec: PromiseRecord, operation: 'reject' | 'handle'): void {
    this.rejections.track(rec, operation);
  }

  callAsync(body: BodyGenerator, info: AsyncCallInfo): Value {
    return startAsync(this, body, info).obj;
  }

  awaitValue(value: Value, site: Pos | undefined): Generator<unknown, Value, unknown> {
    return awaitValue(this, value, site);
  }

  /** Python's `time` clocks in a snippet under js: Node's loop clock, which stands still while code runs. */
  readClockNs(): number {
    return Math.round(this.loop.now * 1e6);
  }

  /** `time.sleep` in a Python snippet under js: the loop's clock moves by the sleep, as a blocking call's would. */
  blockingSleep(ns: number): void {
    this.loop.block(ns / 1e6);
  }

  jsAsyncGenerator(driver: GeneratorDriver): JsAsyncGeneratorQueue {
    return createAsyncGeneratorQueue(this, this.jsPromises, driver);
  }

  start(main: LoadedProgram, prelude?: LoadedProgram): void {
    this.module.schedule(main, prelude);
  }

  runUntil(stepLimit: number): boolean {
    const budget = this.realm.budget;
    for (;;) {
      if (this.loop.runOnce(stepLimit)) return true;
      if (budget.used >= stepLimit) return false;
    }
  }

  finish(): ModelOutcome {
    const loop = this.loop;
    return {
      error: loop.error,
      errorKind: loop.errorKind,
      errorAt: loop.errorAt,
      errorPos: loop.errorPos,
      mode: this.mode,
      virtualTime: loop.now / 1000,
    };
  }
}

export function createJsModel(realm: Realm, mode: JsMode = 'module', mainScriptMs = 0): ModelDriver {
  return new JsModel(realm, mode, mainScriptMs);
}
