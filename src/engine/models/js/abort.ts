/**
 * EventTarget, Event, AbortSignal and AbortController as Node 20 has them
 * (lib/internal/event_target.js, lib/internal/abort_controller.js), for the cancellation
 * patterns async lessons teach (`signal.addEventListener('abort', ...)`, `throwIfAborted`,
 * `AbortSignal.timeout(ms)`).
 *
 *  - Listeners run synchronously, in registration order, when the signal aborts; the
 *    `onabort` handler takes its place in that order when it is first set; `{ once: true }`
 *    listeners are removed before they run; adding the same function twice is a no-op.
 *    A listener that throws does not stop the others: the error is rethrown from a
 *    nextTick (Node reports it as an uncaught exception). A listener may be an object with a
 *    `handleEvent` method; an async listener's rejection is reported the same way.
 *  - abort(reason): only the first call counts; the default reason is a DOMException
 *    `AbortError: This operation was aborted`; AbortSignal.timeout's is
 *    `TimeoutError: The operation was aborted due to timeout`, from an unref'd timer (it
 *    does not keep the process alive). AbortSignal.abort(reason), AbortSignal.any(signals).
 *  - console.log shows `AbortSignal { aborted: false }` (an own `aborted` property mirrors
 *    the state) and `AbortController { signal: AbortSignal { aborted: false } }`.
 */
import type { Realm } from '../../runtime/realm';
import { Thrown } from '../../runtime/thrown';
import { jsContext, jsContextIfAny, ownKeys } from '../../runtime/js';
import { JSObject, type Value } from '../../runtime/values';
import type { EventLoop } from './event-loop';
import { installEvent, klass as defineClass, missingArgs, protoOf as protoFor } from './event';
import {
  addAbortListener,
  call,
  defineMethod,
  nodeError,
  nodeReceived,
  get,
  isCallable,
  jsError,
  nativeFn,
  validateAbortSignal,
} from './host';

interface Listener {
  fn: Value;
  once: boolean;
  /** The `onabort` handler's slot: its function is read at dispatch. */
  handler?: boolean;
}

