/**
 * Promise abstract operations, ECMA-262 §27.2.1–27.2.2 and §27.2.5.4.1, spec-exact so that
 * every tick count of docs/semantics.md §1.3–1.7 holds:
 *  - resolving with a non-thenable fulfills at once and TriggerPromiseReactions enqueues one
 *    NewPromiseReactionJob per reaction, in registration order (§1.3);
 *  - resolving with a thenable reads `then` synchronously, then a NewPromiseResolveThenableJob
 *    calls it one tick later (a native promise then adds its reaction job: 3 ticks, §1.3/js/05);
 *  - PerformPromiseThen on a settled promise enqueues the reaction job at once (§1.6).
 *
 * A promise is a JSObject whose `internal` is a PromiseRecord. Each reaction is a `Reactor`:
 * the derived promise of a native `then` itself (PromiseRecord.react), a then handler pair with
 * a subclass's capability (ThenReaction), or an async function's continuation
 * (async-function.ts), which needs no derived promise (§27.7.5.3).
 * Capabilities (NewPromiseCapability) and PromiseResolve are in promise-capability.ts.
 *
 * Events: a promise's invocation id is the id of whatever settles it — the async call for
 * an async function's result, the handler's callback invocation for a derived promise — so
 * the timeline shows one lane per async call / handler, settled when its promise settles.
 */
import type { Realm } from '../../runtime/realm';
import type { Pos } from '../../events/types';
import { Thrown } from '../../runtime/thrown';
import { JSObject, NativeFunction, type CallArgs, type Value } from '../../runtime/values';
import type { EventLoop, Job } from './event-loop';
import { call, describeValue, errorSummary, recordResolved, get, isCallable, isJsObject, jsError } from './host';
import type { Capability } from './promise-capability';

export const PENDING = 0;
export const FULFILLED = 1;
export const REJECTED = 2;
export type PromiseStateCode = typeof PENDING | typeof FULFILLED | typeof REJECTED;

/** Something that runs when a promise settles (a PromiseReaction record, §27.2.1.2). */
export interface Reactor {
  /** The invocation that runs (for enqueue/dequeue events); 0 when it is not shown. */
  readonly id: number;
  /** Label for the enqueue event. */
  label(): string;
  /**
   * `by`: the promise whose settlement runs it (null: an await of a non-promise value).
   * `host`: the run's promise host, passed in so that a reaction need not hold it (a
   * native `then`'s derived promise is its own reaction, and a field for the host would
   * be 8 bytes more on every promise).
   */
  react(rejected: boolean, argument: Value, by: PromiseRecord | null, host: PromiseHost): void;
}

/** `PromiseRecord.bits`: [[PromiseState]] in the low two bits, then flags. */
const STATE_BITS = 3;
const HANDLED = 4;
const UNHANDLED = 8;
const REPORTED = 16;
/** A pending derived promise's `value` holds its onFulfilled handler, its onRejected one, or both (a pair). */
const AUX_ON_F = 32;
const AUX_ON_R = 64;
const AUX_HANDLERS = AUX_ON_F | AUX_ON_R;
/** A rejected promise's `list` holds the position of the `throw` that rejected it. */
const AUX_LOC = 128;

/**
 * [[PromiseState]], [[PromiseResult]], [[PromiseFulfillReactions]]/[[PromiseRejectReactions]],
 * [[PromiseIsHandled]]: the promise object itself, whose `internal` is itself, so a promise is
 * one object, not a record and the JS object holding it (issue 10: what thousands of pending
 * promises keep alive is what the garbage collector copies).
 *
 * The derived promise of a native `then` is also that `then`'s reaction (`react` below):
 * the handlers ride in the promise until the reaction runs, so a `.then` link is one object,
 * not a promise and a ThenReaction holding it. Fields are few for the same reason (a 10-million
 * link chain keeps every link alive; each field is 8 bytes in Node, 4 in Chromium), and two of
 * them hold one thing while pending and another once settled:
 *  - `bits`: the state and four flags;
 *  - `value`: [[PromiseResult]] once settled; while pending, a derived promise's handlers —
 *    which its reaction lets go of before anything can settle it (a derived promise is only
 *    settled by its own reaction: its resolving functions are never exposed);
 *  - `list`: while pending, the reactions (one, or an array made for the second: both kinds
 *    in one list, as V8 keeps them, registration order being what matters), taken all at
 *    once when the promise settles; once rejected, the position of the `throw` that did it.
 */
