/**
 * Async functions: AsyncFunctionStart / AsyncBlockStart (ECMA-262 §27.7.5.1–2) and Await
 * (§27.7.5.3, anchor #await). docs/semantics.md §1.2, §1.4, §1.5.
 *
 *  - Calling an async function creates its result promise and runs the body *synchronously*
 *    up to its first `await`; the caller then gets the pending promise (js/01).
 *  - `await v` = PromiseResolve(%Promise%, v) — a native promise whose `constructor` is
 *    %Promise% is reused (an observable Get), anything else is wrapped in a new promise
 *    through the resolve function (thenables cost the extra NewPromiseResolveThenableJob) —
 *    then PerformPromiseThen(promise, resume, throwInto) with no derived promise: the
 *    driver itself is the reaction, so an await allocates one job and nothing else.
 *  - The body's completion resolves the result promise through the resolve function
 *    (returning a promise costs the thenable job: 3 ticks in all, js/04); a throw rejects it.
 *
 * The interpreter compiles each async body to a generator; `await` is
 * `yield* model.awaitValue(x)`, which yields the PromiseRecord to await to this driver.
 */
import { EngineError } from '../../errors';
import type { Pos } from '../../events/types';
import { Thrown } from '../../runtime/thrown';
import type { Value } from '../../runtime/values';
import type { AsyncCallInfo, BodyGenerator } from '../model';
import {
  PromiseRecord,
  enqueueReaction,
  isPromise,
  newPromise,
  performThen,
  rejectPromise,
  resolvePromise,
  type CallNames,
  type PromiseHost,
  type Reactor,
} from './promise';
import { promiseConstructorOf } from './promise-capability';
import { describeValue, isJsObject } from './host';
import { CallRequest } from '../../runtime/call-request';
import { driveCalls } from './async-calls';

/**
 * An async call's result promise, which also drives its body: the reaction that resumes it
 * after each await. One object per call, not a promise and a driver holding it (issue 10:
 * what an async call allocates, and what a suspended call keeps alive for the garbage
 * collector to copy). Its invocation id is the promise's.
 */
export class AsyncCallPromise extends PromiseRecord implements Reactor {
  // Declared and assigned in the constructor, not class fields: see JSObject (runtime/values.ts).
  declare readonly host: PromiseHost;
  declare readonly gen: BodyGenerator;
  /** What its resumptions are enqueued as while recording (`resume f()`; '' when not recording). */
  declare private readonly resumeLabel: string;

  constructor(host: PromiseHost, gen: BodyGenerator, id: number, name: string, resumeLabel: string) {
    super(id, name, host.promiseProto);
    this.host = host;
    this.gen = gen;
    this.resumeLabel = resumeLabel;
  }

  /** Asked at every await while recording. */
  label(): string {
    return this.resumeLabel;
  }

  /**
   * Run the body until it awaits, returns or throws. An `await` registers this driver as
   * the reaction itself (awaitValue below) before the body suspends, so a suspension needs
   * nothing more here.
   */
  step(rejected: boolean, value: Value): void {
    const host = this.host;
    const r = host.realm.rec;
    const prev = r.current;
    const prevDriver = host.driver;
    r.current = this.id;
    host.driver = this;
    let next: IteratorResult<unknown, Value>;
    try {
      next = rejected ? this.gen.throw(new Thrown(value)) : this.gen.next(value);
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      rejectPromise(host, this, e.value, e.loc);
      return;
    } finally {
      r.current = prev;
      host.driver = prevDriver;
    }
    if (next.done) this.complete(next.value);
    // The trampolined form of a body past the depth threshold yields its calls (async-calls.ts).
    else if (next.value instanceof CallRequest) driveCalls(this, next.value, prev, prevDriver);
  }

  /** The body has returned `value`: resolve the promise (step runs it with the caller's `current`). */
  complete(value: Value): void {
    const host = this.host;
    const r = host.realm.rec;
    // The body has completed: its lane is done now, even when the value is a thenable whose
    // adoption settles the promise ticks later (AsyncBlockStart step 3.d calls resolve).
    if (r.on && isJsObject(value)) {
      r.resolved(this.id, describeValue(host.realm, value));
      this.reported = true;
    }
    resolvePromise(host, this, value);
  }

  react(rejected: boolean, argument: Value, by: PromiseRecord | null): void {
    const r = this.host.realm.rec;
    if (r.on) r.resumed(this.id, by?.id || undefined);
    this.step(rejected, argument);
  }
}

/**
 * What a call of a function is recorded as: its promise's name (`f()`, what an await of it
 * waits on) and what its resumptions are enqueued as (`resume f()`). Made once per name (a
 * function's record keeps its own: AsyncCallInfo.eventNames).
 */
function callNames(host: PromiseHost, info: AsyncCallInfo): CallNames {
  const name = info.name;
  const kept = info.eventNames as CallNames | undefined;
  // The record is the function's, whose name never changes; a record made for one call
  // (a native's) has none kept yet.
  if (kept !== undefined) return kept;
  let names = host.callNames.get(name);
  if (names === undefined) {
    const call = `${name || '<anonymous>'}()`;
    host.callNames.set(name, (names = { call, resume: `resume ${call}` }));
  }
  info.eventNames = names;
  return names;
}

