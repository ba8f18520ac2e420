/**
 * Python operators: truthiness, binary arithmetic (with reflected dunders), comparisons
 * (chained by the interpreter, one pair at a time here), `in`, `is`, unary operators.
 *
 * Hot paths first: int op int on TS numbers is a couple of typeof checks and the
 * overflow check of numbers.ts. Messages are CPython 3.14's (see tests/runtime/python).
 */
import type { BinaryOperator } from '../../ir/nodes';
import type { Pos } from '../../events/types';
import { setOperation, setOperationInPlace } from './set-algebra';
import { dictUpdate } from './constructors';
import { FunctionValue, None, PyDict, PyFloat, PyInstance, PySet, PyTuple, type Value } from '../values';
import { isSubclass, lookupMro } from './classes';
import { callDunder } from './calls';
import { taggedDictDunder } from './counter-algebra';
import { newSet } from './equality';
import { DONE, NotImplemented, PyDictView, PyRange } from './objects';
import {
  floatFloorDiv,
  floatMod,
  floatPow,
  intAdd,
  intBitwise,
  intFloorDiv,
  intMod,
  intMul,
  intNeg,
  intPow,
  intShift,
  intSub,
  intToFloat,
  intTrueDiv,
  weighIntOp,
  type PyIntValue,
} from './numbers';
import { percentFormat } from './percent';
import type { PyRuntime } from './state';
import { stepOf, toArray } from './iteration';
import { typeName, typeOf } from './types';
import { arrayFits, MAX_STRING_LENGTH, stringFits } from '../limits';

const DUNDER: Record<string, string> = {
  '+': 'add',
  '-': 'sub',
  '*': 'mul',
  '/': 'truediv',
  '//': 'floordiv',
  '%': 'mod',
  '**': 'pow',
  '@': 'matmul',
  '<<': 'lshift',
  '>>': 'rshift',
  '&': 'and',
  '|': 'or',
  '^': 'xor',
};

/** `bool(v)`. */
export function truthy(rt: PyRuntime, v: Value): boolean {
  switch (typeof v) {
    case 'boolean':
      return v;
    case 'number':
      return v !== 0;
    case 'string':
      return v.length > 0;
    case 'bigint':
      return v !== 0n;
    case 'undefined':
      return false;
  }
  if (v === null || v === None) return false;
  if (Array.isArray(v)) return v.length > 0;
  if (v instanceof PyInstance) return instanceTruthy(rt, v);
  if (v instanceof PyFloat) return v.v !== 0;
  if (v instanceof PyTuple) return v.items.length > 0;
  if (v instanceof PyDict) return v.entries.size > 0;
  if (v instanceof PySet) return v.entries.size > 0;
  if (v instanceof PyRange) return v.length > 0;
  if (v instanceof PyDictView) return v.dict.entries.size > 0;
  return true;
}

function instanceTruthy(rt: PyRuntime, v: PyInstance): boolean {
  if (lookupMro(v.cls, '__bool__') !== undefined) {
    const r = callDunder(rt, v, '__bool__', []);
    if (typeof r !== 'boolean') throw rt.error('TypeError', `__bool__ should return bool, returned ${typeName(rt, r)}`);
    return r;
  }
  if (lookupMro(v.cls, '__len__') !== undefined) {
    const r = callDunder(rt, v, '__len__', []);
    return r !== 0 && r !== false;
  }
  return true;
}