export class PromiseRecord extends JSObject implements Reactor {
  // Declared and assigned in the constructor, not class fields: see PyInstance (runtime/values.ts).
  declare private bits: number;
  declare private value: unknown;
  declare private list: unknown;
  /** Invocation id for events (0: an internal promise, not shown). */
  declare readonly id: number;
  /** Human name for `awaited` events ('' when recording is off). */
  declare readonly name: string;
  constructor(id: number, name: string, proto: JSObject) {
    super(proto);
    this.internal = this;
    this.bits = PENDING;
    this.value = undefined;
    this.list = null;
    this.id = id;
    this.name = name;
  }

  get state(): PromiseStateCode {
    return (this.bits & STATE_BITS) as PromiseStateCode;
  }
  /** [[PromiseResult]]: undefined while pending. */
  get result(): Value {
    return this.bits & STATE_BITS ? (this.value as Value) : undefined;
  }
  /**
   * Settle this pending promise (a derived promise's reaction has let go of its handlers by
   * then) and return its reactions, which it no longer holds.
   */
  settle(state: typeof FULFILLED | typeof REJECTED, result: Value): Reactor | Reactor[] | null {
    this.bits |= state;
    this.value = result;
    const reactions = this.list as Reactor | Reactor[] | null;
    this.list = null;
    return reactions;
  }
  /** PerformPromiseThen's append to both reaction lists, while pending. */
  addReaction(reactor: Reactor): void {
    const reactions = this.list as Reactor | Reactor[] | null;
    if (reactions === null) this.list = reactor;
    else if (Array.isArray(reactions)) reactions.push(reactor);
    else this.list = [reactions, reactor];
  }
  get isHandled(): boolean {
    return (this.bits & HANDLED) !== 0;
  }
  set isHandled(v: boolean) {
    this.bits = v ? this.bits | HANDLED : this.bits & ~HANDLED;
  }
  /** Rejected with no handler, not yet handled (rejections.ts). */
  get unhandled(): boolean {
    return (this.bits & UNHANDLED) !== 0;
  }
  set unhandled(v: boolean) {
    this.bits = v ? this.bits | UNHANDLED : this.bits & ~UNHANDLED;
  }
  /**
   * An async function's result promise whose body already recorded its completion
   * (async-function.ts): its lane ended when the body returned, so the later settlement
   * records nothing more.
   */
  get reported(): boolean {
    return (this.bits & REPORTED) !== 0;
  }
  set reported(v: boolean) {
    this.bits = v ? this.bits | REPORTED : this.bits & ~REPORTED;
  }
  /** Where the rejection was thrown, when it came from a `throw` (the error marker of an unhandled rejection). */
  get rejectLoc(): Pos | undefined {
    return this.bits & AUX_LOC ? (this.list as Pos) : undefined;
  }
  /** Once rejected (its reactions taken): where the rejection was thrown. */
  setRejectLoc(loc: Pos): void {
    this.list = loc;
    this.bits |= AUX_LOC;
  }

  /** Make this pending promise the reaction of a native `then` with these handlers (callable or undefined). */
  setHandlers(onFulfilled: Value, onRejected: Value): void {
    if (onFulfilled !== undefined && onRejected !== undefined) {
      this.value = [onFulfilled, onRejected];
      this.bits |= AUX_HANDLERS;
    } else if (onFulfilled !== undefined) {
      this.value = onFulfilled;
      this.bits |= AUX_ON_F;
    } else if (onRejected !== undefined) {
      this.value = onRejected;
      this.bits |= AUX_ON_R;
    }
  }

  label(): string {
    return this.name;
  }

  /**
   * NewPromiseReactionJob (§27.2.2.1) of the `then` whose derived promise this is: call the
   * handler and settle this promise with its result; no handler is the default pass-through,
   * which still costs its tick (§1.6). The handlers are let go of first (they are never
   * needed again, and `value` is then the result's).
   */
  react(rejected: boolean, argument: Value, _by: PromiseRecord | null, host: PromiseHost): void {
    const bits = this.bits;
    let handler: Value = undefined;
    if (bits & (rejected ? AUX_ON_R : AUX_ON_F)) {
      const handlers = this.value;
      handler = (bits & AUX_HANDLERS) === AUX_HANDLERS ? (handlers as Value[])[rejected ? 1 : 0] : (handlers as Value);
    }
    if (bits & AUX_HANDLERS) {
      this.value = undefined;
      this.bits = bits & ~AUX_HANDLERS;
    }
    if (handler === undefined) {
      if (rejected) rejectPromise(host, this, argument);
      else resolvePromise(host, this, argument);
      return;
    }
    const r = host.realm.rec;
    if (this.id) {
      r.current = this.id;
      if (r.on) r.started(this.id, undefined);
    }
    let result: Value;
    try {
      result = call(host.realm, handler, undefined, [argument]);
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      rejectPromise(host, this, e.value, e.loc);
      return;
    }
    resolvePromise(host, this, result);
  }

