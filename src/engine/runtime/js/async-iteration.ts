/**
 * JavaScript's async iterator records, as `for await` and `yield*` in async generators
 * drive them (ECMA-262 §7.4.3 GetIterator(obj, async), §27.1.6 %AsyncFromSyncIteratorPrototype%).
 *
 *  - An object with `[Symbol.asyncIterator]` is used as it is: `next()`'s result is handed
 *    back unawaited (the caller awaits it), `return` / `throw` are looked up when needed.
 *  - Otherwise a sync iterable is wrapped by CreateAsyncFromSyncIterator: each `next()`
 *    gives a promise that settles one tick after the step's `value` does
 *    (AsyncFromSyncIteratorContinuation: PromiseResolve(value), then a reaction that builds
 *    `{ value, done }`), so `for await` over `[1, p, 3]` costs two ticks per element.
 *    `return()` calls the sync iterator's `return` (or answers `{ value, done: true }`
 *    when it has none) and continues the same way. Node 20 (V8 11.3) implements the
 *    ES2023 text: a rejected `value` does not close the sync iterator, and a missing
 *    `throw` rejects with the thrown value (ES2025 changed both).
 *
 * The promise work goes through the model's JsPromiseOps (the js model only).
 */
import type { Pos } from '../../events/types';
import type { JsPromiseOps } from '../scheduling';
import { typeAndValue, isObject } from './iteration';
import type { Realm } from '../realm';
import { Thrown } from '../thrown';
import type { Value } from '../values';

/** An async iterator record: every method returns what the iterator's method returned (a promise, usually). */
export interface AsyncIteratorRecord {
  next(args: Value[]): Value;
  /** GetMethod(iterator, name): the bound call, or undefined when the iterator has none (a non-callable one throws). */
  method(name: 'return' | 'throw'): ((args: Value[]) => Value) | undefined;
}

/** `{ value, done }` (§7.4.14 CreateIterResultObject). */
export function iterResultObject(realm: Realm, value: Value, done: boolean): Value {
  const o = realm.js.newObject();
  realm.js.defineProperty(o, 'value', { value, writable: true, enumerable: true, configurable: true });
  realm.js.defineProperty(o, 'done', { value: done, writable: true, enumerable: true, configurable: true });
  return o;
}

function typeError(realm: Realm, message: string): Thrown {
  return realm.js.newError('TypeError', message);
}

/** Call a JS function from the iteration machinery (its own errors are the user's). */
function callJs(realm: Realm, fn: Value, self: Value, args: Value[], loc: Pos | undefined): Value {
  if (!realm.interp.isCallable(fn)) throw typeError(realm, `${typeAndValue(realm.interp, fn)} is not a function`);
  return realm.interp.call(fn, self, { positional: args }, 'js', loc);
}

/** GetMethod(obj, name) (§7.3.11): undefined for null/undefined, a TypeError for anything else not callable. */
export function getMethod(realm: Realm, obj: Value, name: string, loc: Pos | undefined): Value {
  const m = realm.js.getAttr(obj, name, loc);
  if (m === undefined || m === null) return undefined;
  if (!realm.interp.isCallable(m)) throw typeError(realm, `${typeAndValue(realm.interp, m)} is not a function`);
  return m;
}

/** The record of a user's async iterator object (the result of its `[Symbol.asyncIterator]()`). */
export function userAsyncIterator(realm: Realm, iterator: Value, loc: Pos | undefined): AsyncIteratorRecord {
  const next = realm.js.getAttr(iterator, 'next', loc);
  return {
    next: (args) => callJs(realm, next, iterator, args, loc),
    method(name) {
      const m = getMethod(realm, iterator, name, loc);
      return m === undefined ? undefined : (args) => callJs(realm, m, iterator, args, loc);
    },
  };
}

/**
 * CreateAsyncFromSyncIterator (§27.1.6.1) over the sync iterator of `v`, whose `[Symbol.iterator]`
 * GetIterator(v, async) has read already (`method`: read once, as a getter sees it).
 */
export function asyncFromSyncIterator(realm: Realm, P: JsPromiseOps, v: Value, loc: Pos | undefined, method: Value): AsyncIteratorRecord {
  const js = realm.js;
  const sync = js.getIterator(v, loc, method);
  const host = 'host' in sync ? sync.host[Symbol.iterator]() : undefined;
  /** AsyncFromSyncIteratorContinuation (§27.1.6.4) for a result already read. */
  const continuation = (done: boolean, value: Value): Value => {
    let wrapper: Value;
    try {
      wrapper = P.resolve(value);
    } catch (err) {
      if (!(err instanceof Thrown)) throw err;
      return P.rejected(err.value);
    }
    return P.then(wrapper, (x) => iterResultObject(realm, x, done));
  };
  /** IteratorComplete + IteratorValue of a user result object, then the continuation. */
  const fromResult = (result: Value): Value => {
    if (!isObject(result)) throw typeError(realm, `Iterator result ${js.toString(result)} is not an object`);
    const done = js.truthy(js.getAttr(result, 'done', loc));
    return continuation(done, js.getAttr(result, 'value', loc));
  };
  /** IfAbruptRejectPromise: a JS exception while stepping becomes a rejected promise. */
  const rejecting = (step: () => Value): Value => {
    try {
      return step();
    } catch (err) {
      if (!(err instanceof Thrown)) throw err;
      return P.rejected(err.value);
    }
  };
  return {
    next: (args) =>
      rejecting(() => {
        if (host) {
          const r = host.next();
          return continuation(r.done === true, r.done ? undefined : r.value);
        }
        const { iterator, next } = sync as { iterator: Value; next: Value };
        return fromResult(callJs(realm, next, iterator, args, loc));
      }),
    method(name) {
      if (name === 'return') {
        // %AsyncFromSyncIteratorPrototype%.return (§27.1.6.2.2).
        return (args) =>
          rejecting(() => {
            const ret = host ? undefined : getMethod(realm, (sync as { iterator: Value }).iterator, 'return', loc);
            if (ret === undefined) return P.resolve(iterResultObject(realm, args[0], true));
            return fromResult(callJs(realm, ret, (sync as { iterator: Value }).iterator, args, loc));
          });
      }
      // %AsyncFromSyncIteratorPrototype%.throw (§27.1.6.2.3, ES2023 text as in Node 20).
      return (args) =>
        rejecting(() => {
          const thr = host ? undefined : getMethod(realm, (sync as { iterator: Value }).iterator, 'throw', loc);
          if (thr === undefined) return P.rejected(args[0]);
          return fromResult(callJs(realm, thr, (sync as { iterator: Value }).iterator, args, loc));
        });
    },
  };
}