/** Python int operand (bool included) as number/bigint, or undefined. Non-integral TS numbers are floats. */
function intOperand(v: Value): PyIntValue | undefined {
  switch (typeof v) {
    case 'number':
      return Number.isInteger(v) ? v : undefined;
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  return undefined;
}

function floatOperand(rt: PyRuntime, v: Value): number | undefined {
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return intToFloat(rt, v);
  return undefined;
}

/** Sentinel: this operand pair is not handled by the built-in types. */
const NO = NotImplemented;

function intBinary(rt: PyRuntime, op: BinaryOperator, a: PyIntValue, b: PyIntValue): Value {
  // intPow weighs its own operands.
  if (op === '<<' || (op !== '**' && (typeof a === 'bigint' || typeof b === 'bigint'))) weighIntOp(rt, op, a, b);
  switch (op) {
    case '+':
      return intAdd(a, b);
    case '-':
      return intSub(a, b);
    case '*':
      return intMul(a, b);
    case '/':
      return new PyFloat(intTrueDiv(rt, a, b));
    case '//':
      return intFloorDiv(rt, a, b);
    case '%':
      return intMod(rt, a, b);
    case '**':
      return intPow(rt, a, b);
    case '<<':
      return intShift(rt, a, b, true);
    case '>>':
      return intShift(rt, a, b, false);
    case '&':
    case '|':
    case '^':
      return intBitwise(a, b, op);
  }
  return NO;
}

/** bool & | ^ bool stays a bool (bool.__and__ etc.). */
function boolBitwise(op: BinaryOperator, a: boolean, b: boolean): Value {
  if (op === '&') return a && b;
  if (op === '|') return a || b;
  if (op === '^') return a !== b;
  return NO;
}

function floatBinary(rt: PyRuntime, op: BinaryOperator, a: number, b: number): Value {
  switch (op) {
    case '+':
      return new PyFloat(a + b);
    case '-':
      return new PyFloat(a - b);
    case '*':
      return new PyFloat(a * b);
    case '/':
      if (b === 0) throw rt.error('ZeroDivisionError', 'division by zero');
      return new PyFloat(a / b);
    case '//':
      return new PyFloat(floatFloorDiv(rt, a, b));
    case '%':
      return new PyFloat(floatMod(rt, a, b));
    case '**':
      return floatPow(rt, a, b);
  }
  return NO;
}

function repeatCount(rt: PyRuntime, n: Value): number | undefined {
  const i = intOperand(n);
  if (i === undefined) return undefined;
  if (typeof i === 'bigint') {
    if (i < 0n) return 0;
    throw rt.error('OverflowError', "cannot fit 'int' into an index-sized integer");
  }
  return Math.max(0, i);
}

function repeatArray(rt: PyRuntime, a: readonly Value[], n: number): Value[] {
  if (a.length * n > 50_000_000) throw rt.error('MemoryError', '');
  const out: Value[] = [];
  for (let i = 0; i < n; i++) for (const x of a) out.push(x);
  return out;
}

/** The built-in types' own operator table; NO when the pair is not theirs. */
function builtinBinary(rt: PyRuntime, op: BinaryOperator, a: Value, b: Value): Value {
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    const r = boolBitwise(op, a, b);
    if (r !== NO) return r;
  }
  const ia = intOperand(a);
  if (ia !== undefined) {
    const ib = intOperand(b);
    if (ib !== undefined) return intBinary(rt, op, ia, ib);
  }
  const fa = floatOperand(rt, a);
  if (fa !== undefined) {
    const fb = floatOperand(rt, b);
    if (fb !== undefined) return floatBinary(rt, op, fa, fb);
  }
  if (typeof a === 'string') {
    if (op === '+') {
      if (typeof b === 'string') {
        // Past the string cap, CPython's MemoryError, not the host's (uncatchable) one.
        if (a.length + b.length > MAX_STRING_LENGTH) throw rt.error('MemoryError', '');
        return a + b;
      }
      throw rt.error('TypeError', `can only concatenate str (not "${typeName(rt, b)}") to str`);
    }
    if (op === '*') return seqRepeat(rt, a, b, (n) => a.repeat(n));
    if (op === '%') return percentFormat(rt, a, b);
    return NO;
  }
  if (Array.isArray(a)) {
    if (op === '+') {
      if (Array.isArray(b)) {
        if (!arrayFits(rt.realm.budget, a.length + b.length)) throw rt.error('MemoryError', '');
        return a.concat(b);
      }
      throw rt.error('TypeError', `can only concatenate list (not "${typeName(rt, b)}") to list`);
    }
    if (op === '*') return seqRepeat(rt, a, b, (n) => repeatArray(rt, a, n));
    return NO;
  }
  if (a instanceof PyTuple) {
    if (op === '+') {
      if (b instanceof PyTuple) {
        if (!arrayFits(rt.realm.budget, a.items.length + b.items.length)) throw rt.error('MemoryError', '');
        return new PyTuple([...a.items, ...b.items]);
      }
      throw rt.error('TypeError', `can only concatenate tuple (not "${typeName(rt, b)}") to tuple`);
    }
    if (op === '*') return seqRepeat(rt, a, b, (n) => new PyTuple(repeatArray(rt, a.items, n)));
    return NO;
  }
  if (op === '*' && (typeof b === 'string' || Array.isArray(b) || b instanceof PyTuple)) {
    // int * seq is seq * int; any other left operand gets "can't multiply sequence by non-int".
    return builtinBinary(rt, op, b, a);
  }
  if (a instanceof PySet && b instanceof PySet) return setBinary(rt, op, a, b);
  if (a instanceof PyDict && b instanceof PyDict && op === '|') {
    // An item set per item, a step each (constructors.ts dictUpdate).
    rt.realm.budget.charge(a.entries.size + b.entries.size);
    const d = new PyDict();
    for (const [k, e] of a.entries) d.entries.set(k, { key: e.key, value: e.value });
    for (const [k, e] of b.entries) {
      const old = d.entries.get(k);
      if (old) old.value = e.value;
      else d.entries.set(k, { key: e.key, value: e.value });
    }
    return d;
  }
  if (a instanceof PyDictView && a.kind !== 'values' && (b instanceof PySet || b instanceof PyDictView)) {
    return setBinary(rt, op, newSet(rt, iterValues(rt, a)), newSet(rt, iterValues(rt, b)));
  }
  return NO;
}

