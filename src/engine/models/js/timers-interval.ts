/**
 * `setInterval(delay, value, { signal, ref })` of Node's `timers/promises` (Node 20,
 * lib/timers/promises.js): an async generator function, so a call makes an async generator
 * object and nothing else; its body starts at the first `next()`. That body is written out
 * below as the generator the engine runs for an `async function*` (runtime/generator.ts), so
 * its awaits, yields and `return()` go through the same async-generator queue as a program's
 * own (async-generator.ts), tick for tick:
 *
 *  - the body arms one interval timer (`setInterval`'s, so the timeline shows it as the
 *    program's own timers) whose callback counts a tick not yet yielded and, if the body
 *    waits, resolves the promise it waits on;
 *  - it waits (`await new Promise((resolve) => callback = resolve)`) while no tick is counted,
 *    then yields `value` once per counted tick (`yield v` awaits `v` first, as every `yield`
 *    of an async generator does);
 *  - an abort clears the timer and rejects the wait (resolving it with a rejected promise),
 *    and the loop ends with an AbortError; a signal already aborted fails the first `next()`;
 *  - whatever ends it (a `break` out of `for await`, which calls `return()`, an abort, an
 *    error), its `finally` clears the timer and removes the abort listener.
 */
import { GeneratorDriver, Yielded, type GeneratorInfo } from '../../runtime/generator';
import type { BodyGenerator } from '../../runtime/scheduling';
import { Thrown } from '../../runtime/thrown';
import { JSObject, type Value } from '../../runtime/values';
import { addAbortListener, call, get, invalidArgType, nativeFn, validateAbortSignal, validateBooleanProperty } from './host';
import { createResolvingFunctions, newPromise, rejectPromise, type PromiseHost } from './promise';

/** What `timerPromise` and this module make for an aborted signal (node-util.ts abortError). */
export type AbortErrorOf = (signal: Value) => Value;

/** `timers/promises.setInterval`; `abortError` makes Node's AbortError for a signal. */
export function intervalIterator(host: PromiseHost, abortError: AbortErrorOf): Value {
  const realm = host.realm;
  return nativeFn(
    'setInterval',
    (_self, [after, value, options]) => {
      const info: GeneratorInfo = { name: 'setInterval', qualname: 'setInterval', callSite: realm.callLoc };
      return realm.generators.js!.make(new GeneratorDriver(intervalBody(host, abortError, after, value, options), info, true));
    },
    // `async function* setInterval(after, value, options = kEmptyObject)`: two parameters before the default.
    2,
  );
}

function* intervalBody(host: PromiseHost, abortError: AbortErrorOf, after: Value, value: Value, options: Value): BodyGenerator {
  const realm = host.realm;
  const js = realm.js;
  const model = realm.model;
  // validateObject(options, 'options'): null and arrays are refused too.
  if (options !== undefined && !(options instanceof JSObject)) {
    throw invalidArgType(realm, 'options', 'object', options);
  }
  const ref = options === undefined ? undefined : get(realm, options, 'ref');
  if (ref !== undefined) validateBooleanProperty(realm, ref, 'options.ref');
  const signal = options === undefined ? undefined : get(realm, options, 'signal');
  validateAbortSignal(realm, signal, 'options.signal');
  const hasSignal = signal !== undefined && signal !== null;
  const aborted = () => hasSignal && js.truthy(get(realm, signal, 'aborted'));
  if (aborted()) throw new Thrown(abortError(signal));
  const clearInterval = realm.builtins.js.get('clearInterval');
  let interval: Value = undefined;
  let onCancel: Value = undefined;
  try {
    let notYielded = 0;
    let callback: ((v?: Value) => void) | undefined;
    const tick = nativeFn('', () => {
      notYielded++;
      if (callback) {
        callback();
        callback = undefined;
      }
      return undefined;
    });
    interval = call(realm, realm.builtins.js.get('setInterval'), undefined, [tick, after]);
    if (ref === false) call(realm, get(realm, interval, 'unref'), interval, []);
    if (hasSignal) {
      onCancel = nativeFn('', () => {
        call(realm, clearInterval, undefined, [interval]);
        if (callback) {
          const rejected = newPromise(host, 0, '');
          rejectPromise(host, rejected, abortError(signal));
          callback(rejected);
          callback = undefined;
        }
        return undefined;
      });
      addAbortListener(realm, signal, onCancel);
    }
    while (!aborted()) {
      if (notYielded === 0) {
        const wait = newPromise(host, 0, '');
        const [resolve] = createResolvingFunctions(host, wait);
        callback = (v) => void call(realm, resolve, undefined, [v]);
        yield* model.awaitValue(wait, undefined);
      }
      for (; notYielded > 0; notYielded--) {
        const v = yield* model.awaitValue(value, undefined);
        yield new Yielded(v);
      }
    }
    throw new Thrown(abortError(signal));
  } finally {
    call(realm, clearInterval, undefined, [interval]);
    if (hasSignal) call(realm, get(realm, signal, 'removeEventListener'), signal, ['abort', onCancel]);
  }
}