export function installAbort(realm: Realm, loop: EventLoop, globals: Map<string, Value>): void {
  const O = realm.js.intrinsics.ObjectPrototype;
  const listeners = new WeakMap<JSObject, Map<string, Listener[]>>();
  const handlers = new WeakMap<JSObject, Value>();
  const listOf = (t: JSObject, type: string) => {
    let byType = listeners.get(t);
    if (!byType) listeners.set(t, (byType = new Map()));
    let list = byType.get(type);
    if (!list) byType.set(type, (list = []));
    return list;
  };
  const klass = (name: string, proto: JSObject, construct: (args: Value[], newTarget: Value) => Value) =>
    defineClass(realm, globals, name, proto, construct);
  const protoOf = (newTarget: Value, fallback: JSObject): JSObject => protoFor(realm, newTarget, fallback);
  const events = installEvent(realm, globals);

  // EventTarget
  const targetProto = new JSObject(O);
  klass('EventTarget', targetProto, (_a, nt) => new JSObject(protoOf(nt, targetProto)));
  // emitUncaughtException: the error is rethrown from a nextTick, as Node's EventTarget does.
  const reportLater = (e: Thrown): void =>
    loop.enqueueTick(
      {
        item: 0,
        run: () => {
          throw e;
        },
      },
      'EventTarget error',
    );
  // Node 20 (event_target.js addCatch): a listener's thenable result gets a rejection handler
  // that reports the error as an uncaught exception (an async listener that throws).
  const onRejected = nativeFn('', (_self, [err]) => (reportLater(new Thrown(err)), undefined));
  const addCatch = (result: Value): void => {
    if (result === undefined || result === null) return;
    const then = get(realm, result, 'then');
    if (isCallable(realm, then)) call(realm, then, result, [undefined, onRejected]);
  };
  // Node 20 wraps an object listener in `async (...args) => { if (listener.handleEvent)
  // await ReflectApply(listener.handleEvent, listener, args) }`: handleEvent is read at each
  // dispatch, `this` is the object, and its errors (even synchronous ones) reach the
  // uncaught-exception path through the wrapper's rejected promise.
  // The built-ins as they were before user code ran (Node's primordials), read on first use.
  let primordials: { P: Value; resolve: Value; reject: Value; then: Value; apply: Value } | undefined;
  const builtins = () =>
    (primordials ??= {
      P: globals.get('Promise'),
      resolve: get(realm, globals.get('Promise'), 'resolve'),
      reject: get(realm, globals.get('Promise'), 'reject'),
      then: get(realm, get(realm, globals.get('Promise'), 'prototype'), 'then'),
      apply: get(realm, globals.get('Reflect'), 'apply'),
    });
  const callHandleEvent = (listener: Value, event: JSObject): Value => {
    const { P, resolve, reject, then, apply } = builtins();
    try {
      const handleEvent = get(realm, listener, 'handleEvent');
      if (!realm.js.truthy(handleEvent)) return call(realm, resolve, P, [undefined]);
      const result = call(realm, apply, undefined, [handleEvent, listener, [event]]);
      return call(realm, then, call(realm, resolve, P, [result]), [nativeFn('', () => undefined)]);
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      return call(realm, reject, P, [e.value]);
    }
  };
  const dispatch = (target: JSObject, event: JSObject): void => {
    const state = events.state.get(event)!;
    // Node 20 kHybridDispatch: the event is marked as being dispatched to `target`; a listener
    // that called stopImmediatePropagation (now or in an earlier dispatch) stops the rest.
    state.target = target;
    state.dispatching = true;
    const list = listeners.get(target)?.get(state.type);
    for (const l of list?.slice() ?? []) {
      if (state.stop) break;
      if (!list!.includes(l)) continue;
      if (l.once) list!.splice(list!.indexOf(l), 1);
      const fn = l.handler ? handlers.get(target) : l.fn;
      if (fn === undefined || fn === null) continue;
      try {
        const result = isCallable(realm, fn) ? call(realm, fn, target, [event]) : callHandleEvent(fn, event);
        // Node 20 clears the flag after each listener that returns (not one that throws).
        state.dispatching = false;
        addCatch(result);
      } catch (e) {
        if (!(e instanceof Thrown)) throw e;
        reportLater(e);
      }
    }
    state.dispatching = false;
  };
  defineMethod(realm, targetProto, 'addEventListener', (self, [type, fn, options]) => {
    if (!(self instanceof JSObject)) return undefined;
    // Node 20 validateEventListener: a function, or an object (its handleEvent is read here
    // and again at each dispatch); null/undefined are ignored; anything else throws.
    // validateEventListenerOptions: an object's `signal` must be an AbortSignal.
    const signal = options instanceof JSObject ? get(realm, options, 'signal') : undefined;
    validateAbortSignal(realm, signal, 'options.signal');
    if (fn === undefined || fn === null || (!isCallable(realm, fn) && !isCallable(realm, get(realm, fn, 'handleEvent')))) {
      if (fn === undefined || fn === null) {
        // "The DOM silently allows passing undefined": Node warns (AddEventListenerArgumentTypeWarning).
        const w = realm.js.newError('Error', `addEventListener called with ${String(fn)} which has no effect.`).value;
        realm.js.setAttr(w, 'name', 'AddEventListenerArgumentTypeWarning');
        realm.js.setAttr(w, 'target', self);
        realm.js.setAttr(w, 'type', type);
        const process = globals.get('process');
        call(realm, get(realm, process, 'emitWarning'), process, [w]);
        return undefined;
      }
      if (!(fn instanceof JSObject)) {
        throw nodeError(
          realm,
          'TypeError',
          'ERR_INVALID_ARG_TYPE',
          `The "listener" argument must be an instance of EventListener. Received ${nodeReceived(realm, fn)}`,
        );
      }
    }
    const once = options instanceof JSObject ? realm.js.truthy(get(realm, options, 'once')) : false;
    const typeName = realm.js.toString(type);
    // `{ signal }`: an aborted signal adds nothing; a later abort removes the listener (Node 20
    // lib/internal/event_target.js adds a once 'abort' listener to the signal first).
    if (realm.js.truthy(signal)) {
      if (realm.js.truthy(get(realm, signal, 'aborted'))) return undefined;
      const target = self;
      const remove = nativeFn('', () => {
        call(realm, get(realm, target, 'removeEventListener'), target, [typeName, fn, options]);
        return undefined;
      });
      addAbortListener(realm, signal, remove);
    }
    const list = listOf(self, typeName);
    if (!list.some((l) => l.fn === fn && !l.handler)) list.push({ fn, once });
    return undefined;
  });
  defineMethod(realm, targetProto, 'removeEventListener', (self, [type, fn]) => {
    if (!(self instanceof JSObject)) return undefined;
    const list = listOf(self, realm.js.toString(type));
    const i = list.findIndex((l) => l.fn === fn && !l.handler);
    if (i >= 0) list.splice(i, 1);
    return undefined;
  });
  defineMethod(
    realm,
    targetProto,
    'dispatchEvent',
    (self, args) => {
      if (args.length === 0) missingArgs(realm, 'event');
      const event = args[0];
      const state = event instanceof JSObject ? events.state.get(event) : undefined;
      if (!(self instanceof JSObject) || state === undefined) {
        throw nodeError(
          realm,
          'TypeError',
          'ERR_INVALID_ARG_TYPE',
          `The "event" argument must be an instance of Event. Received ${nodeReceived(realm, event)}`,
        );
      }
      if (state.dispatching) {
        throw nodeError(realm, 'Error', 'ERR_EVENT_RECURSION', `The event "${state.type}" is already being dispatched`);
      }
      dispatch(self, event as JSObject);
      return !(state.cancelable && state.prevented);
    },
    1,
  );

  /** `get name()` on a prototype, as Node's classes define their accessors. */
  const defineGetter = (proto: JSObject, name: string, impl: (self: Value) => Value) =>
    realm.js.defineProperty(proto, name, { get: nativeFn(`get ${name}`, impl), enumerable: true, configurable: true }, true);
  // Node 20's customInspect (lib/internal/abort_controller.js): `${constructor.name} ${inspect(obj)}`
  // one level deeper, or the object itself when the depth is used up.
  const inspectKey = (() => {
    const ctx = jsContextIfAny(realm);
    if (ctx === undefined) return undefined;
    let sym = ctx.symbolRegistry.get('nodejs.util.inspect.custom');
    if (!sym) ctx.symbolRegistry.set('nodejs.util.inspect.custom', (sym = ctx.newSymbol('nodejs.util.inspect.custom')));
    return realm.js.toPropertyKey(sym);
  })();
  const defineInspect = (proto: JSObject, shown: (self: Value) => Value) => {
    if (inspectKey === undefined) return;
    const fn = nativeFn(
      '[nodejs.util.inspect.custom]',
      (self, [depth, options, inspect]) => {
        if (typeof depth === 'number' && depth < 0) return self;
        const opts = realm.js.newObject();
        if (options instanceof JSObject)
          for (const k of ownKeys(jsContext(realm), options, { enumerableOnly: true, symbols: false }))
            realm.js.setAttr(opts, k, get(realm, options, k));
        const d = options instanceof JSObject ? get(realm, options, 'depth') : undefined;
        realm.js.setAttr(opts, 'depth', d === null ? null : typeof d === 'number' ? d - 1 : typeof depth === 'number' ? depth - 1 : d);
        const name = get(realm, get(realm, self, 'constructor'), 'name');
        return `${realm.js.toString(name)} ${realm.js.toString(call(realm, inspect, undefined, [shown(self), opts]))}`;
      },
      2,
    );
    realm.js.defineProperty(proto, inspectKey, { value: fn, writable: true, enumerable: false, configurable: true }, true);
  };

  // AbortSignal
  const signalProto = new JSObject(targetProto);
  const SignalCtor = klass('AbortSignal', signalProto, () => {
    throw jsError(realm, 'TypeError', 'Illegal constructor');
  });
  const aborted = new WeakSet<JSObject>();
  const signals = new WeakSet<JSObject>();
  /** AbortSignal.any's results that abort with a signal (Node's kDependantSignals). */
  const dependents = new WeakMap<JSObject, JSObject[]>();
  /** An AbortSignal.any result's sources (kSourceSignals): a later any() over it follows them. */
  const sources = new WeakMap<JSObject, JSObject[]>();
  /** An aborted signal's reason (Node's kReason). */
  const reasons = new WeakMap<JSObject, Value>();
  const newSignal = (): JSObject => {
    const s = new JSObject(signalProto);
    signals.add(s);
    return s;
  };
  // `aborted` and `reason` are AbortSignal.prototype getters, as in Node 20 (an AbortSignal has
  // no own enumerable properties: Object.keys, JSON.stringify and spread see none).
  const signalOf = (self: Value): JSObject => {
    if (self instanceof JSObject && signals.has(self)) return self;
    throw nodeError(realm, 'TypeError', 'ERR_INVALID_THIS', 'Value of "this" must be of type AbortSignal');
  };
  defineGetter(signalProto, 'aborted', (self) => aborted.has(signalOf(self)));
  defineGetter(signalProto, 'reason', (self) => reasons.get(signalOf(self)));
  defineInspect(signalProto, (self) => {
    const o = realm.js.newObject();
    realm.js.setAttr(o, 'aborted', aborted.has(signalOf(self)));
    return o;
  });
  const domException = (message: string, name: string): Value => {
    const D = globals.get('DOMException');
    if (D === undefined) return jsError(realm, 'Error', message).value;
    return realm.interp.construct(D, { positional: [message, name] }, 'js');
  };
  const abortSignal = (s: JSObject, reason: Value): void => {
    if (aborted.has(s)) return;
    aborted.add(s);
    reasons.set(s, reason === undefined ? domException('This operation was aborted', 'AbortError') : reason);
    // Node 20 abortSignal: `new Event('abort', { [kTrustEvent]: true })`.
    dispatch(s, events.make('abort', true));
    // Node 20: the signals made by AbortSignal.any abort after this one's listeners ran.
    for (const d of dependents.get(s) ?? []) abortSignal(d, get(realm, s, 'reason'));
  };
  realm.js.defineProperty(
    signalProto,
    'onabort',
    {
      get: nativeFn('get onabort', (self) => (self instanceof JSObject ? (handlers.get(self) ?? null) : undefined)),
      set: nativeFn('set onabort', (self, [fn]) => {
        if (!(self instanceof JSObject)) return undefined;
        const list = listOf(self, 'abort');
        if (!list.some((l) => l.handler)) list.push({ fn: undefined, once: false, handler: true });
        handlers.set(self, isCallable(realm, fn) ? fn : null);
        return undefined;
      }),
      enumerable: false,
      configurable: true,
    },
    false,
  );
  defineMethod(realm, signalProto, 'throwIfAborted', (self) => {
    if (self instanceof JSObject && aborted.has(self)) throw new Thrown(get(realm, self, 'reason'));
    return undefined;
  });
  defineMethod(realm, SignalCtor, 'abort', (_self, [reason]) => {
    const s = newSignal();
    abortSignal(s, reason);
    return s;
  });
  defineMethod(realm, SignalCtor, 'timeout', (_self, [ms]) => {
    const s = newSignal();
    const setTimeoutFn = globals.get('setTimeout');
    const timer = call(realm, setTimeoutFn, undefined, [
      nativeFn('', () => {
        abortSignal(s, domException('The operation was aborted due to timeout', 'TimeoutError'));
        return undefined;
      }),
      ms,
    ]);
    call(realm, get(realm, timer, 'unref'), timer, []);
    return s;
  });
  defineMethod(
    realm,
    SignalCtor,
    'any',
    (_self, [list]) => {
      // Node 20 validateAbortSignalArray: an Array of objects that have `aborted` (or undefined).
      if (!Array.isArray(list)) {
        throw nodeError(
          realm,
          'TypeError',
          'ERR_INVALID_ARG_TYPE',
          `The "signals" argument must be an instance of Array. Received ${nodeReceived(realm, list)}`,
        );
      }
      list.forEach((x, i) => {
        if (x !== undefined && !(x instanceof JSObject && realm.js.hasProperty(x, 'aborted'))) {
          throw nodeError(
            realm,
            'TypeError',
            'ERR_INVALID_ARG_TYPE',
            `The "signals[${i}]" argument must be an instance of AbortSignal. Received ${nodeReceived(realm, x)}`,
          );
        }
      });
      const s = newSignal();
      const own: JSObject[] = [];
      sources.set(s, own);
      for (const x of list) {
        if (realm.js.truthy(get(realm, x, 'aborted'))) {
          abortSignal(s, get(realm, x, 'reason'));
          return s;
        }
        if (!(x instanceof JSObject) || !signals.has(x)) continue;
        // A result of any() is not a source itself: the new signal follows its sources.
        for (const source of sources.get(x) ?? [x]) {
          if (!own.includes(source)) own.push(source);
          let deps = dependents.get(source);
          if (!deps) dependents.set(source, (deps = []));
          if (!deps.includes(s)) deps.push(s);
        }
      }
      return s;
    },
    1,
  );

  // AbortController
  const controllerProto = new JSObject(O);
  const controllerSignals = new WeakMap<JSObject, JSObject>();
  const controllerOf = (self: Value): JSObject => {
    if (self instanceof JSObject && controllerSignals.has(self)) return self;
    // Node 20's AbortController keeps its signal in a private field (#signal).
    throw jsError(realm, 'TypeError', 'Cannot read private member #signal from an object whose class did not declare it');
  };
  defineGetter(controllerProto, 'signal', (self) => controllerSignals.get(controllerOf(self)));
  defineInspect(controllerProto, (self) => {
    const o = realm.js.newObject();
    realm.js.setAttr(o, 'signal', controllerSignals.get(controllerOf(self)));
    return o;
  });
  klass('AbortController', controllerProto, (_a, nt) => {
    const c = new JSObject(protoOf(nt, controllerProto));
    controllerSignals.set(c, newSignal());
    return c;
  });
  defineMethod(realm, controllerProto, 'abort', (self, [reason]) => {
    const s = self instanceof JSObject ? get(realm, self, 'signal') : undefined;
    if (s instanceof JSObject) abortSignal(s, reason);
    return undefined;
  });
}
