/**
 * `events.on(emitter, name, { signal, close, highWaterMark, lowWaterMark })` as Node 20 has it
 * (lib/events.js `on`): an async iterator of the arguments of each `name` event. Not an async
 * generator: a plain object over %AsyncIteratorPrototype% with its own `next`, `return`,
 * `throw` and `[Symbol.asyncIterator]`, and two queues:
 *
 *  - an event that comes while no `next()` waits is kept (unconsumed events); `next()` hands
 *    the oldest out at once, in a promise already settled;
 *  - a `next()` with nothing kept waits in a promise of its own (unconsumed promises), which
 *    the next event settles;
 *  - an 'error' event (or the signal's abort) rejects the oldest waiting `next()`, or is kept
 *    for the next `next()`; either way the iterator is closed: its listeners removed, every
 *    waiting `next()` settled done, and later ones done;
 *  - `return()` (a `break` out of `for await`) and any `close` event close it too.
 *
 * What a program sees is Node's: the listeners it adds (`emitter.listenerCount(name)` counts
 * them), the ticks of the promises, the AbortError and the validation errors.
 */
import type { Realm } from '../../runtime/realm';
import { ASYNC_ITERATOR_KEY } from '../../runtime/js';
import { iterResultObject } from '../../runtime/js/async-iteration';
import { Thrown } from '../../runtime/thrown';
import { JSObject, type Value } from '../../runtime/values';
import { addAbortListener, call, defineData, get, isCallable, nativeFn, nodeError, nodeReceived } from './host';
import { abortError } from './node-util';
import { newVisiblePromise, rejectPromise, resolvePromise, type PromiseHost, type PromiseRecord } from './promise';

/** Node's validateInteger(value, name, min) for a watermark option. */
function watermark(realm: Realm, value: Value, name: string): number {
  if (typeof value !== 'number')
    throw nodeError(
      realm,
      'TypeError',
      'ERR_INVALID_ARG_TYPE',
      `The "${name}" property must be of type number. Received ${nodeReceived(realm, value)}`,
    );
  if (!Number.isInteger(value))
    throw nodeError(
      realm,
      'RangeError',
      'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be an integer. Received ${value}`,
    );
  if (value < 1 || value > Number.MAX_SAFE_INTEGER)
    throw nodeError(
      realm,
      'RangeError',
      'ERR_OUT_OF_RANGE',
      `The value of "${name}" is out of range. It must be >= 1 && <= ${Number.MAX_SAFE_INTEGER}. Received ${value}`,
    );
  return value;
}

/** `options[a] ?? options[b] ?? fallback`. */
function either(realm: Realm, options: Value, a: string, b: string, fallback: number): Value {
  const x = get(realm, options, a);
  if (x !== undefined && x !== null) return x;
  const y = get(realm, options, b);
  return y !== undefined && y !== null ? y : fallback;
}

