/**
 * ECMA-262 §7.1 type conversions: ToPrimitive, ToBoolean, ToNumber, ToNumeric, ToString,
 * ToPropertyKey, ToInt32/ToUint32, ToIntegerOrInfinity, ToLength.
 *
 * Number → String is the host's `String(n)`: V8 implements exactly Number::toString
 * (§6.1.6.1.20), so there is nothing to re-derive. String → Number likewise uses the
 * host's `Number(s)` (StringToNumber, §7.1.4.1.1): both are data conversions, not eval.
 *
 * Foreign (Python) values: JS treats them as objects it did not create. ToPrimitive of a
 * Python value is its Python `str()` (None → 'None', so `None + 1` is 'None1'), except:
 *  - PyFloat unboxes to its number (a Python float is a JS number in disguise).
 * A Python exception converts to its `str()` too: a JS snippet under a Python model meets
 * shims/js.py's Error, and its line-by-line twin writes `${e}` as f"{e}" and `String(e)` as
 * `str(e)`, which CPython prints as the bare message (`caught disk full`, not `caught Error:
 * disk full`; tests/cases/cross/error_to_string.js, issue 10). An uncaught one is still
 * summarised as `Type: message` (errorSummary), the conformance shape.
 * ToBoolean of Python None is false (None is the value that plays `null` when Python code
 * hands it to JS); every other Python value is an object and therefore truthy.
 */
import { JSObject, None, PyFloat, PyInstance, type Value } from '../values';
import { type JsCtx, isSymbol, SymbolData, TO_PRIMITIVE_KEY } from './context';
import { getValue, isJsObj } from './properties';
import { MAX_ARGUMENT_LIST, MAX_CALL_ARGUMENTS } from '../limits';

export type Hint = 'default' | 'number' | 'string';

/** Is this a JS primitive (symbols included)? */
export function isPrimitive(v: Value): boolean {
  return v === null || typeof v !== 'object' || isSymbol(v);
}

/** A Python exception instance (its class derives from BaseException). */
export function isPyException(v: Value): v is PyInstance {
  return v instanceof PyInstance && v.cls.mro.some((c) => c.name === 'BaseException');
}

/** How JS code sees a Python value as a string (see the header). */
export function foreignToString(ctx: JsCtx, v: Value): string {
  if (v === None) return 'None';
  if (v instanceof PyFloat) return String(v.v);
  return ctx.realm.py.display(v);
}

function isForeign(v: Value): boolean {
  return (
    v !== null &&
    typeof v === 'object' &&
    !Array.isArray(v) &&
    !(v instanceof JSObject) &&
    !('lang' in v && (v as { lang: string }).lang === 'js')
  );
}

/** §7.1.1 ToPrimitive. */
export function toPrimitive(ctx: JsCtx, v: Value, hint: Hint = 'default'): Value {
  if (v === null || typeof v !== 'object') return v;
  if (v instanceof PyFloat) return v.v;
  if (isSymbol(v)) return v;
  if (isForeign(v)) return foreignToString(ctx, v);
  const exotic = getValue(ctx, v, TO_PRIMITIVE_KEY);
  if (exotic !== undefined && exotic !== null) {
    if (!ctx.isCallable(exotic)) throw ctx.typeError(`${String(toStr(ctx, exotic))} is not a function`);
    const r = ctx.call(exotic, v, [hint]);
    if (isPrimitive(r)) return r;
    throw ctx.typeError('Cannot convert object to primitive value');
  }
  const order = hint === 'string' ? ['toString', 'valueOf'] : ['valueOf', 'toString'];
  for (const name of order) {
    const m = getValue(ctx, v, name);
    if (ctx.isCallable(m)) {
      const r = ctx.call(m, v, []);
      if (isPrimitive(r)) return r;
    }
  }
  throw ctx.typeError('Cannot convert object to primitive value');
}

/** §7.1.2 ToBoolean (plus Python None, see the header). */
export function toBoolean(v: Value): boolean {
  if (v === true) return true;
  if (v === false || v === undefined || v === null) return false;
  switch (typeof v) {
    case 'number':
      return v !== 0 && v === v;
    case 'string':
      return v !== '';
    case 'bigint':
      return v !== 0n;
  }
  if (v instanceof PyFloat) return v.v !== 0 && v.v === v.v;
  return v !== None;
}