function* iterValues(rt: PyRuntime, v: Value): Generator<Value> {
  const step = stepOf(rt, v);
  for (let x = step(); x !== DONE; x = step()) yield x;
}

function seqRepeat(rt: PyRuntime, seq: Value, n: Value, make: (n: number) => Value): Value {
  const count = repeatCount(rt, n);
  if (count === undefined) {
    if (n instanceof PyInstance) return NO;
    throw rt.error('TypeError', `can't multiply sequence by non-int of type '${typeName(rt, n)}'`);
  }
  const length = typeof seq === 'string' ? seq.length : Array.isArray(seq) ? seq.length : seq instanceof PyTuple ? seq.items.length : 0;
  const total = length * Math.max(0, count);
  const fits = typeof seq === 'string' ? stringFits(rt.realm.budget, total) : arrayFits(rt.realm.budget, total);
  // CPython: a repeat whose size overflows is OverflowError, one it cannot allocate MemoryError.
  if (!fits) throw rt.error('MemoryError', '');
  return make(count);
}

function setBinary(rt: PyRuntime, op: BinaryOperator, a: PySet, b: PySet): Value {
  if (op !== '|' && op !== '&' && op !== '-' && op !== '^') return NO;
  const out = setOperation(rt.realm.budget, op, a, b);
  if (rt.frozen.has(a)) rt.frozen.add(out);
  return out;
}

function unsupportedBinary(rt: PyRuntime, op: BinaryOperator, a: Value, b: Value, augmented = false): never {
  // binary_iop names the augmented operator (`+=`, `**=`) in its message (Objects/abstract.c).
  const sym = augmented ? `${op}=` : op === '**' ? '** or pow()' : op;
  throw rt.error('TypeError', `unsupported operand type(s) for ${sym}: '${typeName(rt, a)}' and '${typeName(rt, b)}'`);
}

/** `a op b` (`augmented`: the fallback of `a op= b`, whose TypeError names `op=`). */
export function binary(rt: PyRuntime, op: BinaryOperator, a: Value, b: Value, loc?: Pos, augmented = false): Value {
  // Fast path: int op int on small numbers.
  if (typeof a === 'number' && typeof b === 'number' && Number.isInteger(a) && Number.isInteger(b)) {
    if (op === '+') {
      const r = a + b;
      if (Number.isSafeInteger(r)) return r;
    } else if (op === '-') {
      const r = a - b;
      if (Number.isSafeInteger(r)) return r;
    }
    const r = intBinary(rt, op, a, b);
    if (r !== NO) return r;
    return unsupportedBinary(rt, op, a, b, augmented);
  }
  if (a instanceof PyInstance || b instanceof PyInstance) {
    const r = dunderBinary(rt, op, a, b, loc);
    if (r !== NO) return r;
  } else if (op in DUNDER) {
    // A class deriving from a namedtuple may define the operator itself (namedtuple.ts).
    const name = DUNDER[op]!;
    if (userTupleOp(rt, a, `__${name}__`)) {
      const r = callDunder(rt, a, `__${name}__`, [b], loc);
      if (r !== undefined && r !== NO) return r;
    }
    if (userTupleOp(rt, b, `__r${name}__`)) {
      const r = callDunder(rt, b, `__r${name}__`, [a], loc);
      if (r !== undefined && r !== NO) return r;
    }
    // collections.Counter's multiset operators (counter-algebra.ts).
    if (taggedDictDunder(rt, a, `__${name}__`)) {
      const r = callDunder(rt, a, `__${name}__`, [b], loc);
      if (r !== undefined && r !== NO) return r;
    }
    const r = builtinBinary(rt, op, a, b);
    if (r !== NO) return r;
  }
  return unsupportedBinary(rt, op, a, b, augmented);
}

/** `v` is an instance of a tuple subclass whose class statement defines `dunder`. */
function userTupleOp(rt: PyRuntime, v: Value, dunder: string): boolean {
  if (!(v instanceof PyTuple)) return false;
  const cls = rt.tupleTypes.get(v);
  return cls !== undefined && lookupMro(cls, dunder) instanceof FunctionValue;
}