/** A call of an async function (or the module body with top-level await, kind 'main'). */
export function startAsync(
  host: PromiseHost,
  body: BodyGenerator,
  info: AsyncCallInfo,
  kind: 'async-call' | 'main' = 'async-call',
): PromiseRecord {
  const rec = newAsyncCall(host, body, info, kind);
  rec.step(false, undefined);
  return rec;
}

/** The promise of an async call and its events (`invocation`, `started`), its body not yet run. */
export function newAsyncCall(host: PromiseHost, body: BodyGenerator, info: AsyncCallInfo, kind: 'async-call' | 'main'): AsyncCallPromise {
  const r = host.realm.rec;
  const id = r.newId();
  let rec: AsyncCallPromise;
  if (r.on) {
    r.invocation(id, kind, info.name || '<anonymous>', r.current, info.callSite, info.traced === true);
    const names = callNames(host, info);
    rec = new AsyncCallPromise(host, body, id, names.call, names.resume);
    r.started(id, info.callSite);
  } else rec = new AsyncCallPromise(host, body, id, '', '');
  return rec;
}

/**
 * `await value` inside a body driven by an AsyncDriver: Await (§27.7.5.3) steps 2–3.
 * PromiseResolve(%Promise%, value) reuses a native promise whose `constructor` is %Promise%
 * (throwing into the body if that getter throws); a non-object is a fresh promise already
 * fulfilled with it, which PerformPromiseThen would turn into one job at once — so that
 * job is enqueued directly, without the unobservable promise; other objects go through the
 * resolve function (a thenable costs the NewPromiseResolveThenableJob).
 *
 * The reaction is registered when this is called, and what `yield*` then runs is an
 * `AwaitStep`, not a generator: every caller delegates to the result at once
 * (`yield* model.awaitValue(x)`), so nothing can happen in between, and a generator object
 * per await was most of what an await allocated (issue 10).
 */
export function awaitValue(host: PromiseHost, value: Value, site: Pos | undefined): Generator<unknown, Value, unknown> {
  const driver = host.driver;
  if (!driver) throw new EngineError('internal', 'await outside an async body driven by the js model', site);
  let rec: PromiseRecord | null = null;
  if (isPromise(value) && promiseConstructorOf(host, value) === host.promiseCtor) {
    rec = value.internal as PromiseRecord;
  } else if (isJsObject(value)) {
    rec = newPromise(host, 0, '');
    resolvePromise(host, rec, value);
  }
  const r = host.realm.rec;
  if (r.on && r.current !== undefined) {
    const what = rec?.id ? rec.name || 'Promise' : describeValue(host.realm, value);
    r.awaited(r.current, rec?.id || undefined, what, site);
  }
  if (rec) performThen(host, rec, driver);
  else enqueueReaction(host, driver, false, value, null);
  AWAIT_STEP.reset();
  return AWAIT_STEP;
}

/** What the first `next` of every AwaitStep answers: suspend the body (the driver reads `done` only). */
const SUSPEND: IteratorResult<unknown, Value> = { done: false, value: undefined };

/**
 * The body's side of one await, as `yield*` drives it: the first `next` after `reset`
 * suspends the body; any later call (the driver's resumption: `next(value)` or
 * `throw(error)`) ends the await with that value or that error, as a generator
 * `function* () { return yield; }` would. The step is its own final iterator result.
 *
 * Every await of the run shares one step (AWAIT_STEP), so an await or an async call
 * allocates none (issue 10: one per async call was a tenth of what an await chain
 * allocated). Sharing is sound because each use is over before the next begins: the first
 * `next` follows `reset` at once (every caller delegates to awaitValue's result at once,
 * and nothing runs in between), and a resumption's `next` / `throw` / `return` answers
 * `done` whatever the other bodies did meanwhile, and `yield*` reads the answer's `done` and
 * `value` before any other code runs.
 */
class AwaitStep implements Generator<unknown, Value, unknown> {
  done = false;
  value: Value = undefined;
  private suspended = false;
  /** Ready for the next await (awaitValue). */
  reset(): void {
    this.done = false;
    this.value = undefined;
    this.suspended = false;
  }
  next(resumed?: unknown): IteratorResult<unknown, Value> {
    if (!this.suspended) {
      this.suspended = true;
      return SUSPEND;
    }
    this.done = true;
    this.value = resumed as Value;
    return this as IteratorReturnResult<Value>;
  }
  return(v: Value): IteratorResult<unknown, Value> {
    this.done = true;
    this.value = v;
    return this as IteratorReturnResult<Value>;
  }
  throw(e: unknown): IteratorResult<unknown, Value> {
    this.done = true;
    throw e;
  }
  [Symbol.iterator](): Generator<unknown, Value, unknown> {
    return this;
  }
  get [Symbol.toStringTag](): string {
    return 'Generator';
  }
}

/** The one step of every await (AwaitStep's header). */
const AWAIT_STEP = new AwaitStep();
