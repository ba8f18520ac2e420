/**
 * Two more of Node's library modules async lessons load (Node 20):
 *
 *  - `timers/promises`: `setTimeout(delay, value, { signal })` and `setImmediate(value,
 *    { signal })` are promises a timer (an immediate) resolves with `value`: the timer's
 *    callback is the promise's own resolve function (lib/timers/promises.js), so the
 *    timeline shows the same timer a `new Promise((r) => setTimeout(r, ms))` shows. An
 *    aborted signal rejects with an AbortError (`code` ABORT_ERR, `cause` the reason) and
 *    clears the timer. `setInterval(delay, value, { signal })`, the async iterator of
 *    `for await (const v of setInterval(ms))`, is in timers-interval.ts.
 *  - `util`: `promisify` (a callback-last function as a promise-returning one; a function's
 *    `util.promisify.custom` version when it has one, as setTimeout has timers/promises'),
 *    `callbackify` (the other way round),
 *    `format` and `inspect` (what console.log prints), `inherits`.
 *
 * A name Node's module has and these lack is an accessor that reports it as unsupported,
 * rather than `undefined` (which would tell the user that Node lacks it).
 */
import { unsupported } from '../../errors';
import { formatLogArgs, inspect, jsContext, utilInspectFunction } from '../../runtime/js';
import { Thrown } from '../../runtime/thrown';
import { JSObject, type Value } from '../../runtime/values';
import {
  addAbortListener,
  call,
  defineData,
  get,
  internalFn,
  invalidArgType,
  isCallable,
  nativeFn,
  nodeError,
  nodeReceived,
  notAFunction,
  validateAbortSignal,
  validateBooleanProperty,
} from './host';
import { createResolvingFunctions, newVisiblePromise, rejectPromise, type PromiseHost } from './promise';
import { intervalIterator } from './timers-interval';

/** The `util.promisify.custom` symbol of each realm (`Symbol.for('nodejs.util.promisify.custom')`). */
const customSymbols = new WeakMap<object, Value>();

function promisifyCustom(host: PromiseHost): Value {
  let sym = customSymbols.get(host.realm);
  if (sym === undefined) {
    const symbolFor = get(host.realm, host.realm.builtins.js.get('Symbol'), 'for');
    sym = call(host.realm, symbolFor, undefined, ['nodejs.util.promisify.custom']);
    customSymbols.set(host.realm, sym);
  }
  return sym;
}

/** Accessors for the names Node's module has and the playground's has not. */
export function markMissing(host: PromiseHost, m: Value, module: string, names: readonly string[]): void {
  unsupportedNames(host, m, names, (name) => `'${name}' of Node's ${module} module`, true);
}

/**
 * Accessors on `obj` for names Node has there and the playground has not: reading one is
 * `Unsupported: <what(name)>` at the reading expression, never an `undefined` that says Node
 * lacks it (or a ReferenceError, for a global).
 */
export function unsupportedNames(
  host: PromiseHost,
  obj: Value,
  names: readonly string[],
  what: (name: string) => string,
  enumerable: boolean,
): void {
  const realm = host.realm;
  for (const name of names) {
    realm.js.defineProperty(
      obj,
      name,
      {
        get: nativeFn(`get ${name}`, () => {
          throw unsupported(what(name), undefined);
        }),
        enumerable,
        configurable: true,
      },
      enumerable,
    );
  }
}

/** AbortError as lib/internal/errors.js makes it for an aborted signal. */
export function abortError(host: PromiseHost, signal: Value): Value {
  const err = nodeError(host.realm, 'Error', 'ABORT_ERR', 'The operation was aborted').value;
  defineData(host.realm, err, 'name', 'AbortError');
  defineData(host.realm, err, 'cause', get(host.realm, signal, 'reason'));
  return err;
}

