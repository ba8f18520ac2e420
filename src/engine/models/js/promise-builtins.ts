/**
 * %Promise% and %Promise.prototype% (ECMA-262 §27.2.3–27.2.5), docs/semantics.md §1.3, §1.6:
 *  - `new Promise(executor)` runs the executor synchronously with a fresh resolve/reject
 *    pair; a throw from it rejects the promise unless it was already resolved (js/02).
 *  - `then` registers one reaction on a derived promise of SpeciesConstructor(this);
 *    a missing handler is a pass-through that still costs one tick per link.
 *  - `catch(f)` is `Invoke(this, "then", « undefined, f »)`.
 *  - `finally(f)` (§27.2.5.3) is `then(thenFinally, catchFinally)`; each wrapper calls f,
 *    then returns `PromiseResolve(C, result).then(() => value)` (or a thrower), so its
 *    derived promise is resolved with a promise: f runs at tick 1, the next link at tick 4.
 *  - Promise.resolve / reject; the combinators live in combinators.ts. (No
 *    Promise.withResolvers: Node 20 does not have it — it came with V8 12.x in Node 22.)
 *
 * Species: `then` and `finally` derive their promise from `this.constructor[Symbol.species]`
 * (%Promise%'s getter returns `this`, so a subclass gets its own promises unless its
 * `static get [Symbol.species]()` answers otherwise).
 */
import { Thrown } from '../../runtime/thrown';
import { SPECIES_KEY, TO_STRING_TAG_KEY } from '../../runtime/js';
import { JSObject, NativeFunction, type Value } from '../../runtime/values';
import {
  ThenReaction,
  thenNative,
  isPromise,
  newCallbackInvocation,
  newVisiblePromise,
  performThen,
  promiseRecordOf,
  resolvePromise,
  createResolvingFunctions,
  rejectPromise,
  type PromiseHost,
} from './promise';
import { newPromiseCapability, promiseConstructorOf, promiseResolve, capabilityFor } from './promise-capability';
import {
  call,
  defineHidden,
  defineMethod,
  describeForError,
  fnName,
  get,
  internalFn,
  invoke,
  isCallable,
  isInternalFn,
  isJsObject,
  jsError,
  nativeFn,
  type NativeImpl,
} from './host';
import { installCombinators } from './combinators';

/** Build %Promise% and %Promise.prototype% and store them in `host`. */
export function installPromise(host: PromiseHost): NativeFunction {
  const realm = host.realm;
  const proto = new JSObject(realm.js.intrinsics.ObjectPrototype);
  host.promiseProto = proto;

  const ctor = new NativeFunction(
    'Promise',
    () => {
      throw jsError(realm, 'TypeError', "Promise constructor cannot be invoked without 'new'");
    },
    'js',
    (args, newTarget) => constructPromise(host, args.positional[0], newTarget),
  );
  host.promiseCtor = ctor;
  // §27.2.4: Promise.length is 1; Promise.prototype is { [[Writable]]: false, [[Enumerable]]: false, [[Configurable]]: false }.
  ctor.props.set('length', { value: 1, writable: false, enumerable: false });
  ctor.props.set('prototype', { value: proto, writable: false, enumerable: false, configurable: false });
  defineHidden(realm, proto, 'constructor', ctor);
  // %Promise.prototype%[@@toStringTag] is "Promise" (§27.2.5.5): `${p}` and
  // Object.prototype.toString give `[object Promise]`, not `[object Object]`.
  proto.props.set(TO_STRING_TAG_KEY, { value: 'Promise', writable: false, enumerable: false, configurable: true });

  // get %Promise%[@@species] (§27.2.4.8) returns `this`: a subclass's promises derive
  // promises of the subclass unless it overrides the getter (`return Promise`).
  const species = nativeFn('get [Symbol.species]', (self) => self, 0);
  ctor.props.set(SPECIES_KEY, { get: species, enumerable: false, configurable: true });

  host.promiseThen = defineMethod(realm, proto, 'then', (self, args) => promiseThen(host, self, args[0], args[1]), 2);
  defineMethod(realm, proto, 'catch', (self, args) => invoke(realm, self, 'then', [undefined, args[0]]), 1);
  defineMethod(realm, proto, 'finally', (self, args) => promiseFinally(host, self, args[0]), 1);

  defineMethod(
    realm,
    ctor,
    'resolve',
    (self, args) => {
      if (!isJsObject(self)) throw jsError(realm, 'TypeError', 'PromiseResolve called on non-object');
      return promiseResolveVisible(host, self, args[0]);
    },
    1,
  );
  defineMethod(
    realm,
    ctor,
    'reject',
    (self, args) => {
      const cap = capabilityFor(host, self, 'Promise.reject');
      cap.reject(args[0]);
      return cap.promise;
    },
    1,
  );
  installCombinators(host, ctor);
  return ctor;
}

/** Promise.resolve(x): PromiseResolve(C, x), with a visible promise when a new one is made. */
function promiseResolveVisible(host: PromiseHost, C: Value, x: Value): Value {
  if (C === host.promiseCtor && !(isPromise(x) && promiseConstructorOf(host, x) === C)) {
    // A fresh promise whose resolving functions nobody sees: resolved directly, no capability.
    const rec = newVisiblePromise(host, 'Promise.resolve');
    resolvePromise(host, rec, x);
    return rec.obj;
  }
  return promiseResolve(host, C, x);
}

