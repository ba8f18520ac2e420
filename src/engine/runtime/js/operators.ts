/**
 * JS operators: §13.15.3 ApplyStringOrNumericBinaryOperator, §7.2.13 IsLessThan,
 * §7.2.14 IsLooselyEqual, §7.2.15 IsStrictlyEqual, §13.5 unary operators,
 * §13.10.2 InstanceofOperator, `in` (§13.10.1).
 *
 * The common cases (number ∘ number, string + string, string < string) are decided by a
 * `typeof` test and the host operator, before any conversion machinery runs: these are the
 * interpreter's hot paths. The host operators on numbers and strings ARE the spec's
 * Number::add / string-concatenation / Number::lessThan, so they are used directly.
 */
import type { BinaryOperator, CompareOperator } from '../../ir/nodes';
import type { Pos } from '../../events/types';
import { placeBudgetError } from '../../errors';
import { BoundMethod, FunctionValue, JSObject, NativeFunction, None, PyClass, PyFloat, PyInstance, type Value } from '../values';
import { type JsCtx, HAS_INSTANCE_KEY, isSymbol } from './context';
import { toNumeric, toNumber, toPrimitive, toPropertyKey, toStr, toBoolean, isPrimitive } from './convert';
import { getValue, hasProperty, isJsObj, protoOf } from './properties';
import { PrivateKey, privateIn } from './private-names';
import { MAX_STRING_LENGTH, weighBigIntOp } from '../limits';

function mixError(ctx: JsCtx): never {
  throw ctx.typeError('Cannot mix BigInt and other types, use explicit conversions');
}

function bigintOp(ctx: JsCtx, op: BinaryOperator, a: bigint, b: bigint): Value {
  // Weighed first (limits.ts): a huge product is V8's own RangeError at the run's cap, and
  // a long one costs steps, instead of one native call the budget cannot interrupt.
  if (!weighBigIntOp(ctx.realm.budget, op, a, b)) throw ctx.rangeError('Maximum BigInt size exceeded');
  switch (op) {
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      if (b === 0n) throw ctx.rangeError('Division by zero');
      return a / b;
    case '%':
      if (b === 0n) throw ctx.rangeError('Division by zero');
      return a % b;
    case '**':
      // Node 20's V8 words this with an unfilled message argument: `undefined must be positive`.
      if (b < 0n) throw ctx.rangeError('undefined must be positive');
      return a ** b;
    case '<<':
      return a << b;
    case '>>':
      return a >> b;
    case '>>>':
      throw ctx.typeError('BigInts have no unsigned right shift, use >> instead');
    case '&':
      return a & b;
    case '|':
      return a | b;
    case '^':
      return a ^ b;
    case '+':
      return a + b;
  }
  throw ctx.typeError(`Unsupported operator ${op}`);
}

function numberOp(op: BinaryOperator, a: number, b: number): Value {
  switch (op) {
    case '+':
      return a + b;
    case '-':
      return a - b;
    case '*':
      return a * b;
    case '/':
      return a / b;
    case '%':
      return a % b;
    case '**':
      return a ** b;
    case '<<':
      return a << b;
    case '>>':
      return a >> b;
    case '>>>':
      return a >>> b;
    case '&':
      return a & b;
    case '|':
      return a | b;
    case '^':
      return a ^ b;
  }
  return undefined;
}

