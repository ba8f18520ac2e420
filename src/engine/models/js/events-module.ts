/**
 * Node's `events` module (`require('events')`, `require('node:events')`): the EventEmitter
 * that Node event-loop lessons use to show that `emit` is synchronous, as Node 20's
 * lib/events.js behaves.
 *
 *  - An emitter's state is ordinary JS data, as in Node, so `console.log(emitter)` prints
 *    what Node prints: `_events` (a null-prototype object: one listener as the function,
 *    several as an array), `_eventsCount`, `_maxListeners`, and the `shapeMode` and
 *    `kCapture` symbols. `EventEmitter` is a plain constructor: `class Job extends
 *    EventEmitter` and `EventEmitter.call(this)` both initialise `this`.
 *  - `emit(type, ...args)` calls the listeners now, in order, on a copy of the list, with
 *    `this` the emitter, and answers whether there were any. An `'error'` with no listener
 *    throws its argument when it is an Error, else ERR_UNHANDLED_ERROR.
 *  - Adding a listener first emits `'newListener'` (when listened to); removing one emits
 *    `'removeListener'` after. `once` wraps the listener in a `bound onceWrapper` carrying
 *    `listener`, which removes itself before it calls the listener. Removal takes the most
 *    recently added match.
 *  - With captureRejections (per emitter, or EventEmitter.captureRejections for new ones), a
 *    listener's rejected promise is an 'error' event on a nextTick (addCatch).
 *  - More listeners of one type than `getMaxListeners()` (10 unless set) is a
 *    MaxListenersExceededWarning, once per type.
 *  - `events.once(emitter, name)` is a promise of the arguments of the next emit (rejected
 *    by an `'error'` first; an EventTarget is listened to with addEventListener); `events.on(emitter,
 *    name)`, their async iterator, is events-on.ts.
 */
import type { Realm } from '../../runtime/realm';
import { isErrorInstance, jsContext, ownKeys } from '../../runtime/js';
import { Thrown } from '../../runtime/thrown';
import { JSObject, NativeFunction, type Value } from '../../runtime/values';
import {
  addAbortListener,
  addOnceEventListener,
  call,
  defineData,
  defineHidden,
  get,
  internalFn,
  isCallable,
  jsError,
  nativeFn,
  nodeError,
  nodeReceived,
  notAFunction,
  validateAbortSignal,
  validateBooleanProperty,
} from './host';
import { abortError, markMissing } from './node-util';
import { onAsIterator } from './events-on';
import { newPromise, newVisiblePromise, rejectPromise, resolvePromise, type PromiseHost } from './promise';

const DEFAULT_MAX_LISTENERS = 10;

/** The module object (the EventEmitter constructor, with the module's other names on it), one per realm. */
const modules = new WeakMap<Realm, Value>();

export function eventsModule(host: PromiseHost): Value {
  const realm = host.realm;
  let m = modules.get(realm);
  if (m === undefined) {
    m = makeEventsModule(host);
    modules.set(realm, m);
  }
  return m;
}

