/**
 * Host state (`JSObject.internal`) of built-in JS objects: the spec's internal slots
 * ([[MapData]], [[SetData]], [[ErrorData]], [[DateValue]], iterator state). Kept in one
 * file so that inspect, iteration and the builtins agree on them without import cycles.
 */
import { PyFloat, type Value } from '../values';

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
