/**
 * Node's timer and callback-queue API over the virtual loop (docs/semantics.md §1.8–1.11):
 *  - setTimeout/setInterval: a delay below 1 or above 2147483647 (TIMEOUT_MAX), or not a
 *    number, becomes 1 ms (lib/internal/timers.js `Timeout`), so 0, -5 and 1 share one list
 *    and run in insertion order (js/12). Due = clock when called + delay; the virtual clock
 *    stands still during synchronous code, so timers created in one macrotask share a start.
 *  - An interval is re-inserted *after* its callback returns, unless it was cleared.
 *  - setImmediate: the check queue; queueMicrotask: the microtask FIFO (same as promise
 *    jobs, js/08); process.nextTick: the nextTick FIFO (§1.9).
 *  - Callbacks get the extra arguments; a timer callback's `this` is its Timeout object.
 */
import type { Realm } from '../../runtime/realm';
import { TO_PRIMITIVE_KEY } from '../../runtime/js';
import { JSObject, type Value } from '../../runtime/values';
import type { EventLoop, ImmediateTask, Job, TimerTask } from './event-loop';
import { call, defineHidden, defineMethod, fnName, get, isCallable, jsError, nativeFn, notAFunction } from './host';

const TIMEOUT_MAX = 2 ** 31 - 1;

const CANCELLED = 1;
const UNREFED = 2;
const ACTIVE = 4;

/** The arguments of a timer given none beyond its callback and delay: one array for them all. */
const NO_ARGS: Value[] = Object.freeze([]) as unknown as Value[];

/**
 * A pending setTimeout/setInterval entry, and the Timeout object setTimeout returns: one
 * object, whose `internal` is the entry in the timer heap — itself, or after `refresh()` the
 * copy armed in its place (whose `obj` is the Timeout).
 *
 * Every `await new Promise(r => setTimeout(r, 0))` keeps one alive until it fires, a whole
 * round of the other tasks' timers later, so the garbage collector copies each (issue 10:
 * 100k tasks within 10× of 10k): the Timeout is not an object beside it, its booleans share
 * `flags`, it reaches the realm through its loop, its label is made when an event needs it
 * (`timerLabel`, one string per delay), and a timer without extra arguments shares NO_ARGS.
 */
export class Timer extends JSObject implements TimerTask {
  // Declared and assigned in the constructor, not class fields: see JSObject (runtime/values.ts).
  declare due: number;
  declare seq: number;
  declare start: number;
  declare delay: number;
  declare private flags: number;
  /** The Timeout object: this timer, or the one it was copied from by `refresh()`. */
  declare readonly obj: JSObject;
  declare private readonly loop: EventLoop;
  declare readonly item: number;
  declare private readonly callback: Value;
  declare private readonly args: Value[];
  /** The interval in ms for setInterval, null for setTimeout. */
  declare readonly repeat: number | null;
  constructor(
    proto: JSObject | null,
    loop: EventLoop,
    item: number,
    callback: Value,
    args: Value[],
    repeat: number | null,
    obj: JSObject | null,
  ) {
    super(proto);
    this.internal = this;
    this.due = 0;
    this.seq = 0;
    this.start = 0;
    this.delay = 0;
    this.flags = 0;
    this.obj = obj ?? this;
    this.loop = loop;
    this.item = item;
    this.callback = callback;
    this.args = args;
    this.repeat = repeat;
  }
  get cancelled(): boolean {
    return (this.flags & CANCELLED) !== 0;
  }
  set cancelled(b: boolean) {
    this.flags = b ? this.flags | CANCELLED : this.flags & ~CANCELLED;
  }
  get refed(): boolean {
    return (this.flags & UNREFED) === 0;
  }
  set refed(b: boolean) {
    this.flags = b ? this.flags & ~UNREFED : this.flags | UNREFED;
  }
  get active(): boolean {
    return (this.flags & ACTIVE) !== 0;
  }
  set active(b: boolean) {
    this.flags = b ? this.flags | ACTIVE : this.flags & ~ACTIVE;
  }
  /** Its enqueue events' label: the API and the clamped delay (`setTimeout 1ms`); '' when not recording. */
  get label(): string {
    return this.loop.realm.rec.on ? timerLabel(this.repeat === null ? 'setTimeout' : 'setInterval', this.repeat ?? this.delay) : '';
  }
  /** The same timer to arm again (Timeout.prototype.refresh): one invocation, a new place in the heap. */
  copy(): Timer {
    const t = new Timer(this.proto, this.loop, this.item, this.callback, this.args, this.repeat, this.obj);
    t.refed = this.refed;
    return t;
  }
  run(): void {
    const realm = this.loop.realm;
    const r = realm.rec;
    r.current = this.item;
    if (r.on) r.started(this.item, undefined);
    call(realm, this.callback, this.obj, this.args);
    if (this.repeat !== null && !this.cancelled) {
      this.loop.addTimer(this, this.repeat, this.label);
    } else if (r.on) {
      r.resolved(this.item, 'undefined');
    }
  }
}