function makeEventsModule(host: PromiseHost): Value {
  const realm = host.realm;
  const js = realm.js;
  const ctx = jsContext(realm);
  const O = js.intrinsics.ObjectPrototype;
  const kShapeMode = js.toPropertyKey(ctx.newSymbol('shapeMode'));
  const kCapture = js.toPropertyKey(ctx.newSymbol('kCapture'));
  const errorMonitor = ctx.newSymbol('events.errorMonitor');
  const errorMonitorKey = js.toPropertyKey(errorMonitor);
  /** Arrays of listeners that already warned (Node sets `existing.warned = true`). */
  const warned = new WeakSet<Value[]>();
  let defaultMaxListeners = DEFAULT_MAX_LISTENERS;

  const keyOf = (type: Value): string => js.toPropertyKey(type);
  /** A property key as the value it is: a symbol's key is the symbol. */
  const keyValue = (k: string): Value => ctx.symbolsByKey.get(k) ?? k;
  const set = (obj: Value, key: string, value: Value) => js.setAttr(obj, key, value);
  const nullObject = (): JSObject => new JSObject(null);
  const eventsOf = (self: Value): Value => get(realm, self, '_events');
  const count = (self: Value): number => Number(get(realm, self, '_eventsCount') ?? 0);
  const checkListener = (fn: Value): void => {
    if (!isCallable(realm, fn)) {
      throw notAFunction(realm, 'listener', fn);
    }
  };
  const maxOf = (self: Value): number => {
    const m = get(realm, self, '_maxListeners');
    return m === undefined ? defaultMaxListeners : Number(m);
  };

  const proto = new JSObject(O);
  // Symbol.for('nodejs.rejection'): an emitter's own handler of captured rejections.
  let kRejection = ctx.symbolRegistry.get('nodejs.rejection');
  if (!kRejection) ctx.symbolRegistry.set('nodejs.rejection', (kRejection = ctx.newSymbol('nodejs.rejection')));
  const rejectionSymbol = kRejection;
  const validateBoolean = (v: Value, what: string) => validateBooleanProperty(realm, v, what);
  const init = (self: Value, opts?: Value): Value => {
    const events = get(realm, self, '_events');
    const protoOf = self instanceof JSObject ? self.proto : null;
    if (events === undefined || (protoOf !== null && events === get(realm, protoOf, '_events'))) {
      set(self, '_events', nullObject());
      set(self, '_eventsCount', 0);
      set(self, kShapeMode, false);
    } else set(self, kShapeMode, true);
    const max = get(realm, self, '_maxListeners');
    set(self, '_maxListeners', js.truthy(max) ? max : undefined);
    // EventEmitter.init: `new EventEmitter({ captureRejections: true })` sets this emitter's kCapture.
    const capture = opts instanceof JSObject ? get(realm, opts, 'captureRejections') : undefined;
    if (js.truthy(capture)) {
      validateBoolean(capture, 'options.captureRejections');
      set(self, kCapture, true);
    } else set(self, kCapture, get(realm, proto, kCapture));
    return undefined;
  };
  const EventEmitter = new NativeFunction(
    'EventEmitter',
    (self, args) => init(self, args.positional[0]),
    'js',
    (args, newTarget) => {
      const p = newTarget !== undefined ? get(realm, newTarget, 'prototype') : proto;
      const self = new JSObject(p instanceof JSObject ? p : proto);
      init(self, args.positional[0]);
      return self;
    },
  );
  defineHidden(realm, EventEmitter, 'prototype', proto);
  defineHidden(realm, proto, 'constructor', EventEmitter);
  // The prototype's own fields, as `EventEmitter.prototype._events = undefined` and so on.
  defineData(realm, proto, '_events', undefined);
  defineData(realm, proto, '_eventsCount', 0);
  defineData(realm, proto, '_maxListeners', undefined);
  set(proto, kCapture, false);

  /** What Node's `inspect(target, { depth: -1 })` prints: `[ClassName]`. */
  const shortName = (self: Value): string => {
    const ctor = get(realm, self, 'constructor');
    const name = ctor === undefined || ctor === null ? '' : get(realm, ctor, 'name');
    return `[${typeof name === 'string' && name !== '' ? name : 'Object'}]`;
  };

  const addListener = (self: Value, type: Value, listener: Value, prepend: boolean): Value => {
    checkListener(listener);
    const key = keyOf(type);
    let events = eventsOf(self);
    let existing: Value = undefined;
    if (events === undefined) {
      events = nullObject();
      set(self, '_events', events);
      set(self, '_eventsCount', 0);
    } else {
      if (get(realm, events, 'newListener') !== undefined) {
        const inner = isCallable(realm, listener) ? get(realm, listener, 'listener') : undefined;
        emit(self, 'newListener', [type, inner ?? listener]);
        events = eventsOf(self);
      }
      existing = get(realm, events, key);
    }
    if (existing === undefined) {
      set(events, key, listener);
      set(self, '_eventsCount', count(self) + 1);
      return self;
    }
    let list: Value[];
    if (Array.isArray(existing)) {
      list = existing;
      if (prepend) list.unshift(listener);
      else list.push(listener);
    } else {
      list = prepend ? [listener, existing] : [existing, listener];
      set(events, key, list);
    }
    const m = maxOf(self);
    if (m > 0 && list.length > m && !warned.has(list)) {
      warned.add(list);
      // lib/events.js _addListener: a genericNodeError with name, emitter, type and count,
      // handed to process.emitWarning (printed, and seen by 'warning' listeners, on a nextTick).
      const w = js.newError(
        'Error',
        `Possible EventEmitter memory leak detected. ${list.length} ${js.toString(
          typeof type === 'string' ? type : js.repr(type),
        )} listeners added to ${shortName(self)}. MaxListeners is ${m}. Use emitter.setMaxListeners() to increase limit`,
      ).value;
      for (const [k, v] of [
        ['name', 'MaxListenersExceededWarning'],
        ['emitter', self],
        ['type', type],
        ['count', list.length],
      ] as const)
        set(w, k, v);
      const process = realm.builtins.js.get('process');
      call(realm, get(realm, process, 'emitWarning'), process, [w]);
    }
    return self;
  };

  const removeListener = (self: Value, type: Value, listener: Value): Value => {
    checkListener(listener);
    const key = keyOf(type);
    const events = eventsOf(self);
    if (events === undefined) return self;
    const list = get(realm, events, key);
    if (list === undefined) return self;
    const matches = (f: Value) => f === listener || (isCallable(realm, f) && get(realm, f, 'listener') === listener);
    if (!Array.isArray(list)) {
      if (!matches(list)) return self;
      const n = count(self) - 1;
      set(self, '_eventsCount', n);
      if (n === 0) set(self, '_events', nullObject());
      else {
        js.delAttr(events, key);
      }
      if (get(realm, eventsOf(self), 'removeListener') !== undefined)
        emit(self, 'removeListener', [type, get(realm, list, 'listener') ?? listener]);
      return self;
    }
    let at = -1;
    for (let i = list.length - 1; i >= 0; i--) {
      if (matches(list[i])) {
        at = i;
        break;
      }
    }
    if (at < 0) return self;
    list.splice(at, 1);
    if (list.length === 1) set(events, key, list[0]);
    // lib/events.js announces a removal from a list with the listener it was asked to remove
    // (a once wrapper's original only when the key held one listener, above).
    if (get(realm, events, 'removeListener') !== undefined) emit(self, 'removeListener', [type, listener]);
    return self;
  };

  const listenersOf = (self: Value, type: Value): Value[] => {
    const events = eventsOf(self);
    if (events === undefined) return [];
    const l = get(realm, events, keyOf(type));
    if (l === undefined) return [];
    return Array.isArray(l) ? l.slice() : [l];
  };

  const emit = (self: Value, type: Value, args: Value[]): boolean => {
    let doError = type === 'error';
    const events = eventsOf(self);
    if (events !== undefined) {
      if (doError && get(realm, events, errorMonitorKey) !== undefined) emit(self, errorMonitor, args);
      doError = doError && get(realm, events, 'error') === undefined;
    } else if (!doError) return false;
    if (doError) {
      const er = args[0];
      if (isErrorInstance(ctx, er)) throw new Thrown(er);
      const err = nodeError(realm, 'Error', 'ERR_UNHANDLED_ERROR', `Unhandled error. (${js.repr(er)})`);
      defineData(realm, err.value, 'context', er);
      throw err;
    }
    const handler = get(realm, events, keyOf(type));
    if (handler === undefined) return false;
    const listeners = Array.isArray(handler) ? handler.slice() : [handler];
    for (const fn of listeners) {
      const result = call(realm, fn, self, args);
      if (result !== undefined && result !== null) addCatch(self, result, type, args);
    }
    return true;
  };

  /**
   * lib/events.js addCatch: with captureRejections on, a listener's returned promise that
   * rejects is reported on a nextTick to the emitter's Symbol.for('nodejs.rejection') method,
   * else as an 'error' event (emitted with capturing off, so its own rejection is not caught).
   */
  const addCatch = (self: Value, promise: Value, type: Value, args: Value[]): void => {
    if (!js.truthy(get(realm, self, kCapture))) return;
    try {
      const then = get(realm, promise, 'then');
      if (!isCallable(realm, then)) return;
      const onRejected = internalFn('', (_t, [err]) => {
        const process = realm.builtins.js.get('process');
        call(realm, get(realm, process, 'nextTick'), process, [emitRejection, self, err, type, ...args]);
        return undefined;
      });
      call(realm, then, promise, [undefined, onRejected]);
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      emit(self, 'error', [e.value]);
    }
  };
  const emitRejection = internalFn(
    'emitUnhandledRejectionOrErr',
    (_t, [ee, err, type, ...args]) => {
      const own = get(realm, ee, js.toPropertyKey(rejectionSymbol));
      if (isCallable(realm, own)) {
        call(realm, own, ee, [err, type, ...args]);
        return undefined;
      }
      const prev = get(realm, ee, kCapture);
      try {
        set(ee, kCapture, false);
        emit(ee, 'error', [err]);
      } finally {
        set(ee, kCapture, prev);
      }
      return undefined;
    },
    4,
  );

  const onceWrapper = (self: Value, type: Value, listener: Value): Value => {
    const state = { fired: false, wrapFn: undefined as Value };
    const wrapped = nativeFn('bound onceWrapper', (_this, args) => {
      if (state.fired) return undefined;
      removeListener(self, type, state.wrapFn);
      state.fired = true;
      return call(realm, listener, self, args);
    });
    defineData(realm, wrapped, 'listener', listener);
    state.wrapFn = wrapped;
    return wrapped;
  };

  // The methods are assigned, as lib/events.js assigns them: enumerable, and `on` is the
  // very function `addListener` is (`emitter.on.name === 'addListener'`).
  const method = (name: string, impl: (self: Value, args: Value[]) => Value, length: number): NativeFunction => {
    const fn = nativeFn(name, impl, length);
    defineData(realm, proto, name, fn);
    return fn;
  };
  method(
    'setMaxListeners',
    (self, [n]) => {
      if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
        throw jsError(realm, 'RangeError', `The value of "n" is out of range. It must be a non-negative number. Received ${js.repr(n)}`);
      }
      set(self, '_maxListeners', n);
      return self;
    },
    1,
  );
  method('getMaxListeners', (self) => maxOf(self), 0);
  method('emit', (self, [type, ...args]) => emit(self, type, args), 1);
  const add = method('addListener', (self, [type, fn]) => addListener(self, type, fn, false), 2);
  defineData(realm, proto, 'on', add);
  method('prependListener', (self, [type, fn]) => addListener(self, type, fn, true), 2);
  // lib/events.js: `once` adds its wrapper through `this.on`, `prependOnceListener` through
  // `this.prependListener`, so a subclass overriding those sees the wrapper.
  method(
    'once',
    (self, [type, fn]) => (checkListener(fn), call(realm, get(realm, self, 'on'), self, [type, onceWrapper(self, type, fn)]), self),
    2,
  );
  method(
    'prependOnceListener',
    (self, [type, fn]) => (
      checkListener(fn),
      call(realm, get(realm, self, 'prependListener'), self, [type, onceWrapper(self, type, fn)]),
      self
    ),
    2,
  );
  const remove = method('removeListener', (self, [type, fn]) => removeListener(self, type, fn), 2);
  defineData(realm, proto, 'off', remove);
  method(
    'removeAllListeners',
    (self, args) => {
      const events = eventsOf(self);
      if (events === undefined) return self;
      const type = args[0];
      if (get(realm, events, 'removeListener') === undefined) {
        if (args.length === 0) {
          set(self, '_events', nullObject());
          set(self, '_eventsCount', 0);
        } else if (get(realm, events, keyOf(type)) !== undefined) {
          const n = count(self) - 1;
          set(self, '_eventsCount', n);
          if (n === 0) set(self, '_events', nullObject());
          else js.delAttr(events, keyOf(type));
        }
        return self;
      }
      // With a 'removeListener' listener, each removal is announced, newest first, and
      // 'removeListener' itself goes last.
      const types =
        args.length === 0
          ? ownKeys(ctx, events, { enumerableOnly: false, symbols: true }).filter((k) => k !== 'removeListener')
          : [keyOf(type)];
      for (const k of types) {
        const t = keyValue(k);
        for (const fn of listenersOfRaw(self, t).reverse()) removeListener(self, t, fn);
      }
      if (args.length === 0) {
        for (const fn of listenersOfRaw(self, 'removeListener').reverse()) removeListener(self, 'removeListener', fn);
        set(self, '_events', nullObject());
        set(self, '_eventsCount', 0);
      }
      return self;
    },
    1,
  );
  const listenersOfRaw = (self: Value, type: Value): Value[] => listenersOf(self, type);
  method(
    'listeners',
    (self, [type]) => listenersOf(self, type).map((f) => (isCallable(realm, f) ? (get(realm, f, 'listener') ?? f) : f)),
    1,
  );
  method('rawListeners', (self, [type]) => listenersOf(self, type), 1);
  method(
    'listenerCount',
    (self, [type, listener]) => {
      const list = listenersOf(self, type);
      if (listener === undefined) return list.length;
      return list.filter((f) => f === listener || (isCallable(realm, f) && get(realm, f, 'listener') === listener)).length;
    },
    1,
  );
  method(
    'eventNames',
    (self) => (count(self) > 0 ? ownKeys(ctx, eventsOf(self), { enumerableOnly: false, symbols: true }).map(keyValue) : []),
    0,
  );

  // The module: `require('events')` is EventEmitter itself, with the module's names on it.
  defineData(realm, EventEmitter, 'EventEmitter', EventEmitter);
  defineData(realm, EventEmitter, 'errorMonitor', errorMonitor);
  defineData(realm, EventEmitter, 'captureRejectionSymbol', rejectionSymbol);
  // The default for new emitters is EventEmitter.prototype[kCapture].
  js.defineProperty(
    EventEmitter,
    'captureRejections',
    {
      get: nativeFn('get', () => get(realm, proto, kCapture)),
      set: nativeFn('set', (_s, [v]) => {
        validateBoolean(v, 'EventEmitter.captureRejections');
        set(proto, kCapture, v);
        return undefined;
      }),
      enumerable: true,
      configurable: false,
    },
    true,
  );
  js.defineProperty(
    EventEmitter,
    'defaultMaxListeners',
    {
      get: nativeFn('get', () => defaultMaxListeners),
      set: nativeFn('set', (_s, [n]) => {
        if (typeof n !== 'number' || n < 0 || Number.isNaN(n)) {
          throw jsError(
            realm,
            'RangeError',
            `The value of "defaultMaxListeners" is out of range. It must be a non-negative number. Received ${js.repr(n)}`,
          );
        }
        defaultMaxListeners = n;
        return undefined;
      }),
      enumerable: true,
      configurable: true,
    },
    true,
  );
  defineData(
    realm,
    EventEmitter,
    'listenerCount',
    nativeFn('listenerCount', (_s, [emitter, type]) => listenersOf(emitter, type).length, 2),
  );
  defineData(
    realm,
    EventEmitter,
    'once',
    nativeFn('once', (_s, [emitter, name, options]) => onceAsPromise(host, emitter, name, options), 2),
  );
  defineData(
    realm,
    EventEmitter,
    'on',
    nativeFn('on', (_s, [emitter, name, options]) => onAsIterator(host, emitter, name, options), 2),
  );
  markMissing(host, EventEmitter, 'events', [
    'addAbortListener',
    'getEventListeners',
    'getMaxListeners',
    'usingDomains',
    'EventEmitterAsyncResource',
    'setMaxListeners',
    'init',
  ]);
  return EventEmitter;
}