/** A binary arithmetic/bitwise operator as JS code evaluates it. */
export function binary(ctx: JsCtx, op: BinaryOperator, a: Value, b: Value, loc?: Pos): Value {
  if (typeof a === 'number' && typeof b === 'number') {
    const r = numberOp(op, a, b);
    if (r !== undefined) return r;
  } else if (op === '+' && typeof a === 'string' && typeof b === 'string') {
    // The run's string cap (runtime/limits.ts), before V8's own limit is reached.
    if (a.length + b.length > MAX_STRING_LENGTH) throw ctx.rangeError('Invalid string length');
    return a + b;
  }
  if (op === '//' || op === '@') throw ctx.typeError(`Unsupported operator ${op}`);
  if (a instanceof PyFloat) a = a.v;
  if (b instanceof PyFloat) b = b.v;
  if (op === '+') {
    const pa = toPrimitive(ctx, a);
    const pb = toPrimitive(ctx, b);
    if (typeof pa === 'string' || typeof pb === 'string') {
      const sa = toStr(ctx, pa);
      const sb = toStr(ctx, pb);
      if (sa.length + sb.length > MAX_STRING_LENGTH) throw ctx.rangeError('Invalid string length');
      return sa + sb;
    }
    a = pa;
    b = pb;
  }
  const na = toNumeric(ctx, a);
  const nb = toNumeric(ctx, b);
  if (typeof na === 'bigint' || typeof nb === 'bigint') {
    if (typeof na !== 'bigint' || typeof nb !== 'bigint') mixError(ctx);
    try {
      return bigintOp(ctx, op, na, nb);
    } catch (e) {
      // A long product's steps (weighBigIntOp) are the operator's: a budget error is placed here.
      throw placeBudgetError(e, loc);
    }
  }
  return numberOp(op, na, nb);
}

/** §7.2.15 IsStrictlyEqual (PyFloat compares as the number it boxes). */
export function strictEquals(a: Value, b: Value): boolean {
  if (a === b) return typeof a !== 'number' || a === a;
  if (a instanceof PyFloat) return b instanceof PyFloat ? a.v === b.v : typeof b === 'number' && a.v === b;
  if (b instanceof PyFloat) return typeof a === 'number' && a === b.v;
  return false;
}

/** §7.2.11 SameValueZero (Map/Set keys, includes). */
export function sameValueZero(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || (a !== a && b !== b);
  return strictEquals(a, b);
}

/** §7.2.10 SameValue (Object.is). */
export function sameValue(a: Value, b: Value): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Object.is(a, b);
  return strictEquals(a, b);
}

function isObjectLike(v: Value): boolean {
  return v !== null && typeof v === 'object' && !isSymbol(v) && !(v instanceof PyFloat);
}

/** §7.2.14 IsLooselyEqual. Python None is a foreign object: `None == null` is false. */
export function looseEquals(ctx: JsCtx, a: Value, b: Value): boolean {
  if (a instanceof PyFloat) a = a.v;
  if (b instanceof PyFloat) b = b.v;
  const ta = typeof a;
  const tb = typeof b;
  if (ta === tb && ta !== 'object') return a === b;
  if (a === null || a === undefined) return b === null || b === undefined;
  if (b === null || b === undefined) return false;
  if (ta === 'object' && tb === 'object') {
    // Two symbols, or two objects: identity; a symbol and an object: ToPrimitive(object)
    // (§7.2.14 steps 11–12; a Symbol object `Object(sym)` equals its symbol).
    if ((isSymbol(a) && isSymbol(b)) || (isObjectLike(a) && isObjectLike(b))) return a === b;
  }
  if (ta === 'number' && tb === 'string') return a === Number(b);
  if (ta === 'string' && tb === 'number') return Number(a) === b;
  if (ta === 'bigint' && tb === 'string') {
    const n = stringToBigInt(b as string);
    return n !== undefined && a === n;
  }
  if (ta === 'string' && tb === 'bigint') return looseEquals(ctx, b, a);
  if (ta === 'boolean') return looseEquals(ctx, a ? 1 : 0, b);
  if (tb === 'boolean') return looseEquals(ctx, a, b ? 1 : 0);
  if (isObjectLike(b) && (ta === 'string' || ta === 'number' || ta === 'bigint' || isSymbol(a))) {
    return looseEquals(ctx, a, toPrimitive(ctx, b));
  }
  if (isObjectLike(a) && (tb === 'string' || tb === 'number' || tb === 'bigint' || isSymbol(b))) {
    return looseEquals(ctx, toPrimitive(ctx, a), b);
  }
  if ((ta === 'bigint' && tb === 'number') || (ta === 'number' && tb === 'bigint')) {
    const x = a as number | bigint;
    const y = b as number | bigint;
    if (typeof x === 'number' && !Number.isFinite(x)) return false;
    if (typeof y === 'number' && !Number.isFinite(y)) return false;
    return x == y;
  }
  return false;
}

