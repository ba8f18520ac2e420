/**
 * The `Event` class as Node 20 has it (lib/internal/event_target.js): its state lives in
 * private fields, read through enumerable accessors on Event.prototype (an event has no
 * own properties): type, bubbles, cancelable, composed, isTrusted, defaultPrevented,
 * returnValue, cancelBubble, eventPhase, target / currentTarget / srcElement, timeStamp;
 * preventDefault, stopPropagation, stopImmediatePropagation, composedPath, initEvent.
 * EventTarget's dispatch (abort.ts) reads and sets the same state. CustomEvent adds `detail`.
 */
import type { Realm } from '../../runtime/realm';
import { JSObject, NativeFunction, type Value } from '../../runtime/values';
import { inspect, jsContext, TO_STRING_TAG_KEY, utilInspectFunction } from '../../runtime/js';
import { call, defineData, defineHidden, get, invalidArgType, isCallable, jsError, nativeFn, nodeError } from './host';

export interface EventState {
  type: string;
  bubbles: boolean;
  cancelable: boolean;
  composed: boolean;
  /** Set by preventDefault even when not cancelable; `defaultPrevented` is both. */
  prevented: boolean;
  /** cancelBubble: stopPropagation (there is no propagation path in Node: only the flag). */
  propagationStopped: boolean;
  /** stopImmediatePropagation: no later listener of any dispatch of this event runs. */
  stop: boolean;
  /** Events Node makes itself (an AbortSignal's 'abort'). */
  trusted: boolean;
  target: Value;
  dispatching: boolean;
  timeStamp: number;
}

export interface Events {
  proto: JSObject;
  state: WeakMap<JSObject, EventState>;
  make(type: string, trusted: boolean): JSObject;
}

/** A class whose constructor requires `new` (Node's are JS classes), installed as a global. */
export function klass(
  realm: Realm,
  globals: Map<string, Value>,
  name: string,
  proto: JSObject,
  construct: (args: Value[], newTarget: Value) => Value,
  length = 0,
): NativeFunction {
  const ctor = new NativeFunction(
    name,
    () => {
      throw jsError(realm, 'TypeError', `Class constructor ${name} cannot be invoked without 'new'`);
    },
    'js',
    (args, newTarget) => construct(args.positional, newTarget),
  );
  if (length !== 0) ctor.props.set('length', { value: length, writable: false, enumerable: false, configurable: true });
  defineHidden(realm, ctor, 'prototype', proto);
  defineHidden(realm, proto, 'constructor', ctor);
  proto.props.set(TO_STRING_TAG_KEY, { value: name, writable: false, enumerable: false, configurable: true });
  globals.set(name, ctor);
  return ctor;
}

/** The prototype a subclass's `new` asks for (`newTarget.prototype`), else the class's own. */
export function protoOf(realm: Realm, newTarget: Value, fallback: JSObject): JSObject {
  const p = newTarget !== undefined ? get(realm, newTarget, 'prototype') : undefined;
  return p instanceof JSObject ? p : fallback;
}

/** Node's validateObject(options, 'options', kValidateObjectAllowObjects): null and undefined are `{}`. */
export function eventOptions(realm: Realm, options: Value): JSObject | undefined {
  if (options === undefined || options === null) return undefined;
  if (options instanceof JSObject && !isCallable(realm, options)) return options;
  throw invalidArgType(realm, 'options', 'object', options);
}

export function missingArgs(realm: Realm, name: string): never {
  throw nodeError(realm, 'TypeError', 'ERR_MISSING_ARGS', `The "${name}" argument must be specified`);
}