  /** The JS object whose [[PromiseState]] this is. */
  get obj(): JSObject {
    return this;
  }

  /** What console.log shows between the braces: `Promise { 1 }`, `Promise { <pending> }` (runtime/js/natives.ts JsInspectable). */
  inspectEntries(format: (v: Value) => string): string[] {
    if (this.state === PENDING) return ['<pending>'];
    if (this.state === FULFILLED) return [format(this.result)];
    return [`<rejected> ${format(this.result)}`];
  }
}

export function isPromise(v: Value): v is JSObject {
  return v instanceof JSObject && v.internal instanceof PromiseRecord;
}

export function promiseRecordOf(v: Value): PromiseRecord | undefined {
  return v instanceof JSObject && v.internal instanceof PromiseRecord ? v.internal : undefined;
}

/** What the promise operations need from the model (one per run). */
export interface PromiseHost {
  readonly realm: Realm;
  readonly loop: EventLoop;
  /** %Promise% and %Promise.prototype% (promise-builtins.ts fills them in). */
  promiseCtor: NativeFunction;
  promiseProto: JSObject;
  /** %Promise.prototype.then% as installed (combinators.ts asks whether a promise's `then` is still it). */
  promiseThen: NativeFunction | undefined;
  /** HostPromiseRejectionTracker (§27.2.1.9), rejections.ts. */
  trackRejection(rec: PromiseRecord, operation: 'reject' | 'handle'): void;
  /** The async body running now (its driver registers itself as the await reaction). */
  driver: Reactor | null;
  /**
   * While recording: `f()` and `resume f()` by function name, built once per name rather than
   * per call, so every event of that name holds the same string, which the recorder's string
   * table finds without hashing a fresh copy (issue 10; async-function.ts `callNames`).
   */
  readonly callNames: Map<string, CallNames>;
}

/** What the calls of one function are recorded as: its promise's name (`f()`) and its resumptions' label (`resume f()`). */
export interface CallNames {
  readonly call: string;
  readonly resume: string;
}

/** A fresh pending native promise (with `proto` for subclasses). */
export function newPromise(host: PromiseHost, id: number, name: string, proto?: JSObject): PromiseRecord {
  return new PromiseRecord(id, name, proto ?? host.promiseProto);
}

/** A promise with its own invocation event (kind 'promise'): new Promise, Promise.resolve, ... */
export function newVisiblePromise(host: PromiseHost, name: string, proto?: JSObject): PromiseRecord {
  const r = host.realm.rec;
  const id = r.newId();
  if (r.on) r.invocation(id, 'promise', name, r.current, null, false);
  return newPromise(host, id, r.on ? name : '', proto);
}

// ---- settling (§27.2.1.4 FulfillPromise, §27.2.1.7 RejectPromise, §27.2.1.8 TriggerPromiseReactions) ----

export function fulfillPromise(host: PromiseHost, rec: PromiseRecord, value: Value): void {
  const reactions = rec.settle(FULFILLED, value);
  const r = host.realm.rec;
  if (r.on && rec.id && !rec.reported) recordResolved(host.realm, rec.id, value);
  if (reactions !== null) triggerReactions(host, rec, reactions, false, value);
}

export function rejectPromise(host: PromiseHost, rec: PromiseRecord, reason: Value, loc?: Pos): void {
  const reactions = rec.settle(REJECTED, reason);
  if (loc !== undefined) rec.setRejectLoc(loc);
  const r = host.realm.rec;
  if (r.on && rec.id && !rec.reported) r.emit({ type: 'rejected', id: rec.id, error: safeSummary(host, reason) });
  if (!rec.isHandled) host.trackRejection(rec, 'reject');
  if (reactions !== null) triggerReactions(host, rec, reactions, true, reason);
}