function stringToBigInt(s: string): bigint | undefined {
  try {
    return BigInt(s.trim() === '' ? '0' : s);
  } catch (e) {
    // StringToBigInt (ECMA-262 §7.1.14) returns undefined where the host's BigInt throws a SyntaxError.
    if (e instanceof SyntaxError) return undefined;
    throw e;
  }
}

/** §7.2.13 IsLessThan; undefined means "NaN involved". */
function lessThan(ctx: JsCtx, x: Value, y: Value, leftFirst: boolean): boolean | undefined {
  let px: Value;
  let py: Value;
  if (leftFirst) {
    px = toPrimitive(ctx, x, 'number');
    py = toPrimitive(ctx, y, 'number');
  } else {
    py = toPrimitive(ctx, y, 'number');
    px = toPrimitive(ctx, x, 'number');
  }
  if (typeof px === 'string' && typeof py === 'string') return px < py;
  if (typeof px === 'bigint' && typeof py === 'string') {
    const ny = stringToBigInt(py);
    return ny === undefined ? undefined : px < ny;
  }
  if (typeof px === 'string' && typeof py === 'bigint') {
    const nx = stringToBigInt(px);
    return nx === undefined ? undefined : nx < py;
  }
  const nx = toNumeric(ctx, px);
  const ny = toNumeric(ctx, py);
  if (nx !== nx || ny !== ny) return undefined;
  return nx < ny;
}

/** Relational and equality operators, `in`, `instanceof`. */
export function compare(ctx: JsCtx, op: CompareOperator, a: Value, b: Value): Value {
  const ta = typeof a;
  if (ta === typeof b && (ta === 'number' || ta === 'string')) {
    switch (op) {
      case '<':
        return (a as number) < (b as number);
      case '<=':
        return (a as number) <= (b as number);
      case '>':
        return (a as number) > (b as number);
      case '>=':
        return (a as number) >= (b as number);
      case '===':
      case '==':
        return a === b;
      case '!==':
      case '!=':
        return a !== b;
    }
  }
  switch (op) {
    case '===':
    case 'is':
      return strictEquals(a, b);
    case '!==':
    case 'is not':
      return !strictEquals(a, b);
    case '==':
      return looseEquals(ctx, a, b);
    case '!=':
      return !looseEquals(ctx, a, b);
    case '<':
      return lessThan(ctx, a, b, true) === true;
    case '>':
      return lessThan(ctx, b, a, false) === true;
    case '<=': {
      const r = lessThan(ctx, b, a, false);
      return r === false;
    }
    case '>=': {
      const r = lessThan(ctx, a, b, true);
      return r === false;
    }
    case 'in':
      return inOperator(ctx, a, b);
    case 'not in':
      return !inOperator(ctx, a, b);
    case 'instanceof':
      return instanceOf(ctx, a, b);
  }
  throw ctx.typeError(`Unsupported operator ${String(op)}`);
}

/** `key in obj` (§13.10.1). */
export function inOperator(ctx: JsCtx, key: Value, obj: Value): boolean {
  if (key instanceof PrivateKey) return privateIn(ctx, key, obj);
  if (Array.isArray(obj) || isJsObj(obj)) {
    if (isSymbol(obj)) throw inError(ctx, key, obj);
    return hasProperty(ctx, obj, toPropertyKey(ctx, key));
  }
  if (obj !== null && typeof obj === 'object' && !(obj instanceof PyFloat)) {
    // A Python container: ask its own language (`'a' in pyDict`).
    return toBoolean(ctx.realm.py.compare('in', key, obj));
  }
  throw inError(ctx, key, obj);
}