export function installEvent(realm: Realm, globals: Map<string, Value>): Events {
  const proto = new JSObject(realm.js.intrinsics.ObjectPrototype);
  const state = new WeakMap<JSObject, EventState>();
  const stateOf = (self: Value): EventState => {
    const s = self instanceof JSObject ? state.get(self) : undefined;
    if (s === undefined) throw nodeError(realm, 'TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type Event');
    return s;
  };
  const init = (e: JSObject, type: Value, options: JSObject | undefined, trusted: boolean): void => {
    const flag = (name: string) => (options === undefined ? false : realm.js.truthy(get(realm, options, name)));
    const bubbles = flag('bubbles');
    const cancelable = flag('cancelable');
    const composed = flag('composed');
    state.set(e, {
      type: realm.js.toString(type),
      bubbles,
      cancelable,
      composed,
      prevented: false,
      propagationStopped: false,
      stop: false,
      trusted,
      target: null,
      dispatching: false,
      // Node: performance.now() at construction; here the run's virtual clock.
      timeStamp: realm.rec.time,
    });
  };
  const ctor = klass(
    realm,
    globals,
    'Event',
    proto,
    (args, nt) => {
      if (args.length === 0) missingArgs(realm, 'type');
      const options = eventOptions(realm, args[1]);
      const e = new JSObject(protoOf(realm, nt, proto));
      init(e, args[0], options, false);
      return e;
    },
    1,
  );
  const method = (name: string, impl: (s: EventState, args: Value[]) => Value, length = 0) =>
    realm.js.defineProperty(
      proto,
      name,
      { value: nativeFn(name, (self, args) => impl(stateOf(self), args), length), writable: true, enumerable: true, configurable: true },
      true,
    );
  const getter = (name: string, read: (s: EventState) => Value, configurable = true) =>
    realm.js.defineProperty(
      proto,
      name,
      { get: nativeFn(`get ${name}`, (self) => read(stateOf(self))), enumerable: true, configurable },
      true,
    );
  method(
    'initEvent',
    (s, args) => {
      if (args.length === 0) missingArgs(realm, 'type');
      if (s.dispatching) return undefined;
      s.type = realm.js.toString(args[0]);
      s.bubbles = realm.js.truthy(args[1]);
      s.cancelable = realm.js.truthy(args[2]);
      return undefined;
    },
    1,
  );
  method('stopImmediatePropagation', (s) => ((s.propagationStopped = true), (s.stop = true), undefined));
  method('preventDefault', (s) => ((s.prevented = true), undefined));
  getter('target', (s) => s.target);
  // Node 20: currentTarget, eventPhase and composedPath describe the dispatch only while the
  // first listener runs: dispatch clears the "being dispatched" flag after each listener.
  getter('currentTarget', (s) => (s.dispatching ? s.target : null));
  getter('srcElement', (s) => s.target);
  getter('type', (s) => s.type);
  getter('cancelable', (s) => s.cancelable);
  getter('defaultPrevented', (s) => s.cancelable && s.prevented);
  getter('timeStamp', (s) => s.timeStamp);
  method('composedPath', (s) => (s.dispatching ? [s.target] : []));
  getter('returnValue', (s) => !(s.cancelable && s.prevented));
  getter('bubbles', (s) => s.bubbles);
  getter('composed', (s) => s.composed);
  getter('eventPhase', (s) => (s.dispatching ? 2 : 0));
  realm.js.defineProperty(
    proto,
    'cancelBubble',
    {
      get: nativeFn('get cancelBubble', (self) => stateOf(self).propagationStopped),
      set: nativeFn('set cancelBubble', (self, [v]) => {
        const s = stateOf(self);
        if (realm.js.truthy(v)) s.propagationStopped = true;
        return undefined;
      }),
      enumerable: true,
      configurable: true,
    },
    true,
  );
  method('stopPropagation', (s) => ((s.propagationStopped = true), undefined));
  getter('isTrusted', (s) => s.trusted, false);
  ['NONE', 'CAPTURING_PHASE', 'AT_TARGET', 'BUBBLING_PHASE'].forEach((name, value) =>
    realm.js.defineProperty(ctor, name, { value, writable: false, enumerable: true, configurable: false }, true),
  );
  installEventInspect(realm, globals, proto, (self) => stateOf(self));
  installCustomEvent(realm, globals, ctor, proto, (e, type, options) => init(e, type, options, false));
  return {
    proto,
    state,
    make: (type, trusted) => {
      const e = new JSObject(proto);
      init(e, type, undefined, trusted);
      return e;
    },
  };
}