export function timersPromisesModule(host: PromiseHost): Value {
  const realm = host.realm;
  const m = realm.js.newObject();
  /** `which(resolve, ...)` schedules the timer; `clear(handle)` cancels it. */
  const timerPromise = (name: string, schedule: (resolve: Value) => Value, clear: string, options: Value): Value => {
    const rec = newVisiblePromise(host, name);
    // lib/timers/promises.js: `options` must be an object, `signal` an AbortSignal and `ref`
    // a boolean; a bad one rejects the promise (PromiseReject), it does not throw.
    let signal: Value = undefined;
    let ref: Value = true;
    try {
      if (options !== undefined && !(options instanceof JSObject)) throw invalidArgType(realm, 'options', 'object', options);
      if (options !== undefined) {
        signal = get(realm, options, 'signal');
        ref = get(realm, options, 'ref');
        if (ref === undefined) ref = true;
      }
      validateAbortSignal(realm, signal, 'options.signal');
      validateBooleanProperty(realm, ref, 'options.ref');
    } catch (e) {
      if (!(e instanceof Thrown)) throw e;
      rejectPromise(host, rec, e.value);
      return rec;
    }
    if (signal !== undefined && realm.js.truthy(get(realm, signal, 'aborted'))) {
      rejectPromise(host, rec, abortError(host, signal));
      return rec;
    }
    const [resolve] = createResolvingFunctions(host, rec);
    const handle = schedule(resolve);
    // `ref: false` makes an unref'd Timeout (Immediate): it does not keep the process alive.
    if (ref === false) call(realm, get(realm, handle, 'unref'), handle, []);
    if (signal !== undefined) {
      const onAbort = nativeFn('', () => {
        call(realm, realm.builtins.js.get(clear), undefined, [handle]);
        rejectPromise(host, rec, abortError(host, signal));
        return undefined;
      });
      addAbortListener(realm, signal, onAbort);
    }
    return rec;
  };
  const setTimeoutP = nativeFn(
    'setTimeout',
    (_s, [after, value, options]) =>
      timerPromise(
        'setTimeout',
        (resolve) => call(realm, realm.builtins.js.get('setTimeout'), undefined, [resolve, after, value]),
        'clearTimeout',
        options,
      ),
    3,
  );
  const setImmediateP = nativeFn(
    'setImmediate',
    (_s, [value, options]) =>
      timerPromise(
        'setImmediate',
        (resolve) => call(realm, realm.builtins.js.get('setImmediate'), undefined, [resolve, value]),
        'clearImmediate',
        options,
      ),
    2,
  );
  defineData(realm, m, 'setTimeout', setTimeoutP);
  defineData(realm, m, 'setImmediate', setImmediateP);
  defineData(
    realm,
    m,
    'setInterval',
    intervalIterator(host, (signal) => abortError(host, signal)),
  );
  markMissing(host, m, 'timers/promises', ['scheduler']);
  // util.promisify(setTimeout) is timers/promises' setTimeout (lib/timers.js sets it as the custom promisified form).
  const custom = realm.js.toPropertyKey(promisifyCustom(host));
  realm.js.defineProperty(
    realm.builtins.js.get('setTimeout'),
    custom,
    { value: setTimeoutP, writable: true, enumerable: false, configurable: true },
    false,
  );
  realm.js.defineProperty(
    realm.builtins.js.get('setImmediate'),
    custom,
    { value: setImmediateP, writable: true, enumerable: false, configurable: true },
    false,
  );
  return m;
}

export function utilModule(host: PromiseHost, timersPromises: () => Value): Value {
  const realm = host.realm;
  const ctx = jsContext(realm);
  const m = realm.js.newObject();
  const customKey = realm.js.toPropertyKey(promisifyCustom(host));
  // setTimeout and setImmediate carry their promisified forms from the start in Node.
  timersPromises();
  const promisify = nativeFn(
    'promisify',
    (_s, [original]) => {
      if (!isCallable(realm, original)) throw notAFunction(realm, 'original', original);
      const own = get(realm, original, customKey);
      if (own !== undefined) {
        if (!isCallable(realm, own)) throw notAFunction(realm, 'util.promisify.custom', own);
        return own;
      }
      const name = get(realm, original, 'name');
      const fn = nativeFn(typeof name === 'string' ? name : '', (self, args) => {
        const rec = newVisiblePromise(host, typeof name === 'string' && name !== '' ? name : 'promisify');
        const [resolve, reject] = createResolvingFunctions(host, rec);
        const callback = nativeFn('', (_this, [err, ...values]) => {
          if (realm.js.truthy(err)) call(realm, reject, undefined, [err]);
          else call(realm, resolve, undefined, [values[0]]);
          return undefined;
        });
        // The call is the promise's executor: a synchronous throw rejects it.
        try {
          call(realm, original, self, [...args, callback]);
        } catch (e) {
          if (!(e instanceof Thrown)) throw e;
          call(realm, reject, undefined, [e.value]);
        }
        return rec;
      });
      return fn;
    },
    1,
  );
  defineData(realm, promisify, 'custom', promisifyCustom(host));
  defineData(realm, m, 'promisify', promisify);
  defineData(realm, m, 'callbackify', callbackify(host));
  defineData(
    realm,
    m,
    'format',
    nativeFn('format', (_s, args) => formatLogArgs(ctx, args), 0),
  );
  // The same function custom inspect methods receive as their third argument (Node: util.inspect).
  const utilInspect = utilInspectFunction(ctx, inspect);
  if (!realm.js.hasProperty(utilInspect, 'custom')) {
    const symbolFor = get(realm, realm.builtins.js.get('Symbol'), 'for');
    defineData(realm, utilInspect, 'custom', call(realm, symbolFor, undefined, ['nodejs.util.inspect.custom']));
  }
  defineData(realm, m, 'inspect', utilInspect);
  defineData(
    realm,
    m,
    'inherits',
    nativeFn(
      'inherits',
      (_s, [ctor, superCtor]) => {
        defineData(realm, ctor, 'super_', superCtor);
        realm.js.setPrototypeOf(get(realm, ctor, 'prototype'), get(realm, superCtor, 'prototype'));
        return undefined;
      },
      2,
    ),
  );
  markMissing(host, m, 'util', UTIL_MISSING);
  return m;
}

