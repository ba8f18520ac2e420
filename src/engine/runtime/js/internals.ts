/**
 * Host state (`JSObject.internal`) of built-in JS objects: the spec's internal slots
 * ([[MapData]], [[SetData]], [[ErrorData]], [[DateValue]], iterator state). Kept in one
 * file so that inspect, iteration and the builtins agree on them without import cycles.
 */
import { JSObject, PyFloat, type Value } from '../values';

/** [[MapData]]: a host Map keyed by the JS value itself gives SameValueZero keys (§24.1). */
export class MapData {
  readonly map = new Map<Value, Value>();
}

/** [[SetData]]. */
export class SetData {
  readonly set = new Set<Value>();
}

/** [[ErrorData]]: marks an Error instance (Node's `isNativeError`, util.inspect's error form). */
export class ErrorData {}

/**
 * [[NumberData]] / [[StringData]] / [[BooleanData]] / [[BigIntData]] / [[SymbolData]] of a
 * wrapper object made by `new Number(5)`, `new String('s')`, `new Boolean(false)`,
 * `Object(10n)`, `Object(Symbol())` (§21.1.1.1, §22.1.1.1, §20.3.1.1, §7.1.18): an object, so
 * `typeof` is 'object', it is truthy and `===` compares identity, while the prototype's
 * valueOf / toString unwrap it (thisNumberValue etc.). A symbol is held as its JSObject.
 */
export class PrimitiveData {
  constructor(readonly value: string | number | boolean | bigint | JSObject) {}
}

/** A wrapper object (`new Number(5)`), its prototype from newTarget (subclasses of Number). */
export function wrapper(proto: JSObject, value: PrimitiveData['value']): JSObject {
  const o = new JSObject(proto);
  o.internal = new PrimitiveData(value);
  return o;
}

/** 'Number', 'String', 'Boolean', 'BigInt' or 'Symbol': the wrapper's class (`[Number: 5]`). */
export function wrapperType(d: PrimitiveData): 'Number' | 'String' | 'Boolean' | 'BigInt' | 'Symbol' {
  switch (typeof d.value) {
    case 'number':
      return 'Number';
    case 'string':
      return 'String';
    case 'boolean':
      return 'Boolean';
    case 'bigint':
      return 'BigInt';
    default:
      return 'Symbol';
  }
}

/** The primitive inside a wrapper object of the given type, if `v` is one. */
export function unwrapPrimitive(v: Value, type: 'string' | 'number' | 'boolean' | 'bigint'): Value | undefined {
  if (typeof v !== 'object' || v === null || !('internal' in v)) return undefined;
  const d = (v as { internal?: unknown }).internal;
  return d instanceof PrimitiveData && typeof d.value === type ? d.value : undefined;
}

/** [[DateValue]]: milliseconds since the epoch (NaN for an invalid date). */
export class DateData {
  constructor(public t: number) {}
}

/**
 * A built-in iterator (Array/String/Map/Set iterators, `keys()`/`entries()`): a host
 * iterator producing JS values. `kind` is the toStringTag ('Array Iterator', ...).
 */
export class IteratorData {
  constructor(
    readonly it: Iterator<Value>,
    readonly kind: string,
  ) {}
}

/** Key normalisation for Map/Set: -0 → +0 is the host's job; PyFloat unboxes (a Python float is a JS number). */
export function normalizeKey(v: Value): Value {
  return v instanceof PyFloat ? v.v : v;
}

/**
 * [[RegExpMatcher]] / [[OriginalSource]] / [[OriginalFlags]] of a RegExp object: a host
 * RegExp compiled once from the same source and flags (builtins/regexp.ts). The object's
 * `lastIndex` is an ordinary own property; it is copied into `host.lastIndex` before
 * each match and back after it.
 */
export class RegExpData {
  constructor(readonly host: RegExp) {}
}