/**
 * Node 20's `class CustomEvent extends Event`: `detail` is `options.detail ?? null`, read
 * through an enumerable accessor on CustomEvent.prototype.
 */
function installCustomEvent(
  realm: Realm,
  globals: Map<string, Value>,
  EventCtor: NativeFunction,
  eventProto: JSObject,
  init: (e: JSObject, type: Value, options: JSObject | undefined) => void,
): void {
  const proto = new JSObject(eventProto);
  const details = new WeakMap<JSObject, Value>();
  const ctor = klass(
    realm,
    globals,
    'CustomEvent',
    proto,
    (args, nt) => {
      if (args.length === 0) missingArgs(realm, 'type');
      const options = eventOptions(realm, args[1]);
      const e = new JSObject(protoOf(realm, nt, proto));
      init(e, args[0], options);
      details.set(e, (options === undefined ? undefined : get(realm, options, 'detail')) ?? null);
      return e;
    },
    1,
  );
  realm.js.setPrototypeOf(ctor, EventCtor);
  const detail = nativeFn('get detail', (self) => {
    const d = self instanceof JSObject ? details.get(self) : undefined;
    if (d === undefined) throw nodeError(realm, 'TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type CustomEvent');
    return d;
  });
  realm.js.defineProperty(proto, 'detail', { get: detail, enumerable: true, configurable: true }, true);
}

/**
 * Node 20's Event.prototype[inspect.custom]: `Event { type, defaultPrevented, cancelable,
 * timeStamp }` under the constructor's name (only the name below depth 0). timeStamp is the
 * run's virtual clock.
 */
function installEventInspect(realm: Realm, globals: Map<string, Value>, proto: JSObject, stateOf: (self: Value) => EventState): void {
  const SymbolCtor = globals.get('Symbol');
  if (SymbolCtor === undefined) return;
  const key = realm.js.toPropertyKey(call(realm, get(realm, SymbolCtor, 'for'), undefined, ['nodejs.util.inspect.custom']));
  const method = nativeFn(
    '[nodejs.util.inspect.custom]',
    (self, [depth, options]) => {
      const s = stateOf(self);
      const name = realm.js.toString(get(realm, get(realm, self, 'constructor'), 'name'));
      if (typeof depth === 'number' && depth < 0) return name;
      const fields = realm.js.newObject();
      defineData(realm, fields, 'type', s.type);
      defineData(realm, fields, 'defaultPrevented', s.cancelable && s.prevented);
      defineData(realm, fields, 'cancelable', s.cancelable);
      defineData(realm, fields, 'timeStamp', s.timeStamp);
      const d = options instanceof JSObject ? get(realm, options, 'depth') : undefined;
      const opts = realm.js.newObject();
      defineData(realm, opts, 'depth', typeof d === 'number' && Number.isInteger(d) ? d - 1 : d);
      if (options instanceof JSObject) defineData(realm, opts, 'breakLength', get(realm, options, 'breakLength'));
      const util = utilInspectFunction(jsContext(realm), inspect);
      return `${name} ${realm.js.toString(call(realm, util, undefined, [fields, opts]))}`;
    },
    2,
  );
  realm.js.defineProperty(proto, key, { value: method, writable: true, enumerable: false, configurable: true }, false);
  // Node defines @@toStringTag after the class body: it comes after inspect.custom among the keys.
  const tag = proto.props.get(TO_STRING_TAG_KEY);
  if (tag) {
    proto.props.delete(TO_STRING_TAG_KEY);
    proto.props.set(TO_STRING_TAG_KEY, tag);
  }
}
