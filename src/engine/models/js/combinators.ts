/**
 * Promise.all / allSettled / any / race (ECMA-262 §27.2.4.1–5), docs/semantics.md §1.7:
 *  - each reads `C.resolve` once (GetPromiseResolve), then for every element in iteration
 *    order calls `C.resolve(element)` and `.then(...)` on the result — so settled native
 *    inputs get their handlers in input order at tick 1 and awaiting the combined promise
 *    costs 2 ticks; `all([])` is already fulfilled (1 tick); a thenable element adds 1;
 *  - the element functions share an [[AlreadyCalled]] flag each and a remaining counter
 *    that starts at 1 and is decremented once more after the loop;
 *  - `any` rejects with an AggregateError "All promises were rejected" whose `errors` are
 *    in input order; `race` settles with whichever handler runs first.
 * An abrupt completion while iterating rejects the result (IfAbruptRejectPromise).
 */
import { Thrown } from '../../runtime/thrown';
import { JSObject, type NativeFunction, type Value } from '../../runtime/values';
import { capabilityFor, type Capability, type PromiseHost } from './promise';
import { call, defineData, defineMethod, get, internalFn, invoke, isCallable, jsError } from './host';

type Kind = 'all' | 'allSettled' | 'any' | 'race';

export function installCombinators(host: PromiseHost, ctor: NativeFunction): void {
  for (const kind of ['all', 'allSettled', 'any', 'race'] as const) {
    defineMethod(host.realm, ctor, kind, (self, args) => combinator(host, kind, self, args[0]), 1);
  }
}

function combinator(host: PromiseHost, kind: Kind, C: Value, iterable: Value): Value {
  const realm = host.realm;
  const cap = capabilityFor(host, C, `Promise.${kind}`);
  try {
    const promiseResolve = get(realm, C, 'resolve');
    if (!isCallable(realm, promiseResolve)) throw jsError(realm, 'TypeError', 'Promise resolve or reject function is not callable');
    const items = realm.js.iterate(iterable);
    if (kind === 'race') {
      for (const item of items) {
        const next = call(realm, promiseResolve, C, [item]);
        invoke(realm, next, 'then', [cap.resolveFn(), cap.rejectFn()]);
      }
    } else {
      performJoin(host, kind, cap, C, promiseResolve, items);
    }
  } catch (e) {
    if (!(e instanceof Thrown)) throw e;
    cap.reject(e.value);
  }
  return cap.promise;
}

/** PerformPromiseAll / AllSettled / Any: the shared remaining-elements bookkeeping. */
function performJoin(
  host: PromiseHost,
  kind: Exclude<Kind, 'race'>,
  cap: Capability,
  C: Value,
  promiseResolve: Value,
  items: Iterable<Value>,
): void {
  const realm = host.realm;
  const values: Value[] = [];
  const counter = { remaining: 1 };
  const finish = (): void => {
    if (kind === 'any') cap.reject(aggregateError(host, values));
    else cap.resolve(values);
  };
  let index = 0;
  for (const item of items) {
    values.push(undefined);
    const next = call(realm, promiseResolve, C, [item]);
    const i = index++;
    counter.remaining++;
    const element = (transform: (x: Value) => Value): NativeFunction => {
      let alreadyCalled = false;
      return internalFn('', (_self, args) => {
        if (alreadyCalled) return undefined;
        alreadyCalled = true;
        values[i] = transform(args[0]);
        if (--counter.remaining === 0) finish();
        return undefined;
      });
    };
    if (kind === 'all') {
      invoke(realm, next, 'then', [element((x) => x), cap.rejectFn()]);
    } else if (kind === 'allSettled') {
      invoke(realm, next, 'then', [
        element((x) => settledRecord(host, 'fulfilled', 'value', x)),
        element((x) => settledRecord(host, 'rejected', 'reason', x)),
      ]);
    } else {
      invoke(realm, next, 'then', [cap.resolveFn(), element((x) => x)]);
    }
  }
  if (--counter.remaining === 0) finish();
}

function settledRecord(host: PromiseHost, status: string, key: string, x: Value): Value {
  const obj = host.realm.js.newObject();
  defineData(host.realm, obj, 'status', status);
  defineData(host.realm, obj, key, x);
  return obj;
}

/** `new AggregateError(errors, "All promises were rejected")`. */
function aggregateError(host: PromiseHost, errors: Value[]): Value {
  const realm = host.realm;
  const message = 'All promises were rejected';
  const ctor = realm.builtins.js.get('AggregateError');
  const viaCtor = ctor !== undefined && isCallable(realm, ctor);
  const err = viaCtor
    ? realm.interp.construct(ctor, { positional: [errors, message] }, 'js')
    : realm.js.newError('AggregateError', message).value;
  if (!(err instanceof JSObject)) return err;
  if (!viaCtor) realm.js.defineProperty(err, 'errors', { value: errors, writable: true, enumerable: false, configurable: true }, false);
  // V8 makes this error inside the builtin's reject step, with no JavaScript frame on the
  // stack: its `stack` is the header alone, which util.inspect prints in brackets
  // (`[AggregateError: All promises were rejected] { [errors]: [...] }`).
  err.props.set('stack', { value: `AggregateError: ${message}`, writable: true, enumerable: false, configurable: true });
  return err;
}