/** §7.1.4 ToNumber. */
export function toNumber(ctx: JsCtx, v: Value): number {
  switch (typeof v) {
    case 'number':
      return v;
    case 'string':
      return Number(v);
    case 'boolean':
      return v ? 1 : 0;
    case 'undefined':
      return NaN;
    case 'bigint':
      throw ctx.typeError('Cannot convert a BigInt value to a number');
  }
  if (v === null) return 0;
  if (v instanceof PyFloat) return v.v;
  if (isSymbol(v)) throw ctx.typeError('Cannot convert a Symbol value to a number');
  return toNumber(ctx, toPrimitive(ctx, v, 'number'));
}

/** §7.1.3 ToNumeric: a number or a bigint. */
export function toNumeric(ctx: JsCtx, v: Value): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  const p = toPrimitive(ctx, v, 'number');
  if (typeof p === 'bigint') return p;
  return toNumber(ctx, p);
}

/** §7.1.17 ToString. */
export function toStr(ctx: JsCtx, v: Value): string {
  switch (typeof v) {
    case 'string':
      return v;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(v);
    case 'undefined':
      return 'undefined';
  }
  if (v === null) return 'null';
  if (v instanceof PyFloat) return String(v.v);
  if (isSymbol(v)) throw ctx.typeError('Cannot convert a Symbol value to a string');
  if (isForeign(v)) return foreignToString(ctx, v);
  return toStr(ctx, toPrimitive(ctx, v, 'string'));
}

/** §7.1.19 ToPropertyKey. */
export function toPropertyKey(ctx: JsCtx, v: Value): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v instanceof JSObject && v.internal instanceof SymbolData) return v.internal.key;
  const p = toPrimitive(ctx, v, 'string');
  if (p instanceof JSObject && p.internal instanceof SymbolData) return p.internal.key;
  return toStr(ctx, p);
}

export function toInt32(ctx: JsCtx, v: Value): number {
  return (typeof v === 'number' ? v : toNumber(ctx, v)) | 0;
}

export function toUint32(ctx: JsCtx, v: Value): number {
  return (typeof v === 'number' ? v : toNumber(ctx, v)) >>> 0;
}

/** §7.1.5 ToIntegerOrInfinity. */
export function toIntegerOrInfinity(ctx: JsCtx, v: Value): number {
  const n = typeof v === 'number' ? v : toNumber(ctx, v);
  if (n !== n || n === 0) return 0;
  return Math.trunc(n);
}

/** §7.1.20 ToLength. */
export function toLength(ctx: JsCtx, v: Value): number {
  const n = toIntegerOrInfinity(ctx, v);
  return n <= 0 ? 0 : Math.min(n, Number.MAX_SAFE_INTEGER);
}

/** A relative index argument (slice, splice, at...) resolved against `len`. */
export function relativeIndex(ctx: JsCtx, v: Value, len: number, dflt: number): number {
  if (v === undefined) return dflt;
  const n = toIntegerOrInfinity(ctx, v);
  if (n < 0) return Math.max(len + n, 0);
  return Math.min(n, len);
}

/**
 * CreateListFromArrayLike (§7.3.18) for the arguments of `apply` / `Reflect.apply` /
 * `Reflect.construct`: the length is checked before any element is read, as V8 does, against
 * V8's list limit and then the call's argument limit (runtime/limits.ts).
 */
export function argumentList(ctx: JsCtx, v: Value): Value[] {
  if (!Array.isArray(v) && !isJsObj(v)) throw ctx.typeError('CreateListFromArrayLike called on non-object');
  const len = Array.isArray(v) ? v.length : toLength(ctx, getValue(ctx, v, 'length'));
  if (len > MAX_ARGUMENT_LIST) throw ctx.rangeError('Invalid array length');
  if (len > MAX_CALL_ARGUMENTS) throw ctx.rangeError('Maximum call stack size exceeded');
  if (Array.isArray(v)) return v.slice();
  const out: Value[] = [];
  for (let i = 0; i < len; i++) out.push(getValue(ctx, v, String(i)));
  return out;
}