function inError(ctx: JsCtx, key: Value, obj: Value) {
  const k = isSymbol(key) ? 'Symbol()' : toStr(ctx, key);
  return ctx.typeError(
    `Cannot use 'in' operator to search for '${k}' in ${isPrimitive(obj) ? String(obj instanceof JSObject ? 'Symbol()' : obj) : toStr(ctx, obj)}`,
  );
}

/** Is `proto` on the prototype chain of `v`? */
export function inheritsFrom(ctx: JsCtx, v: Value, proto: JSObject | FunctionValue | NativeFunction): boolean {
  let o: Value = v;
  if (Array.isArray(o)) {
    if (proto === ctx.intr.ArrayPrototype || proto === ctx.intr.ObjectPrototype) return true;
    return false;
  }
  if (!isJsObj(o)) return false;
  for (let p = protoOf(ctx, o); p !== null; p = protoOf(ctx, p)) if (p === proto) return true;
  return false;
}

/** §13.10.2 InstanceofOperator, also for Python classes (isinstance) on the right. */
export function instanceOf(ctx: JsCtx, v: Value, ctor: Value): boolean {
  if (ctor instanceof PyClass) {
    return v instanceof PyInstance && v.cls.mro.includes(ctor);
  }
  if (!isObjectLike(ctor) || Array.isArray(ctor)) throw ctx.typeError("Right-hand side of 'instanceof' is not an object");
  if (isJsObj(ctor)) {
    const hasInstance = getValue(ctx, ctor, HAS_INSTANCE_KEY);
    if (hasInstance !== undefined && hasInstance !== null && ctx.isCallable(hasInstance)) {
      return toBoolean(ctx.call(hasInstance, ctor, [v]));
    }
  }
  if (!ctx.isCallable(ctor)) throw ctx.typeError("Right-hand side of 'instanceof' is not callable");
  if (!isJsObj(ctor)) return false;
  const bound = ctx.boundTargets.get(ctor);
  if (bound !== undefined) return instanceOf(ctx, v, bound);
  if (isPrimitive(v) || v instanceof PyFloat || v === None) return false;
  const proto = getValue(ctx, ctor, 'prototype');
  if (!isJsObj(proto)) throw ctx.typeError(`Function has non-object prototype '${toStr(ctx, proto)}' in instanceof check`);
  return inheritsFrom(ctx, v, proto);
}

/** `typeof v` (§13.5.3): 'function' for callables of both languages, 'object' for null and None. */
export function typeOf(ctx: JsCtx, v: Value): string {
  const t = typeof v;
  if (t !== 'object') return t;
  if (v === null || Array.isArray(v)) return 'object';
  if (v instanceof JSObject) return isSymbol(v) ? 'symbol' : 'object';
  if (v instanceof FunctionValue || v instanceof NativeFunction || v instanceof BoundMethod || v instanceof PyClass) return 'function';
  if (v instanceof PyFloat) return 'number';
  return ctx.isCallable(v) ? 'function' : 'object';
}

export function unary(ctx: JsCtx, op: 'not' | '-' | '+' | '~' | 'typeof' | 'void', v: Value): Value {
  switch (op) {
    case 'not':
      return !toBoolean(v);
    case '-': {
      if (typeof v === 'number') return -v;
      const n = toNumeric(ctx, v);
      return -n;
    }
    case '+':
      return typeof v === 'number' ? v : toNumber(ctx, v);
    case '~': {
      const n = toNumeric(ctx, v);
      return typeof n === 'bigint' ? ~n : ~n;
    }
    case 'typeof':
      return typeOf(ctx, v);
    case 'void':
      return undefined;
  }
}