/**
 * `util.callbackify(original)` (Node 20 lib/util.js): a function that takes a callback last and
 * calls `original` with the rest; the promise it returns settles the callback on a nextTick —
 * `cb(null, value)`, or `cb(reason)` through `callbackifyOnRejected`, which turns a falsy
 * reason into ERR_FALSY_VALUE_REJECTION. A synchronous throw of `original` escapes to the
 * caller. The function is named `<name>Callbackified` and takes one argument more.
 */
function callbackify(host: PromiseHost): Value {
  const realm = host.realm;
  const nextTick = (args: Value[]) => {
    const process = realm.builtins.js.get('process');
    call(realm, get(realm, process, 'nextTick'), process, args);
  };
  const onRejected = nativeFn(
    'callbackifyOnRejected',
    (_self, [reason, cb]) => {
      if (!realm.js.truthy(reason)) {
        const err = nodeError(realm, 'Error', 'ERR_FALSY_VALUE_REJECTION', 'Promise was rejected with falsy value').value;
        defineData(realm, err, 'reason', reason);
        reason = err;
      }
      return call(realm, cb, undefined, [reason]);
    },
    2,
  );
  return nativeFn(
    'callbackify',
    (_s, [original]) => {
      if (!isCallable(realm, original)) throw notAFunction(realm, 'original', original);
      const name = get(realm, original, 'name');
      const length = get(realm, original, 'length');
      const fn = nativeFn(typeof name === 'string' ? `${name}Callbackified` : '', (self, args) => {
        const rest = args.slice();
        const maybeCb = rest.pop();
        if (!isCallable(realm, maybeCb))
          throw nodeError(
            realm,
            'TypeError',
            'ERR_INVALID_ARG_TYPE',
            `The last argument must be of type function. Received ${nodeReceived(realm, maybeCb)}`,
          );
        const cb = call(realm, get(realm, maybeCb, 'bind'), maybeCb, [self]);
        const promise = call(realm, original, self, rest);
        const then = get(realm, promise, 'then');
        // V8 names the callee by the library's own expression (`ReflectApply(original, this, args).then(...)`).
        if (!isCallable(realm, then)) throw realm.js.newError('TypeError', 'ReflectApply(...).then is not a function');
        // The two handlers are the library's plumbing: the callback shows as the nextTick it runs in.
        call(realm, then, promise, [
          internalFn('', (_t, [ret]) => (nextTick([cb, null, ret]), undefined), 1),
          internalFn('', (_t, [rej]) => (nextTick([onRejected, rej, cb]), undefined), 1),
        ]);
        return undefined;
      });
      if (typeof length === 'number') fn.props.set('length', { value: length + 1, writable: false, enumerable: false });
      return fn;
    },
    1,
  );
}

/** Node 20's `Object.keys(require('util'))` less what utilModule makes. */
const UTIL_MISSING = [
  '_errnoException',
  '_exceptionWithHostPort',
  '_extend',
  'debug',
  'debuglog',
  'deprecate',
  'styleText',
  'formatWithOptions',
  'getSystemErrorMap',
  'getSystemErrorName',
  'isArray',
  'isBoolean',
  'isBuffer',
  'isDeepStrictEqual',
  'isNull',
  'isNullOrUndefined',
  'isNumber',
  'isString',
  'isSymbol',
  'isUndefined',
  'isRegExp',
  'isObject',
  'isDate',
  'isError',
  'isFunction',
  'isPrimitive',
  'log',
  'stripVTControlCharacters',
  'toUSVString',
  'transferableAbortSignal',
  'transferableAbortController',
  'aborted',
  'types',
  'parseEnv',
  'parseArgs',
  'TextDecoder',
  'TextEncoder',
  'MIMEType',
  'MIMEParams',
];