function dunderBinary(rt: PyRuntime, op: BinaryOperator, a: Value, b: Value, loc?: Pos): Value {
  const name = DUNDER[op];
  if (!name) return NO;
  if (!(a instanceof PyInstance)) {
    // A built-in left operand never handles an instance: try the reflected method, then let
    // the built-in table raise its own message ("can only concatenate str (not "A") to str").
    const r = callDunder(rt, b, `__r${name}__`, [a], loc);
    if (r !== undefined && r !== NO) return r;
    return builtinBinary(rt, op, a, b);
  }
  const ta = typeOf(rt, a);
  const tb = typeOf(rt, b);
  const reflectedFirst = tb !== ta && isSubclass(tb, ta) && lookupMro(tb, `__r${name}__`) !== undefined;
  if (reflectedFirst) {
    const r = callDunder(rt, b, `__r${name}__`, [a], loc);
    if (r !== undefined && r !== NO) return r;
  }
  const r = callDunder(rt, a, `__${name}__`, [b], loc);
  if (r !== undefined && r !== NO) return r;
  if (!reflectedFirst && ta !== tb) {
    const r2 = callDunder(rt, b, `__r${name}__`, [a], loc);
    if (r2 !== undefined && r2 !== NO) return r2;
  }
  return NO;
}

/** `a op= b`: lists, dicts and sets update in place (`__iadd__`...), everything else is `a op b`. */
export function inplace(rt: PyRuntime, op: BinaryOperator, a: Value, b: Value, loc?: Pos): Value {
  if (Array.isArray(a)) {
    // list.__iadd__ / __imul__, sized before the list grows (issue 10).
    if (op === '+') {
      const items = toArray(rt, b);
      if (!arrayFits(rt.realm.budget, a.length + items.length)) throw rt.error('MemoryError', '');
      for (const x of items) a.push(x);
      return a;
    }
    if (op === '*') {
      const n = repeatCount(rt, b);
      if (n !== undefined) {
        if (n > 0 && !arrayFits(rt.realm.budget, a.length * n)) throw rt.error('MemoryError', '');
        const copy = a.slice();
        a.length = 0;
        for (let i = 0; i < n; i++) for (const x of copy) a.push(x);
        return a;
      }
    }
  } else if (a instanceof PySet && b instanceof PySet && !rt.frozen.has(a)) {
    if (op === '|' || op === '&' || op === '-' || op === '^') {
      setOperationInPlace(rt.realm.budget, op, a, b);
      return a;
    }
  } else if (a instanceof PyDict && DUNDER[op] !== undefined && taggedDictDunder(rt, a, `__i${DUNDER[op]}__`)) {
    return callDunder(rt, a, `__i${DUNDER[op]}__`, [b], loc)!;
  } else if (a instanceof PyDict && op === '|') {
    // dict.__ior__ is dict.update: any mapping or iterable of pairs.
    dictUpdate(rt, a, b);
    return a;
  } else if (a instanceof PyInstance) {
    const name = DUNDER[op];
    if (name && lookupMro(a.cls, `__i${name}__`) !== undefined) {
      const r = callDunder(rt, a, `__i${name}__`, [b], loc);
      if (r !== NO) return r!;
    }
  }
  return binary(rt, op, a, b, loc, true);
}

/** Unary operators. */
export function unary(rt: PyRuntime, op: string, v: Value, loc?: Pos): Value {
  if (op === 'not') return !truthy(rt, v);
  const i = intOperand(v);
  if (i !== undefined) {
    if (op === '-') return intNeg(i);
    if (op === '+') return i;
    if (op === '~') return typeof i === 'number' && Math.abs(i) < 2 ** 31 ? ~i : intSub(intNeg(i), 1);
  }
  const f = floatOperand(rt, v);
  if (f !== undefined && typeof v !== 'bigint') {
    if (op === '-') return new PyFloat(-f);
    if (op === '+') return new PyFloat(f);
  }
  if (v instanceof PyInstance || v instanceof PyDict) {
    const name = op === '-' ? '__neg__' : op === '+' ? '__pos__' : op === '~' ? '__invert__' : '';
    if (name && (v instanceof PyDict ? taggedDictDunder(rt, v, name) : lookupMro(v.cls, name) !== undefined))
      return callDunder(rt, v, name, [], loc)!;
  }
  throw rt.error('TypeError', `bad operand type for unary ${op}: '${typeName(rt, v)}'`);
}