/** TriggerPromiseReactions (§27.2.1.8): one job per reaction, in registration order. */
function triggerReactions(host: PromiseHost, rec: PromiseRecord, reactions: Reactor | Reactor[], rejected: boolean, argument: Value): void {
  if (Array.isArray(reactions)) for (const reaction of reactions) enqueueReaction(host, reaction, rejected, argument, rec);
  else enqueueReaction(host, reactions, rejected, argument, rec);
}

function safeSummary(host: PromiseHost, reason: Value): string {
  try {
    return errorSummary(host.realm, reason);
  } catch (e) {
    if (e instanceof Thrown) return describeValue(host.realm, reason);
    throw e;
  }
}

/**
 * The body of a promise resolve function (§27.2.1.3.2) after its [[AlreadyResolved]] check.
 * Reading `then` is synchronous (a getter runs inside resolve()); calling it is a job.
 */
export function resolvePromise(host: PromiseHost, rec: PromiseRecord, resolution: Value): void {
  if (resolution === rec.obj) {
    rejectPromise(host, rec, jsError(host.realm, 'TypeError', 'Chaining cycle detected for promise #<Promise>').value);
    return;
  }
  if (!isJsObject(resolution)) {
    fulfillPromise(host, rec, resolution);
    return;
  }
  let then: Value;
  try {
    then = get(host.realm, resolution, 'then');
  } catch (e) {
    if (!(e instanceof Thrown)) throw e;
    rejectPromise(host, rec, e.value);
    return;
  }
  if (!isCallable(host.realm, then)) {
    fulfillPromise(host, rec, resolution);
    return;
  }
  const r = host.realm.rec;
  if (r.on && rec.id && !rec.reported) {
    const inner = promiseRecordOf(resolution);
    r.awaited(rec.id, inner?.id || undefined, inner ? inner.name || 'Promise' : 'thenable', undefined);
  }
  host.loop.enqueueMicrotask(
    new ResolveThenableJob(host, rec, resolution, then),
    r.on ? `resolve ${rec.name || 'promise'} with thenable` : '',
  );
}

/** The [[AlreadyResolved]] record shared by one resolve/reject pair. */
export interface AlreadyResolved {
  resolved: boolean;
}

/**
 * One of a resolve/reject pair: a NativeFunction that keeps its promise and [[AlreadyResolved]]
 * record in fields, its behaviour one function shared by all (which reads them from `this`:
 * every caller of a NativeFunction calls `fn.impl(...)` as a method). A closure per function
 * kept a closure and its context alive beside each, ~170 bytes per `new Promise` and ~110 per
 * timer awaited (issue 10: memory per suspended task, and 100k tasks within 10× of 10k).
 *
 * A pair made without a record of its caller's shares the resolve function's own `resolved`
 * (`state` is the resolve function itself): `new Promise(r => setTimeout(r, ms))` keeps only
 * its resolve function alive until the timer fires, and a record object of its own was one
 * more object per awaited timer for the garbage collector to copy (issue 10, as above).
 */
class ResolvingFunction extends NativeFunction implements AlreadyResolved {
  resolved = false;
  readonly state: AlreadyResolved;
  constructor(
    impl: (this: ResolvingFunction, self: Value, args: CallArgs) => Value,
    readonly host: PromiseHost,
    readonly rec: PromiseRecord,
    state: AlreadyResolved | null,
  ) {
    super('', impl as NativeFunction['impl'], 'js');
    this.engineInternal = true;
    this.state = state ?? this;
  }
  /** A promise resolve or reject function takes one argument (§27.2.1.3.1, §27.2.1.3.2). */
  override get creationLength(): number {
    return 1;
  }
}

function resolveFunctionImpl(this: ResolvingFunction, _self: Value, args: CallArgs): Value {
  const state = this.state;
  if (state.resolved) return undefined;
  state.resolved = true;
  resolvePromise(this.host, this.rec, args.positional[0]);
  return undefined;
}

function rejectFunctionImpl(this: ResolvingFunction, _self: Value, args: CallArgs): Value {
  const state = this.state;
  if (state.resolved) return undefined;
  state.resolved = true;
  rejectPromise(this.host, this.rec, args.positional[0]);
  return undefined;
}

/**
 * CreateResolvingFunctions (§27.2.1.3): a resolve/reject pair as callable JS functions, sharing
 * `state`, or, without one, the resolve function's own record (the pair's `[0]`, whose
 * `resolved` the caller reads as it would a record's).
 */
