/**
 * Promise capabilities and PromiseResolve, ECMA-262 §27.2.1.1, §27.2.1.5 and §27.2.4.7.1.
 *
 * A capability is a derived promise and the way to settle it. For %Promise% itself the
 * engine never builds the resolving functions unless a combinator or a user asks for them
 * (NativeCapability), which keeps a `then` at one object; a subclass's constructor runs its
 * executor as the spec says, and settling calls the functions it was given
 * (ForeignCapability), so every observable call of a subclass happens in spec order. The
 * promise records and their reactions are in promise.ts.
 */
import type { Realm } from '../../runtime/realm';
import type { Pos } from '../../events/types';
import type { JSObject, NativeFunction, Value } from '../../runtime/values';
import { call, get, internalFn, isCallable, isJsObject, jsError } from './host';
import {
  createResolvingFunctions,
  isPromise,
  newPromise,
  newVisiblePromise,
  promiseRecordOf,
  rejectPromise,
  resolvePromise,
  type AlreadyResolved,
  type PromiseHost,
  type PromiseRecord,
} from './promise';

// ---- capabilities (§27.2.1.1 PromiseCapability Records, §27.2.1.5 NewPromiseCapability) ----

/** A derived promise and the way to settle it. */
export interface Capability {
  readonly promise: Value;
  /** Invocation id of the derived promise (0 if unknown: a foreign constructor made it). */
  readonly id: number;
  resolve(v: Value): void;
  /** `loc`: where the rejection was thrown, if it was. */
  reject(v: Value, loc?: Pos): void;
  /** The resolve/reject functions as JS values (combinators pass them as handlers). */
  resolveFn(): Value;
  rejectFn(): Value;
}

/**
 * A capability of %Promise% itself: no observable functions unless someone asks for them.
 * It is its own [[AlreadyResolved]] record (one object per derived promise, not two).
 */
export class NativeCapability implements Capability, AlreadyResolved {
  resolved = false;
  private fns: [NativeFunction, NativeFunction] | undefined = undefined;
  constructor(
    private readonly host: PromiseHost,
    readonly rec: PromiseRecord,
  ) {}
  get promise(): Value {
    return this.rec.obj;
  }
  get id(): number {
    return this.rec.id;
  }
  resolve(v: Value): void {
    if (this.resolved) return;
    this.resolved = true;
    resolvePromise(this.host, this.rec, v);
  }
  reject(v: Value, loc?: Pos): void {
    if (this.resolved) return;
    this.resolved = true;
    rejectPromise(this.host, this.rec, v, loc);
  }
  resolveFn(): Value {
    return (this.fns ??= createResolvingFunctions(this.host, this.rec, this))[0];
  }
  rejectFn(): Value {
    return (this.fns ??= createResolvingFunctions(this.host, this.rec, this))[1];
  }
}

/** A capability of a user constructor (a Promise subclass): settling calls its functions. */
export class ForeignCapability implements Capability {
  readonly id: number;
  constructor(
    private readonly realm: Realm,
    readonly promise: Value,
    private readonly resolveF: Value,
    private readonly rejectF: Value,
  ) {
    this.id = promiseRecordOf(promise)?.id ?? 0;
  }
  resolve(v: Value): void {
    call(this.realm, this.resolveF, undefined, [v]);
  }
  reject(v: Value): void {
    call(this.realm, this.rejectF, undefined, [v]);
  }
  resolveFn(): Value {
    return this.resolveF;
  }
  rejectFn(): Value {
    return this.rejectF;
  }
}

/** NewPromiseCapability(C) (§27.2.1.5). `id`/`name` label a native derived promise. */
export function newPromiseCapability(host: PromiseHost, C: Value, id: number, name: string): Capability {
  if (C === host.promiseCtor) return new NativeCapability(host, newPromise(host, id, name));
  const realm = host.realm;
  let resolveF: Value = undefined;
  let rejectF: Value = undefined;
  // GetCapabilitiesExecutor takes two arguments (§27.2.1.5 step 5).
  const executor = internalFn(
    '',
    (_self, args) => {
      if (resolveF !== undefined)
        throw jsError(realm, 'TypeError', 'Promise executor has already been invoked with non-undefined arguments');
      if (rejectF !== undefined)
        throw jsError(realm, 'TypeError', 'Promise executor has already been invoked with non-undefined arguments');
      resolveF = args[0];
      rejectF = args[1];
      return undefined;
    },
    2,
  );
  if (!isCallable(realm, C)) throw jsError(realm, 'TypeError', `${String(realm.js.repr(C))} is not a constructor`);
  const promise = realm.interp.construct(C, { positional: [executor] }, 'js');
  if (!isCallable(realm, resolveF)) throw jsError(realm, 'TypeError', 'Promise resolve or reject function is not callable');
  if (!isCallable(realm, rejectF)) throw jsError(realm, 'TypeError', 'Promise resolve or reject function is not callable');
  return new ForeignCapability(realm, promise, resolveF, rejectF);
}

/** NewPromiseCapability(C) for a visible promise made by a static method. */
export function capabilityFor(host: PromiseHost, C: Value, name: string): Capability {
  if (C === host.promiseCtor) return new NativeCapability(host, newVisiblePromise(host, name));
  if (!isJsObject(C)) throw jsError(host.realm, 'TypeError', `${name} called on non-object`);
  return newPromiseCapability(host, C, 0, name);
}

// ---- PromiseResolve (§27.2.4.7.1) ---------------------------------------------------

/**
 * `x` itself when it is a promise whose `constructor` is C (an observable Get), else a new
 * promise of C resolved with x. Returns the JS value.
 */
export function promiseResolve(host: PromiseHost, C: Value, x: Value): Value {
  if (isPromise(x) && promiseConstructorOf(host, x) === C) return x;
  if (C === host.promiseCtor) {
    // A fresh native promise whose resolving functions nobody sees: resolve it directly.
    const rec = newPromise(host, 0, '');
    resolvePromise(host, rec, x);
    return rec.obj;
  }
  const cap = newPromiseCapability(host, C, 0, '');
  cap.resolve(x);
  return cap.promise;
}

/**
 * `Get(p, "constructor")` for a native promise. Fast path: a promise with no own
 * `constructor` whose prototype is the untouched %Promise.prototype% answers %Promise%
 * without a lookup (no getter can be involved, so skipping the Get is unobservable).
 */
export function promiseConstructorOf(host: PromiseHost, p: JSObject): Value {
  if (p.proto === host.promiseProto && p.propMap?.has('constructor') !== true) {
    const slot = host.promiseProto.props.get('constructor');
    if (slot && 'value' in slot) return slot.value;
  }
  return get(host.realm, p, 'constructor');
}
