/**
 * Python comparisons: ordering (`<`, `<=`, `>`, `>=` with reflected dunders), `==`/`!=`
 * with user `__eq__`/`__ne__`, `in` / `not in`, `is` / `is not`. Chains (`a < b < c`) are
 * split by the interpreter; each pair comes here.
 */
import type { CompareOperator } from '../../ir/nodes';
import type { Pos } from '../../events/types';
import { JSObject, None, PyClass, PyDict, PyInstance, PySet, PyTuple, type Value } from '../values';
import { isSubclass, lookupMro } from './classes';
import { callDunder } from './calls';
import { taggedDictDunder } from './counter-algebra';
import { hashKey, numericOf, pyEquals, sameOrEq } from './equality';
import { DONE, NotImplemented, PyDictView, PyRange } from './objects';
import { intCompare } from './numbers';
import { truthy } from './operators';
import type { PyRuntime } from './state';
import { stepOf } from './iteration';
import { typeName, typeOf } from './types';
import { isPyException } from './exceptions';
import { chargeVisit } from '../limits';
import { rangeContains } from './range';

const NO = NotImplemented;

type OrderOp = '<' | '<=' | '>' | '>=';
const SWAP: Record<OrderOp, OrderOp> = { '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
const ORDER_DUNDER: Record<OrderOp, string> = { '<': '__lt__', '>': '__gt__', '<=': '__le__', '>=': '__ge__' };

function cmpResult(op: string, c: number): boolean {
  switch (op) {
    case '<':
      return c < 0;
    case '<=':
      return c <= 0;
    case '>':
      return c > 0;
    default:
      return c >= 0;
  }
}

function notSupported(rt: PyRuntime, op: string, a: Value, b: Value): never {
  throw rt.error('TypeError', `'${op}' not supported between instances of '${typeName(rt, a)}' and '${typeName(rt, b)}'`);
}

/** Ordering `a op b` for op in < <= > >=. */
export function order(rt: PyRuntime, op: '<' | '<=' | '>' | '>=', a: Value, b: Value, loc?: Pos): Value {
  if (typeof a === 'number' && typeof b === 'number') return cmpResult(op, a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN);
  if (typeof a === 'string' && typeof b === 'string') return cmpResult(op, a < b ? -1 : a > b ? 1 : 0);
  if (a instanceof PyInstance || b instanceof PyInstance) {
    const ta = typeOf(rt, a);
    const tb = typeOf(rt, b);
    const swapped = SWAP[op];
    if (tb !== ta && isSubclass(tb, ta) && b instanceof PyInstance) {
      const r = callDunder(rt, b, ORDER_DUNDER[swapped], [a], loc);
      if (r !== undefined && r !== NO) return r;
    }
    if (a instanceof PyInstance) {
      const r = callDunder(rt, a, ORDER_DUNDER[op], [b], loc);
      if (r !== undefined && r !== NO) return r;
    }
    if (b instanceof PyInstance) {
      const r = callDunder(rt, b, ORDER_DUNDER[swapped], [a], loc);
      if (r !== undefined && r !== NO) return r;
    }
    notSupported(rt, op, a, b);
  }
  // collections.Counter's multiset comparisons (counter-algebra.ts).
  if (taggedDictDunder(rt, a, ORDER_DUNDER[op])) {
    const r = callDunder(rt, a, ORDER_DUNDER[op], [b], loc);
    if (r !== undefined && r !== NO) return r;
  }
  if (taggedDictDunder(rt, b, ORDER_DUNDER[SWAP[op]])) {
    const r = callDunder(rt, b, ORDER_DUNDER[SWAP[op]], [a], loc);
    if (r !== undefined && r !== NO) return r;
  }
  const c = compareBuiltin(rt, op, a, b);
  return c;
}

function compareBuiltin(rt: PyRuntime, op: '<' | '<=' | '>' | '>=', a: Value, b: Value): boolean {
  const na = numericOf(a);
  if (na !== undefined) {
    const nb = numericOf(b);
    if (nb !== undefined) return cmpResult(op, numCompare(na, nb));
    notSupported(rt, op, a, b);
  }
  if (Array.isArray(a) && Array.isArray(b)) return seqOrder(rt, op, a, b);
  if (a instanceof PyTuple && b instanceof PyTuple) return seqOrder(rt, op, a.items, b.items);
  if (a instanceof PySet && b instanceof PySet) {
    const sub = (x: PySet, y: PySet) => {
      chargeVisit(rt.realm.budget, x.entries.size);
      return [...x.entries.keys()].every((k) => y.entries.has(k));
    };
    switch (op) {
      case '<=':
        return sub(a, b);
      case '>=':
        return sub(b, a);
      case '<':
        return a.entries.size < b.entries.size && sub(a, b);
      default:
        return a.entries.size > b.entries.size && sub(b, a);
    }
  }
  notSupported(rt, op, a, b);
}

function numCompare(a: number | bigint, b: number | bigint): number {
  if (typeof a === 'number' && typeof b === 'number') return a < b ? -1 : a > b ? 1 : a === b ? 0 : NaN;
  if (typeof a === 'bigint' && typeof b === 'bigint') return intCompare(a, b);
  const n = (typeof a === 'number' ? a : b) as number;
  if (n !== n) return NaN;
  if (!Number.isFinite(n)) return typeof a === 'number' ? (n > 0 ? 1 : -1) : n > 0 ? -1 : 1;
  // Compare a bigint with a float exactly: the float's floor as bigint, then its fraction.
  const big = (typeof a === 'bigint' ? a : b) as bigint;
  const fl = BigInt(Math.floor(n));
  let c = big < fl ? -1 : big > fl ? 1 : n !== Math.floor(n) ? -1 : 0;
  if (typeof a === 'number') c = -c;
  return c;
}

function seqOrder(rt: PyRuntime, op: '<' | '<=' | '>' | '>=', a: readonly Value[], b: readonly Value[]): boolean {
  const n = Math.min(a.length, b.length);
  chargeVisit(rt.realm.budget, n);
  for (let i = 0; i < n; i++) {
    if (!sameOrEq(rt, a[i], b[i])) return truthy(rt, order(rt, op, a[i], b[i]));
  }
  return cmpResult(op, a.length - b.length);
}

/**
 * `item in list`: the items read live (an `__eq__` may change the list), the walk charged by
 * the items it compared (runtime/limits.ts chargeVisit), as a loop doing it would be: a loop of
 * `x in a` over a long list ran for minutes under a budget of a few steps a turn (issue 10).
 */
function seqContains(rt: PyRuntime, items: readonly Value[], item: Value): boolean {
  let i = 0;
  while (i < items.length && !sameOrEq(rt, items[i], item)) i++;
  chargeVisit(rt.realm.budget, i);
  return i < items.length;
}

/** `item in container`. */
export function contains(rt: PyRuntime, container: Value, item: Value, loc?: Pos): boolean {
  if (typeof container === 'string') {
    if (typeof item !== 'string') {
      throw rt.error('TypeError', `'in <string>' requires string as left operand, not ${typeName(rt, item)}`);
    }
    chargeVisit(rt.realm.budget, container.length);
    return container.includes(item);
  }
  if (Array.isArray(container)) return seqContains(rt, container, item);
  if (container instanceof PyTuple) return seqContains(rt, container.items, item);
  if (container instanceof PyClass && rt.enumMembers.has(container)) {
    // EnumType.__contains__ (3.12+): a member, or the value of one.
    return rt.enumMembers.get(container)!.some((m) => m === item || sameOrEq(rt, m.dict.get('_value_'), item));
  }
  if (container instanceof PyDict) return container.entries.has(hashKey(rt, item));
  if (container instanceof PySet) {
    // set_contains: an unhashable set is looked up as the equal frozenset.
    if (item instanceof PySet && !rt.frozen.has(item)) {
      const f = new PySet();
      for (const [k, v] of item.entries) f.entries.set(k, v);
      rt.frozen.add(f);
      return container.entries.has(hashKey(rt, f, 'set element'));
    }
    return container.entries.has(hashKey(rt, item, 'set element'));
  }
  if (container instanceof PyRange) return rangeContains(container, item);
  if (container instanceof PyDictView && container.kind === 'keys') return container.dict.entries.has(hashKey(rt, item));
  if (container instanceof PyInstance && lookupMro(container.cls, '__contains__') !== undefined) {
    return truthy(rt, callDunder(rt, container, '__contains__', [item], loc));
  }
  if (container instanceof JSObject) {
    throw rt.error('TypeError', `argument of type '${typeName(rt, container)}' is not a container or iterable`);
  }
  let step;
  try {
    step = stepOf(rt, container, loc);
  } catch (e) {
    // Objects/abstract.c _PySequence_IterSearch: only a TypeError from PyObject_GetIter becomes
    // "not a container or iterable"; anything else `__iter__` raises propagates as it is.
    if (isPyException(rt, e, 'TypeError')) {
      throw rt.error('TypeError', `argument of type '${typeName(rt, container)}' is not a container or iterable`);
    }
    throw e;
  }
  for (let x = step(); x !== DONE; x = step()) if (sameOrEq(rt, x, item)) return true;
  return false;
}

/** One comparison `a op b`. */
export function compare(rt: PyRuntime, op: CompareOperator, a: Value, b: Value, loc?: Pos): Value {
  switch (op) {
    case '==':
      if (a instanceof PyInstance || b instanceof PyInstance) return richEq(rt, a, b, loc, false);
      return pyEquals(rt, a, b);
    case '!=':
      if (a instanceof PyInstance || b instanceof PyInstance) return richEq(rt, a, b, loc, true);
      return !pyEquals(rt, a, b);
    case '<':
    case '<=':
    case '>':
    case '>=':
      return order(rt, op, a, b, loc);
    case 'in':
      return contains(rt, b, a, loc);
    case 'not in':
      return !contains(rt, b, a, loc);
    case 'is':
      return isSame(a, b);
    case 'is not':
      return !isSame(a, b);
  }
  throw rt.error('TypeError', `operator ${op} is not Python`);
}

/**
 * `is`: identity; ints, strings and booleans are values in this engine, so they compare by
 * value. JS null and undefined reaching Python code (a JS snippet calling the Python shim's
 * `clearTimeout(null)`) are JS's None: `x is None` holds for them.
 */
function isSame(a: Value, b: Value): boolean {
  if (a === b) return true;
  if (b === None) return a === null || a === undefined;
  if (a === None) return b === null || b === undefined;
  return false;
}

/** `==`/`!=` with user dunders (the result of `__eq__` is returned as is, like CPython). */
function richEq(rt: PyRuntime, a: Value, b: Value, loc: Pos | undefined, negate: boolean): Value {
  const name = negate ? '__ne__' : '__eq__';
  const tryCall = (x: Value, y: Value): Value => {
    if (!(x instanceof PyInstance)) return NO;
    const r = callDunder(rt, x, name, [y], loc);
    return r === undefined ? NO : r;
  };
  const ta = typeOf(rt, a);
  const tb = typeOf(rt, b);
  if (tb !== ta && isSubclass(tb, ta)) {
    const r = tryCall(b, a);
    if (r !== NO) return r;
  }
  let r = tryCall(a, b);
  if (r !== NO) return r;
  r = tryCall(b, a);
  if (r !== NO) return r;
  return negate ? a !== b : a === b;
}