const timerLabels = { setTimeout: new Map<number, string>(), setInterval: new Map<number, string>() };

/** `setTimeout 1ms`: one string per API and delay, not one per timer. */
function timerLabel(api: 'setTimeout' | 'setInterval', ms: number): string {
  const labels = timerLabels[api];
  let label = labels.get(ms);
  if (label === undefined) {
    label = `${api} ${ms}ms`;
    // A program can ask for any number of distinct delays: keep the table small.
    if (labels.size < 256) labels.set(ms, label);
  }
  return label;
}

/** A queued setImmediate callback. */
class Immediate implements ImmediateTask {
  cancelled = false;
  refed = true;
  pending = true;
  constructor(
    private readonly realm: Realm,
    readonly item: number,
    private readonly callback: Value,
    private readonly args: Value[],
    private readonly self: () => Value,
  ) {}
  run(): void {
    const r = this.realm.rec;
    r.current = this.item;
    if (r.on) r.started(this.item, undefined);
    call(this.realm, this.callback, this.self(), this.args);
    if (r.on) r.emit({ type: 'resolved', id: this.item, value: 'undefined' });
  }
}

/** A queueMicrotask / process.nextTick callback. */
class CallbackJob implements Job {
  constructor(
    private readonly realm: Realm,
    readonly item: number,
    private readonly callback: Value,
    private readonly args: Value[],
  ) {}
  run(): void {
    const r = this.realm.rec;
    r.current = this.item;
    if (r.on) r.started(this.item, undefined);
    call(this.realm, this.callback, undefined, this.args);
    if (r.on) r.emit({ type: 'resolved', id: this.item, value: 'undefined' });
  }
}

/** Node's ERR_INVALID_ARG_TYPE for a callback that is not a function. */
function checkCallback(realm: Realm, cb: Value): void {
  if (!isCallable(realm, cb)) {
    throw notAFunction(realm, 'callback', cb);
  }
}

/** `after *= 1; if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1` (lib/internal/timers.js). */
function clampDelay(realm: Realm, delay: Value): number {
  const after = typeof delay === 'number' ? delay : delay === undefined ? NaN : Number(realm.js.unary('+', delay));
  if (after >= 1 && after <= TIMEOUT_MAX) return after;
  // The Timeout constructor warns of a delay past TIMEOUT_MAX (process.emitWarning, so on a nextTick).
  if (after > TIMEOUT_MAX) {
    const process = realm.builtins.js.get('process');
    const text = `${realm.js.toString(after)} does not fit into a 32-bit signed integer.\nTimeout duration was set to 1.`;
    call(realm, get(realm, process, 'emitWarning'), process, [text, 'TimeoutOverflowWarning']);
  }
  return 1;
}

function newInvocation(realm: Realm, kind: 'timer' | 'microtask', name: string): number {
  const r = realm.rec;
  const id = r.newId();
  if (r.on) r.invocation(id, kind, name, r.current, null, false);
  return id;
}