/** The [[Construct]] of %Promise% (§27.2.3.1). */
function constructPromise(host: PromiseHost, executor: Value, newTarget: Value): Value {
  const realm = host.realm;
  if (!isCallable(realm, executor))
    throw jsError(realm, 'TypeError', `Promise resolver ${describeForError(realm, executor)} is not a function`);
  let proto = host.promiseProto;
  if (newTarget !== host.promiseCtor && newTarget !== undefined) {
    const p = get(realm, newTarget, 'prototype');
    if (p instanceof JSObject) proto = p;
  }
  const rec = newVisiblePromise(host, 'Promise', proto);
  const [resolve, reject] = createResolvingFunctions(host, rec);
  try {
    call(realm, executor, undefined, [resolve, reject]);
  } catch (e) {
    if (!(e instanceof Thrown)) throw e;
    if (!resolve.resolved) {
      resolve.resolved = true;
      rejectPromise(host, rec, e.value, e.loc);
    }
  }
  return rec.obj;
}

/**
 * SpeciesConstructor(promise, %Promise%) (§7.3.22): `promise.constructor[Symbol.species]`,
 * the default when either is undefined (or the species null). %Promise%'s own answer is
 * itself (the fast path: its @@species getter returns `this`).
 */
export function speciesConstructor(host: PromiseHost, promise: JSObject): Value {
  const realm = host.realm;
  const C = promiseConstructorOf(host, promise);
  if (C === undefined || C === host.promiseCtor) return host.promiseCtor;
  if (!isJsObject(C)) throw jsError(realm, 'TypeError', 'The .constructor property is not an object');
  const S = realm.js.getAttr(C, SPECIES_KEY);
  if (S === undefined || S === null) return host.promiseCtor;
  if (!isCallable(realm, S)) throw jsError(realm, 'TypeError', 'object.constructor[Symbol.species] is not a constructor');
  return S;
}

/** Promise.prototype.then (§27.2.5.4). */
export function promiseThen(host: PromiseHost, self: Value, onFulfilled: Value, onRejected: Value): Value {
  const realm = host.realm;
  const rec = promiseRecordOf(self);
  if (!rec)
    throw jsError(realm, 'TypeError', `Method Promise.prototype.then called on incompatible receiver ${describeForError(realm, self)}`);
  const C = speciesConstructor(host, self as JSObject);
  const onF = isCallable(realm, onFulfilled) ? onFulfilled : undefined;
  const onR = isCallable(realm, onRejected) ? onRejected : undefined;
  const internal = (onF === undefined || isInternalFn(onF)) && (onR === undefined || isInternalFn(onR));
  const name = realm.rec.on && !internal ? handlerName(onF, onR) : '';
  const id = internal ? 0 : newCallbackInvocation(host, name);
  if (C === host.promiseCtor) return thenNative(host, rec, onF, onR, id, name);
  const cap = newPromiseCapability(host, C, id, name);
  performThen(host, rec, new ThenReaction(id, onF, onR, cap, name));
  return cap.promise;
}

function handlerName(onF: Value, onR: Value): string {
  const h = onF ?? onR;
  const n = fnName(h);
  if (n) return n;
  return onF !== undefined ? 'then callback' : onR !== undefined ? 'catch callback' : 'then (pass-through)';
}

/**
 * thenFinally / catchFinally (§27.2.5.3 steps 6.a and 6.c): built-ins of one argument with no
 * name, as a program sees them (an overridden `then` reads `length` 1 and `name` ''). The
 * function keeps the finally callback's name for the timeline, which labels the reaction's
 * lane with its handler's name (`handlerName`).
 */
function finallyFunction(label: string, impl: NativeImpl): NativeFunction {
  const fn = nativeFn(label, impl, 1);
  fn.props.set('name', { value: '', writable: false, enumerable: false });
  return fn;
}

/** Promise.prototype.finally (§27.2.5.3). */
function promiseFinally(host: PromiseHost, self: Value, onFinally: Value): Value {
  const realm = host.realm;
  if (!isJsObject(self)) throw jsError(realm, 'TypeError', `Promise.prototype.finally called on a non-object`);
  const C = isPromise(self) ? speciesConstructor(host, self) : host.promiseCtor;
  if (!isCallable(realm, onFinally)) return invoke(realm, self, 'then', [onFinally, onFinally]);
  const name = fnName(onFinally) || 'finally callback';
  const thenFinally = finallyFunction(name, (_self, args) => {
    const value = args[0];
    const result = call(realm, onFinally, undefined, []);
    const p = promiseResolve(host, C, result);
    return invoke(realm, p, 'then', [internalFn('', () => value)]);
  });
  const catchFinally = finallyFunction(name, (_self, args) => {
    const reason = args[0];
    const result = call(realm, onFinally, undefined, []);
    const p = promiseResolve(host, C, result);
    return invoke(realm, p, 'then', [
      internalFn('', () => {
        throw new Thrown(reason);
      }),
    ]);
  });
  return invoke(realm, self, 'then', [thenFinally, catchFinally]);
}
