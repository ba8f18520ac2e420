/**
 * What the runtime knows of the scheduling model: the realm holds one (`realm.model`) and the
 * interpreter calls it for every async call and `await`. The models implement it
 * (src/engine/models/model.ts states the whole contract and re-exports these types); they live
 * here because runtime/ may not import models/ (ARCHITECTURE.md "Layout").
 */
import type { Value } from './values';
import type { Pos } from '../events/types';
import type { ModelName } from '../names';
import type { GeneratorDriver, ResumeMode } from './generator';

/** What an async body's generator yields to its driver and receives back. */
export type BodyGenerator = Generator<unknown, Value, unknown>;

/**
 * What a call of an async function tells the model. The interpreter hands every call of one
 * function the same record with its `callSite` changed (interp/functions.ts FnCode.callInfo),
 * so `callAsync` reads it before it runs any code and keeps none of it.
 */
export interface AsyncCallInfo {
  /** The function's name and Python qualname (for events and "never awaited" warnings). */
  name: string;
  qualname: string;
  /** Where the call happened. */
  callSite?: Pos;
  /** The function is defined in the program (not in a prelude): its body is in the lane trace. */
  traced?: boolean;
  /**
   * The model's own: what it derives from `name` for the events of a call, made at the first
   * recorded call and kept with the record for every later one (issue 10: looking it up by
   * name at every call was a share of what recording cost). The interpreter makes it
   * undefined and never reads it.
   */
  eventNames?: unknown;
}

/**
 * A call a model's driver runs as a frame of its own loop (Interp.enterCall): the callee's
 * body in trampolined form, already entered (its frame counted, its arguments bound).
 * `Interp.leaveCall(entry)` ends the frame: for an async call when its body's first segment
 * is over, for a sync call when its body returns or throws.
 */
export interface CallEntry {
  readonly body: BodyGenerator;
  /** An async call: what it tells the model (its promise and events are the model's). Undefined for a sync call. */
  readonly info: AsyncCallInfo | undefined;
}

export interface SchedulingModel {
  readonly name: ModelName;

  /** An async function was called; `body` is created but not started. */
  callAsync(body: BodyGenerator, info: AsyncCallInfo): Value;

  /**
   * A coroutine object whose body is the runtime's own, not the program's (the `async def
   * inner` of contextlib's AsyncContextDecorator): no code of the program, so it has no lane
   * of its own. Absent: `callAsync` makes it (the js model, where it is a promise).
   */
  nativeCoroutine?(body: BodyGenerator, name: string, qualname: string): Value;

  /**
   * The model's async driver takes the calls of an async body's trampolined form: past the
   * trampoline threshold (runtime/call-stack.ts) the interpreter hands `callAsync` a body
   * whose calls yield CallRequests (runtime/call-request.ts), and the driver runs each
   * callee's first segment as a frame of its own loop (Interp.enterCall), so `await f()`
   * recursion does not deepen the host stack. The js model only (python-eager's coroutines
   * make a Python body's requested calls themselves: `coroutinesMakeCalls`).
   */
  readonly drivesCalls?: boolean;

  /**
   * The model's coroutines make the calls of a Python async body's trampolined form: past
   * the trampoline threshold the interpreter hands `callAsync` a body whose calls yield
   * CallRequests, and the coroutine resuming it makes each call itself (models/python/coroutine.ts
   * `resume`), so the body's expression frames are off the host stack while the call runs.
   * python-eager only: an eager task's first step runs inside the call that creates it, and
   * `await create_task(f())` recursion repeats that call at every level (issue 10).
   */
  readonly coroutinesMakeCalls?: boolean;

  /**
   * `await value` inside an async body (or at top level). `callee`: the function whose call
   * the operand is, when the operand is a call written right there (`await f(x)`) and the
   * value is what that call returned: no user code has seen the value yet (compile-async.ts).
   */
  awaitValue(value: Value, site: Pos | undefined, callee?: Value): Generator<unknown, Value, unknown>;

  /**
   * The promise operations JavaScript's own async iteration is specified with (`for await`
   * over a sync iterable, async generators): present in the js model only. Under the
   * Python models those constructs report that they need it.
   */
  readonly jsPromises?: JsPromiseOps;

  /**
   * Whether `await value` accepts `value` without a TypeError (Python: a coroutine, a
   * Future, an object whose class defines `__await__`). `async with` checks the results of
   * `__aenter__`/`__aexit__` with it to raise its own message. Absent: everything is (js).
   */
  isAwaitable?(value: Value): boolean;

  /**
   * One read of the model's virtual clock by a runtime clock function (Python's
   * `time.monotonic()`, `time.time()`...): integer nanoseconds since the run began. A read
   * may cost virtual time, so a busy-wait on the clock ends; each model's header says how much.
   */
  readClockNs(): number;

  /** `time.sleep`: the whole program blocks (no callback runs) while the clock moves `ns` nanoseconds. */
  blockingSleep(ns: number): void;

  /**
   * The request queue of a new JS async generator object whose body is `driver`'s
   * (models/js/async-generator.ts): present in the js model only.
   */
  jsAsyncGenerator?(driver: GeneratorDriver): JsAsyncGeneratorQueue;
}

/** What the js model gives an async generator object: AsyncGeneratorEnqueue + resume (§27.6.3). */
export interface JsAsyncGeneratorQueue {
  /** next / return / throw: the promise of this request's result. */
  request(mode: ResumeMode, value: Value): Value;
}

/** ECMAScript promise abstract operations on %Promise% (never the user-visible methods). */
export interface JsPromiseOps {
  /** PromiseResolve(%Promise%, v) (§27.2.4.7.1); a throwing `constructor` getter throws. */
  resolve(v: Value): Value;
  /** A promise of %Promise% rejected with `reason`. */
  rejected(reason: Value): Value;
  /**
   * PerformPromiseThen(p, onFulfilled, onRejected, capability) (§27.2.5.4.1) on a native
   * promise `p`, returning the derived promise; a handler's throw (a Thrown) rejects it.
   */
  then(p: Value, onFulfilled?: (v: Value) => Value, onRejected?: (reason: Value) => Value): Value;
  /** NewPromiseCapability(%Promise%) (§27.2.1.5). */
  capability(): { promise: Value; resolve(v: Value): void; reject(reason: Value): void };
}