/** Install the timer and microtask functions into `target` (realm.builtins.js). */
export function installTimers(realm: Realm, loop: EventLoop, target: Map<string, Value>): void {
  const O = realm.js.intrinsics.ObjectPrototype;
  const timeoutProto = new JSObject(O);
  const immediateProto = new JSObject(O);
  // Node's timer objects are instances of the (non-global) classes Timeout and Immediate:
  // `t.constructor.name` is 'Timeout' and util.inspect prints `Timeout {...}`. Their
  // internal fields (_idleStart, async ids) vary per run and are not modelled.
  for (const [name, proto] of [
    ['Timeout', timeoutProto],
    ['Immediate', immediateProto],
  ] as const) {
    const ctor = nativeFn(name, () => {
      throw jsError(realm, 'TypeError', `Class constructor ${name} cannot be invoked without 'new'`);
    });
    defineHidden(realm, ctor, 'prototype', proto);
    defineHidden(realm, proto, 'constructor', ctor);
  }

  const timerOf = (v: Value): Timer | undefined => (v instanceof JSObject && v.internal instanceof Timer ? v.internal : undefined);
  defineMethod(realm, timeoutProto, 'ref', (self) => {
    const t = timerOf(self);
    if (t) loop.setRefed(t, true);
    return self;
  });
  defineMethod(realm, timeoutProto, 'unref', (self) => {
    const t = timerOf(self);
    if (t) loop.setRefed(t, false);
    return self;
  });
  defineMethod(realm, timeoutProto, 'hasRef', (self) => timerOf(self)?.refed ?? false);
  // Immediate.prototype.ref/unref/hasRef (lib/timers.js): an unref'd immediate does not keep the loop alive.
  const immediateOf = (v: Value): Immediate | undefined =>
    v instanceof JSObject && v.internal instanceof Immediate ? v.internal : undefined;
  for (const [name, refed] of [
    ['ref', true],
    ['unref', false],
  ] as const) {
    defineMethod(realm, immediateProto, name, (self) => {
      const task = immediateOf(self);
      if (task) loop.setImmediateRefed(task, refed);
      return self;
    });
  }
  defineMethod(realm, immediateProto, 'hasRef', (self) => immediateOf(self)?.refed ?? false);
  defineMethod(realm, timeoutProto, 'close', (self) => {
    const t = timerOf(self);
    if (t) loop.cancelTimer(t);
    return self;
  });
  // refresh(): due its delay from now, also after it fired (lib/internal/timers.js `active`).
  defineMethod(realm, timeoutProto, 'refresh', (self) => {
    const t = timerOf(self);
    if (t && self instanceof JSObject) {
      const fresh = t.copy();
      self.internal = fresh;
      loop.rearmTimer(t, fresh, t.delay, t.label);
    }
    return self;
  });
  // A timer as a number is an id clearTimeout takes (Node records it in knownTimersById).
  const timersById = new Map<number, Timer>();
  realm.js.defineProperty(
    timeoutProto,
    TO_PRIMITIVE_KEY,
    {
      value: nativeFn('[Symbol.toPrimitive]', (self) => {
        const t = timerOf(self);
        if (t === undefined) return NaN;
        timersById.set(t.item, t);
        return t.item;
      }),
      writable: true,
      enumerable: false,
      configurable: true,
    },
    false,
  );

  const makeTimer = (api: 'setTimeout' | 'setInterval', args: Value[], repeat: boolean): Value => {
    const cb = args[0];
    checkCallback(realm, cb);
    const ms = clampDelay(realm, args[1]);
    const label = realm.rec.on ? timerLabel(api, ms) : '';
    const id = newInvocation(realm, 'timer', realm.rec.on ? fnName(cb) || `${api} callback` : '');
    const timer = new Timer(timeoutProto, loop, id, cb, args.length > 2 ? args.slice(2) : NO_ARGS, repeat ? ms : null, null);
    loop.addTimer(timer, ms, label);
    return timer;
  };
  const clear = (v: Value): Value => {
    const byId = typeof v === 'number' || typeof v === 'string' ? timersById.get(Number(v)) : undefined;
    const t = byId ?? timerOf(v);
    if (t) {
      // A refreshed timer is the Timeout's current one.
      const current = timerOf(t.obj) ?? t;
      loop.cancelTimer(current);
      if (byId !== undefined) timersById.delete(Number(v));
    }
    return undefined;
  };

  // Lengths as Node declares them (lib/timers.js: setTimeout(callback, after, arg1, arg2, arg3) → 5).
  const lengths: Record<string, number> = { setTimeout: 5, setInterval: 5, setImmediate: 4 };
  const def = (name: string, impl: (self: Value, args: Value[]) => Value): void => {
    target.set(name, nativeFn(name, impl, lengths[name] ?? 1));
  };
  def('setTimeout', (_s, args) => makeTimer('setTimeout', args, false));
  def('setInterval', (_s, args) => makeTimer('setInterval', args, true));
  def('clearTimeout', (_s, args) => clear(args[0]));
  def('clearInterval', (_s, args) => clear(args[0]));

  def('setImmediate', (_s, args) => {
    const [cb, ...rest] = args;
    checkCallback(realm, cb);
    const id = newInvocation(realm, 'timer', realm.rec.on ? fnName(cb) || 'setImmediate callback' : '');
    const obj = new JSObject(immediateProto);
    const task = new Immediate(realm, id, cb, rest, () => obj);
    obj.internal = task;
    loop.enqueueImmediate(task, 'setImmediate');
    return obj;
  });
  def('clearImmediate', (_s, args) => {
    const v = args[0];
    if (v instanceof JSObject && v.internal instanceof Immediate) loop.cancelImmediate(v.internal);
    return undefined;
  });

  def('queueMicrotask', (_s, args) => {
    const cb = args[0];
    checkCallback(realm, cb);
    const id = newInvocation(realm, 'microtask', realm.rec.on ? fnName(cb) || 'queueMicrotask callback' : '');
    loop.enqueueMicrotask(new CallbackJob(realm, id, cb, []), 'queueMicrotask');
    return undefined;
  });
}

/** process.nextTick(callback, ...args). */
export function nextTick(realm: Realm, loop: EventLoop, args: Value[]): Value {
  const [cb, ...rest] = args;
  checkCallback(realm, cb);
  const id = newInvocation(realm, 'microtask', realm.rec.on ? fnName(cb) || 'nextTick callback' : '');
  loop.enqueueTick(new CallbackJob(realm, id, cb, rest), 'process.nextTick');
  return undefined;
}