export function onAsIterator(host: PromiseHost, emitter: Value, event: Value, options: Value): Value {
  const realm = host.realm;
  const js = realm.js;
  const opts = options === undefined ? js.newObject() : options;
  const signal = get(realm, opts, 'signal');
  // validateAbortSignal(signal, 'options.signal').
  if (signal !== undefined && (!(signal instanceof JSObject) || !js.hasProperty(signal, 'aborted')))
    throw nodeError(
      realm,
      'TypeError',
      'ERR_INVALID_ARG_TYPE',
      `The "options.signal" property must be an instance of AbortSignal. Received ${nodeReceived(realm, signal)}`,
    );
  if (signal !== undefined && js.truthy(get(realm, signal, 'aborted'))) throw new Thrown(abortError(host, signal));
  const high = watermark(realm, either(realm, opts, 'highWaterMark', 'highWatermark', Number.MAX_SAFE_INTEGER), 'options.highWaterMark');
  const low = watermark(realm, either(realm, opts, 'lowWaterMark', 'lowWatermark', 1), 'options.lowWaterMark');

  const unconsumedEvents: Value[] = [];
  const unconsumedPromises: PromiseRecord[] = [];
  let paused = false;
  let error: Value = null;
  let finished = false;
  const method = (name: string) => call(realm, get(realm, emitter, name), emitter, []);
  const settled = (how: 'resolve' | 'reject', v: Value): PromiseRecord => {
    const p = newVisiblePromise(host, 'on');
    if (how === 'resolve') resolvePromise(host, p, v);
    else rejectPromise(host, p, v);
    return p;
  };

  // listenersController: every listener added, removed in reverse order when the iterator closes.
  const listeners: [Value, Value][] = [];
  const addListener = (name: Value, fn: Value) => {
    if (isCallable(realm, get(realm, emitter, 'on'))) call(realm, get(realm, emitter, 'on'), emitter, [name, fn]);
    else if (isCallable(realm, get(realm, emitter, 'addEventListener')))
      call(realm, get(realm, emitter, 'addEventListener'), emitter, [name, fn]);
    else
      throw nodeError(
        realm,
        'TypeError',
        'ERR_INVALID_ARG_TYPE',
        `The "emitter" argument must be an instance of EventEmitter or EventTarget. Received ${nodeReceived(realm, emitter)}`,
      );
    listeners.push([name, fn]);
  };
  const removeAll = () => {
    while (listeners.length > 0) {
      const [name, fn] = listeners.pop()!;
      if (isCallable(realm, get(realm, emitter, 'removeListener'))) call(realm, get(realm, emitter, 'removeListener'), emitter, [name, fn]);
      else if (isCallable(realm, get(realm, emitter, 'removeEventListener')))
        call(realm, get(realm, emitter, 'removeEventListener'), emitter, [name, fn]);
    }
  };

  let abortListener: Value = undefined;
  /** closeHandler: the abort listener and every other listener removed, waiting next() calls done. */
  const close = (): Value => {
    if (abortListener !== undefined) call(realm, get(realm, signal, 'removeEventListener'), signal, ['abort', abortListener]);
    abortListener = undefined;
    removeAll();
    finished = true;
    const done = iterResultObject(realm, undefined, true);
    while (unconsumedPromises.length > 0) resolvePromise(host, unconsumedPromises.shift()!, done);
    return settled('resolve', done);
  };
  /** errorHandler: the oldest waiting next() rejects, or the next next() will; then close. */
  const fail = (err: Value): void => {
    if (unconsumedPromises.length === 0) error = err;
    else rejectPromise(host, unconsumedPromises.shift()!, err);
    close();
  };
  const closeHandler = nativeFn('closeHandler', () => close());
  const errorHandler = nativeFn('errorHandler', (_self, [err]) => (fail(err), undefined));
  const eventHandler = nativeFn('', (_self, args) => {
    const value: Value = [...args];
    if (unconsumedPromises.length === 0) {
      unconsumedEvents.push(value);
      if (!paused && unconsumedEvents.length > high) {
        paused = true;
        method('pause');
      }
    } else resolvePromise(host, unconsumedPromises.shift()!, iterResultObject(realm, value, false));
    return undefined;
  });

  const iterator = new JSObject(js.intrinsics.AsyncIteratorPrototype);
  defineData(
    realm,
    iterator,
    'next',
    nativeFn('next', () => {
      if (unconsumedEvents.length > 0) {
        const value = unconsumedEvents.shift()!;
        if (paused && unconsumedEvents.length < low) {
          method('resume');
          paused = false;
        }
        return settled('resolve', iterResultObject(realm, value, false));
      }
      if (js.truthy(error)) {
        const p = settled('reject', error);
        error = null;
        return p;
      }
      if (finished) return close();
      const p = newVisiblePromise(host, 'on');
      unconsumedPromises.push(p);
      return p;
    }),
  );
  defineData(
    realm,
    iterator,
    'return',
    nativeFn('return', () => close()),
  );
  defineData(
    realm,
    iterator,
    'throw',
    nativeFn(
      'throw',
      (_self, [err]) => {
        if (!js.truthy(err) || !js.instanceOf(err, realm.builtins.js.get('Error')))
          throw nodeError(
            realm,
            'TypeError',
            'ERR_INVALID_ARG_TYPE',
            `The "EventEmitter.AsyncIterator" property must be an instance of Error. Received ${nodeReceived(realm, err)}`,
          );
        fail(err);
        return undefined;
      },
      1,
    ),
  );
  js.defineProperty(iterator, ASYNC_ITERATOR_KEY, { value: nativeFn('[Symbol.asyncIterator]', (self) => self) }, true);
  // [kWatermarkData] (`Symbol.for('nodejs.watermarkData')`): the queue's size and watermarks as getters.
  const watermarkData = js.newObject();
  const getters: [string, () => Value][] = [
    ['size', () => unconsumedEvents.length],
    ['low', () => low],
    ['high', () => high],
    ['isPaused', () => paused],
  ];
  for (const [name, read] of getters) js.defineProperty(watermarkData, name, { get: nativeFn(`get ${name}`, read) }, true);
  const symbolFor = get(realm, realm.builtins.js.get('Symbol'), 'for');
  js.defineProperty(
    iterator,
    js.toPropertyKey(call(realm, symbolFor, undefined, ['nodejs.watermarkData'])),
    { value: watermarkData },
    true,
  );

  addListener(event, eventHandler);
  if (event !== 'error' && isCallable(realm, get(realm, emitter, 'on'))) addListener('error', errorHandler);
  const closeEvents = get(realm, opts, 'close');
  const closeCount = closeEvents === undefined || closeEvents === null ? 0 : Number(get(realm, closeEvents, 'length'));
  for (let i = 0; i < closeCount; i++) addListener(get(realm, closeEvents, String(i)), closeHandler);
  if (signal !== undefined) {
    abortListener = nativeFn('abortListener', () => (fail(abortError(host, signal)), undefined));
    addAbortListener(realm, signal, abortListener);
  }
  return iterator;
}