/**
 * `events.once(emitter, name, { signal })`: a promise of the arguments of the next `name`
 * event; an 'error' first rejects it, and so does the signal's abort (an AbortError).
 * Node 20's `once` is an async function returning `new Promise(...)` (lib/events.js), so the
 * promise a caller gets is resolved with the inner one: an `await` of it resumes two jobs after
 * the event (NewPromiseResolveThenableJob, then the inner promise's reaction), and a signal
 * that is not one, or is already aborted, rejects it rather than throwing.
 */
function onceAsPromise(host: PromiseHost, emitter: Value, name: Value, options: Value): Value {
  const outer = newVisiblePromise(host, 'once');
  try {
    resolvePromise(host, outer, onceInner(host, emitter, name, options));
  } catch (e) {
    if (!(e instanceof Thrown)) throw e;
    rejectPromise(host, outer, e.value);
  }
  return outer;
}

/** The body of Node's async `once`: validation, then the promise its listeners settle. */
function onceInner(host: PromiseHost, emitter: Value, name: Value, options: Value): Value {
  const realm = host.realm;
  // `options?.signal`: Node 20 checks only the signal (any other options value is ignored).
  const signal = options instanceof JSObject || isCallable(realm, options) ? get(realm, options, 'signal') : undefined;
  validateAbortSignal(realm, signal, 'options.signal');
  if (signal !== undefined && realm.js.truthy(get(realm, signal, 'aborted'))) throw new Thrown(abortError(host, signal));
  const promise = newPromise(host, 0, '');
  const has = (obj: Value, method: string) => isCallable(realm, get(realm, obj, method));
  const emitterError = () =>
    nodeError(
      realm,
      'TypeError',
      'ERR_INVALID_ARG_TYPE',
      `The "emitter" argument must be an instance of EventEmitter. Received ${nodeReceived(realm, emitter)}`,
    );
  // lib/events.js eventTargetAgnosticAddListener / RemoveListener: an EventEmitter's
  // once / removeListener, else an EventTarget's addEventListener (with { once: true }) /
  // removeEventListener, else ERR_INVALID_ARG_TYPE (a rejection: `once` is async).
  const addOnce = (target: Value, type: Value, fn: Value) => {
    if (has(target, 'on')) call(realm, get(realm, target, 'once'), target, [type, fn]);
    else if (has(target, 'addEventListener')) addOnceEventListener(realm, target, type, fn);
    else throw emitterError();
  };
  const remove = (target: Value, type: Value, fn: Value) => {
    if (has(target, 'removeListener')) call(realm, get(realm, target, 'removeListener'), target, [type, fn]);
    else if (has(target, 'removeEventListener')) call(realm, get(realm, target, 'removeEventListener'), target, [type, fn]);
    else throw emitterError();
  };
  let errorListener: Value = undefined;
  let abortListener: Value = undefined;
  const resolver = nativeFn('resolver', (_self, args) => {
    if (errorListener !== undefined && has(emitter, 'removeListener')) remove(emitter, 'error', errorListener);
    if (abortListener !== undefined) remove(signal, 'abort', abortListener);
    resolvePromise(host, promise, args);
    return undefined;
  });
  try {
    addOnce(emitter, name, resolver);
  } catch (e) {
    // Thrown in the executor of Node's `new Promise`: it rejects that promise, which the
    // async `once` returns (two jobs later than a throw before it, as an aborted signal).
    if (!(e instanceof Thrown)) throw e;
    rejectPromise(host, promise, e.value);
    return promise;
  }
  // "EventTarget does not have `error` event semantics like Node EventEmitters": only an
  // emitter with a `once` method gets the 'error' listener.
  if (name !== 'error' && has(emitter, 'once')) {
    errorListener = nativeFn('errorListener', (_self, [err]) => {
      call(realm, get(realm, emitter, 'removeListener'), emitter, [name, resolver]);
      if (abortListener !== undefined) remove(signal, 'abort', abortListener);
      rejectPromise(host, promise, err);
      return undefined;
    });
    call(realm, get(realm, emitter, 'once'), emitter, ['error', errorListener]);
  }
  if (signal !== undefined && signal !== null) {
    abortListener = nativeFn('abortListener', () => {
      remove(emitter, name, resolver);
      remove(emitter, 'error', errorListener);
      rejectPromise(host, promise, abortError(host, signal));
      return undefined;
    });
    addAbortListener(realm, signal, abortListener);
  }
  return promise;
}
