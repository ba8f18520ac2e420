/**
 * Helpers for defining built-in JS functions, constructors and prototypes — used by the
 * builtins in this folder and by the JS scheduling model (Promise, timers).
 *
 * Usage (e.g. in src/engine/models/js):
 *
 *   const ctx = jsContext(realm);
 *   const Promise = defineNativeClass(ctx, {
 *     name: 'Promise', length: 1,
 *     construct: (args, newTarget, proto) => { const p = new JSObject(proto, state); ...; return p; },
 *     methods: { then: [2, (self, args) => ...] },
 *     statics: { resolve: [1, (self, args) => ...] },
 *     global: true,
 *   });
 *
 * Built-in methods are non-enumerable (§18 "every other data property ... { [[Enumerable]]: false }"),
 * so they never show in console.log or for-in. `internal` of an instance may implement
 * `JsInspectable` to control what console.log shows inside the braces (`Promise { 1 }`).
 */
import type { Realm } from '../realm';
import { JSObject, NativeFunction, type Value } from '../values';
import type { JsCtx, JsObj } from './context';
import { getValue } from './properties';

export type NativeImpl = (self: Value, args: Value[]) => Value;
/** `[length, impl]`: a method's `length` property and its implementation. */
export type MethodSpec = [number, NativeImpl];

/**
 * Host state of a built-in object that wants a custom console.log body. `inspectEntries`
 * returns the entries shown between the braces; `format(v)` formats a nested value with
 * the right indentation and depth (e.g. Promise: `['<pending>']`, `[format(value)]`,
 * `['<rejected> ' + format(reason)]`). Own enumerable properties are appended after them.
 */
export interface JsInspectable {
  inspectEntries(format: (v: Value) => string): string[];
}

export function isInspectable(x: unknown): x is JsInspectable {
  return typeof x === 'object' && x !== null && typeof (x as JsInspectable).inspectEntries === 'function';
}

const contexts = new WeakMap<Realm, JsCtx>();

/** The JS runtime state of a realm (installJs runs on first use: Realm.need). */
export function jsContext(realm: Realm): JsCtx {
  let ctx = contexts.get(realm);
  if (!ctx) {
    realm.need('js');
    ctx = contexts.get(realm);
  }
  if (!ctx) throw new Error('installJs(realm) has not run');
  return ctx;
}

/** jsContext, or undefined for a realm that has no JS runtime (the model tests' bare realm). */
export function jsContextIfAny(realm: Realm): JsCtx | undefined {
  if (!contexts.has(realm)) realm.need('js');
  return contexts.get(realm);
}

export function registerContext(realm: Realm, ctx: JsCtx): void {
  contexts.set(realm, ctx);
}

/** A built-in function. `construct` makes it usable with `new`. */
export function makeNative(
  name: string,
  length: number,
  impl: NativeImpl,
  construct?: (args: Value[], newTarget: Value) => Value,
): NativeFunction {
  const f = new NativeFunction(
    name,
    (self, a) => impl(self, a.positional),
    'js',
    construct ? (a, newTarget) => construct(a.positional, newTarget) : undefined,
  );
  f.props.set('length', { value: length, writable: false, enumerable: false });
  return f;
}

/** A non-enumerable data property (built-in methods, `constructor`). */
export function defineHidden(target: JsObj, key: string, value: Value): void {
  target.props.set(key, { value, enumerable: false });
}

/** A read-only, non-enumerable constant (Math.PI, Number.EPSILON). */
export function defineConstant(target: JsObj, key: string, value: Value): void {
  target.props.set(key, { value, enumerable: false, writable: false, configurable: false });
}

export function defineMethods(target: JsObj, methods: Record<string, MethodSpec>): void {
  for (const [name, [length, impl]] of Object.entries(methods)) {
    defineHidden(target, name, makeNative(name, length, impl));
  }
}

/** A method keyed by a symbol key (e.g. ITERATOR_KEY), named as V8 names it (`[Symbol.iterator]`). */
export function defineSymbolMethod(target: JsObj, key: string, name: string, length: number, impl: NativeImpl): void {
  defineHidden(target, key, makeNative(name, length, impl));
}

export function defineGetters(target: JsObj, getters: Record<string, NativeImpl>): void {
  for (const [name, impl] of Object.entries(getters)) {
    target.props.set(name, { get: makeNative(`get ${name}`, 0, impl), enumerable: false });
  }
}

/** GetPrototypeFromConstructor (§10.1.14): `newTarget.prototype`, or the fallback when it is not an object. */
export function protoFromNewTarget(ctx: JsCtx, newTarget: Value, fallback: JSObject): JSObject {
  if (newTarget === undefined) return fallback;
  const p = getValue(ctx, newTarget, 'prototype');
  return p instanceof JSObject ? p : fallback;
}

export interface NativeClassSpec {
  name: string;
  length: number;
  /** `new C(...args)`: build the instance; `proto` is already resolved from newTarget (subclasses). */
  construct: (args: Value[], proto: JSObject, newTarget: Value) => Value;
  /** `C(...args)` without new; default: TypeError `Constructor C requires 'new'` (V8). */
  call?: NativeImpl;
  /** Use an existing object as C.prototype (the intrinsics are pre-allocated). */
  proto?: JSObject;
  /** The parent constructor (`TypeError` → `Error`): links C's [[Prototype]] and C.prototype's. */
  parent?: NativeFunction;
  methods?: Record<string, MethodSpec>;
  getters?: Record<string, NativeImpl>;
  statics?: Record<string, MethodSpec>;
  /** Also bind the constructor as a global name in realm.builtins.js. */
  global?: boolean;
}

/** Define a built-in constructor with its prototype, methods and static methods. */
export function defineNativeClass(ctx: JsCtx, spec: NativeClassSpec): NativeFunction {
  const parentProto = spec.parent ? (getValue(ctx, spec.parent, 'prototype') as JSObject) : ctx.intr.ObjectPrototype;
  const proto = spec.proto ?? new JSObject(parentProto);
  if (spec.proto && spec.parent) proto.proto = parentProto;
  const call =
    spec.call ??
    (() => {
      throw ctx.typeError(`Constructor ${spec.name} requires 'new'`);
    });
  const ctor = makeNative(spec.name, spec.length, call, (args, newTarget) =>
    spec.construct(args, protoFromNewTarget(ctx, newTarget, proto), newTarget),
  );
  ctor.props.set('prototype', { value: proto, writable: false, enumerable: false, configurable: false });
  defineHidden(proto, 'constructor', ctor);
  if (spec.parent) ctx.fnProto.set(ctor, spec.parent);
  if (spec.methods) defineMethods(proto, spec.methods);
  if (spec.getters) defineGetters(proto, spec.getters);
  if (spec.statics) defineMethods(ctor, spec.statics);
  ctx.intr.ctors.set(spec.name, ctor);
  if (spec.global) ctx.realm.builtins.js.set(spec.name, ctor);
  return ctor;
}

/** `Method X called on incompatible receiver Y` (V8's wording for brand checks). */
export function incompatibleReceiver(ctx: JsCtx, method: string, receiver: string): never {
  throw ctx.typeError(`Method ${method} called on incompatible receiver ${receiver}`);
}

/**
 * `[length, impl]` built through a function: entries named like Object.prototype members
 * (`toString`, `valueOf`) lose their contextual type in an object literal under tsc 7.
 */
export function spec(length: number, impl: NativeImpl): MethodSpec {
  return [length, impl];
}
