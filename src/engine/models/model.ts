/**
 * The contract between the interpreter and a scheduling model.
 *
 * The interpreter knows nothing about promises, tasks or loops. It compiles every
 * `async` function body to a TS generator and hands it to the model:
 *
 *  - Calling an async function → `model.callAsync(body, info)`. The model decides what
 *    the call returns: a JS Promise whose body already ran to its first await (js), a lazy
 *    coroutine (python, python-eager), a promisio TaskPromise (promisio).
 *  - `await x` in a body → `const v = yield* model.awaitValue(x, site)`. The model returns
 *    a generator the body delegates to: the JS model yields one AwaitRequest to its driver;
 *    the Python model runs a coroutine inline (yield* into it) or yields a Future to the
 *    Task that drives the body, as CPython's `Future.__await__` does.
 *  - Running the program → `model.runProgram(...)` with the module body, which the model
 *    executes as a script, an ES module (top-level await) or asyncio's REPL / script modes.
 *
 * A model also supplies the names its own language sees natively (JS: Promise,
 * setTimeout...; Python: the `asyncio` and `promisio` modules). A snippet in the *other*
 * language reaches them through the shim preludes (src/engine/shims).
 */
import type { Value, CallArgs } from '../runtime/values';
import type { BodyGenerator, SchedulingModel } from '../runtime/scheduling';
import type { Pos } from '../events/types';
import type { Program } from '../ir/nodes';

// The part of the contract the runtime holds (`realm.model`) lives in runtime/, which may not
// import models (ARCHITECTURE.md "Layout"); it is re-exported here with the rest of the contract.
export type { BodyGenerator, AsyncCallInfo, CallEntry, SchedulingModel, JsPromiseOps, JsAsyncGeneratorQueue } from '../runtime/scheduling';

export type { CallArgs };

/** A program ready to run: its IR and the interpreter's loaded module. */
export interface LoadedProgram {
  program: Program;
  module: { runSync(): Value; runAsync(): BodyGenerator };
}

/** How a model's run ended (engine.ts turns it into RunResult). */
export interface ModelOutcome {
  /** `Type: message`, or null. */
  error: string | null;
  errorKind: 'uncaught-exception' | 'unhandled-rejection' | null;
  /** stdout lines printed when the error surfaced. */
  errorAt: number | null;
  errorPos: Pos | null;
  /** 'commonjs' | 'module' for js, 'repl' | 'script' for the Python models. */
  mode: 'repl' | 'script' | 'module' | 'commonjs';
  /** Virtual seconds at the end of the run. */
  virtualTime: number;
}

/**
 * The whole life of a run under one model. engine.ts calls `start` once, then
 * `runUntil` repeatedly (each call may stop between loop turns when the budget slice
 * is used), then `finish` (end-of-run "garbage collection" warnings, mode, error).
 * EngineErrors (budget, recursion, unsupported) propagate out of these calls;
 * user-level errors never do: the model records them in its outcome.
 */
export interface ModelDriver extends SchedulingModel {
  start(main: LoadedProgram, prelude?: LoadedProgram): void;
  /** Run until finished (returns true) or until `realm.budget.used >= stepLimit` at a safe point (returns false). */
  runUntil(stepLimit: number): boolean;
  finish(): ModelOutcome;
}