export function createResolvingFunctions(
  host: PromiseHost,
  rec: PromiseRecord,
  state: AlreadyResolved | null = null,
): [NativeFunction & AlreadyResolved, NativeFunction] {
  const resolve = new ResolvingFunction(resolveFunctionImpl, host, rec, state);
  return [resolve, new ResolvingFunction(rejectFunctionImpl, host, rec, resolve.state)];
}

/** NewPromiseResolveThenableJob (§27.2.2.2): call `thenable.then(resolve, reject)` one tick later. */
class ResolveThenableJob implements Job {
  readonly item: number;
  constructor(
    private readonly host: PromiseHost,
    private readonly rec: PromiseRecord,
    private readonly thenable: Value,
    private readonly then: Value,
  ) {
    this.item = rec.id;
  }
  run(): void {
    const host = this.host;
    const [resolve, reject] = createResolvingFunctions(host, this.rec);
    const r = host.realm.rec;
    r.current = this.rec.id || r.current;
    try {
      call(host.realm, this.then, this.thenable, [resolve, reject]);
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      if (!resolve.resolved) {
        resolve.resolved = true;
        rejectPromise(host, this.rec, e.value, e.loc);
      }
    }
  }
}

// ---- then (§27.2.5.4.1 PerformPromiseThen, §27.2.2.1 NewPromiseReactionJob) ----------

/**
 * A then/catch handler pair and the capability of a subclass's derived promise, settled
 * through that capability's functions. (A native derived promise is its own reaction:
 * PromiseRecord.react, settled directly — its resolving functions are never exposed, so its
 * [[AlreadyResolved]] cannot be set by anyone else — issue 10.)
 */
export class ThenReaction implements Reactor {
  constructor(
    readonly id: number,
    private readonly onFulfilled: Value,
    private readonly onRejected: Value,
    private readonly capability: Capability,
    private readonly name: string,
  ) {}
  label(): string {
    return this.name;
  }
  react(rejected: boolean, argument: Value, _by: PromiseRecord | null, host: PromiseHost): void {
    const handler = rejected ? this.onRejected : this.onFulfilled;
    if (handler === undefined) {
      // The default pass-through handlers: one tick per link (§1.6).
      if (rejected) this.capability.reject(argument, undefined);
      else this.capability.resolve(argument);
      return;
    }
    const r = host.realm.rec;
    if (this.id) {
      r.current = this.id;
      if (r.on) r.started(this.id, undefined);
    }
    let result: Value;
    try {
      result = call(host.realm, handler, undefined, [argument]);
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      this.capability.reject(e.value, e.loc);
      return;
    }
    this.capability.resolve(result);
  }
}

/**
 * PerformPromiseThen(rec, onFulfilled, onRejected) with a native derived promise: the derived
 * promise, made here, is the reaction. Handlers are already callable-or-undefined.
 */
export function thenNative(
  host: PromiseHost,
  rec: PromiseRecord,
  onFulfilled: Value,
  onRejected: Value,
  id: number,
  name: string,
): PromiseRecord {
  const derived = newPromise(host, id, name);
  derived.setHandlers(onFulfilled, onRejected);
  performThen(host, rec, derived);
  return derived;
}

/** NewPromiseReactionJob on the microtask FIFO: the entry itself is the job (event-loop.ts). */
export function enqueueReaction(host: PromiseHost, reactor: Reactor, rejected: boolean, argument: Value, by: PromiseRecord | null): void {
  host.loop.enqueueReaction(reactor, rejected, argument, by, host.realm.rec.on ? reactor.label() : undefined);
}

/** PerformPromiseThen with an already-built reactor (handlers already made callable-or-undefined). */
export function performThen(host: PromiseHost, rec: PromiseRecord, reactor: Reactor): void {
  if (rec.state === PENDING) rec.addReaction(reactor);
  else {
    if (rec.state === REJECTED && !rec.isHandled) host.trackRejection(rec, 'handle');
    enqueueReaction(host, reactor, rec.state === REJECTED, rec.result, rec);
  }
  rec.isHandled = true;
}

/**
 * The invocation a then/catch handler gets on the timeline (kind 'callback'); its id also
 * names the derived promise, which settles when the handler's result does.
 */
export function newCallbackInvocation(host: PromiseHost, name: string): number {
  const r = host.realm.rec;
  const id = r.newId();
  if (r.on) r.invocation(id, 'callback', name, r.current, null, false);
  return id;
}
