/**
 * Python `==`, hashing and dict/set keys.
 *
 * Dicts and sets are TS Maps (../values.ts) keyed by `hashKey(v)`: a TS primitive that is
 * equal exactly when the Python keys are equal — ints, bools and integral floats share a
 * number key (`{1: 'a'}[1.0]` and `{True: 1}[1]` hit one entry, as in CPython), strings are
 * themselves, tuples and frozensets get a structural string, and other objects are keyed
 * by identity. An instance of a class with its own `__hash__` is keyed by its hash and its
 * class of equal instances (`userHashKey`): instances with equal hashes are one key only
 * when `__eq__` says they are equal, as in CPython's dict lookup.
 */
import { BoundMethod, FunctionValue, None, PyDict, PyFloat, PyInstance, PySet, PyTuple, type Value } from '../values';
import { lookupMro } from './classes';
import { callDunder } from './calls';
import { taggedDictDunder } from './counter-algebra';
import { NotImplemented, PyDictView, PyRange } from './objects';
import type { PyRuntime } from './state';
import { normBig } from './numbers';
import { intHash, valueHash } from './hashing';
import { coreTypes, typeName } from './types';
import { chargeVisit, walkFits } from '../limits';
import { rangeKey, rangesEqual } from './range';

/** A numeric Python value (bool, int, float) as number/bigint, or undefined when not numeric. */
export function numericOf(v: Value): number | bigint | undefined {
  switch (typeof v) {
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  return v instanceof PyFloat ? v.v : undefined;
}

function numEq(a: number | bigint, b: number | bigint): boolean {
  if (typeof a === typeof b) return a === b;
  // bigint vs number: equal only when the number is integral and the same value.
  const n = (typeof a === 'number' ? a : b) as number;
  const big = (typeof a === 'bigint' ? a : b) as bigint;
  return Number.isInteger(n) && BigInt(n) === big;
}

/** `a == b` as a boolean (container equality uses `sameOrEq`). */
export function pyEquals(rt: PyRuntime, a: Value, b: Value): boolean {
  if (typeof a === 'string' || typeof b === 'string') return a === b;
  if (a === b) {
    // Identity implies equality except for NaN floats (a PyFloat NaN is never == itself).
    return !(a instanceof PyFloat && a.v !== a.v) && !(typeof a === 'number' && a !== a);
  }
  const na = numericOf(a);
  if (na !== undefined) {
    const nb = numericOf(b);
    if (nb !== undefined) return numEq(na, nb);
  }
  // JS null/undefined equal None (see operators.ts isSame).
  if (a === None || b === None) return a === null || a === undefined || b === null || b === undefined;
  if (a instanceof PyInstance || b instanceof PyInstance) return instanceEquals(rt, a, b);
  if (Array.isArray(a)) return Array.isArray(b) && seqEquals(rt, a, b);
  if (a instanceof PyTuple) return b instanceof PyTuple && seqEquals(rt, a.items, b.items);
  if (a instanceof PyDict) {
    // Two Counters compare with a missing key counting as zero (counter-algebra.ts).
    if (taggedDictDunder(rt, a, '__eq__')) {
      const r = callDunder(rt, a, '__eq__', [b]);
      if (r !== undefined && r !== NotImplemented) return r === true;
    }
    return b instanceof PyDict && dictEquals(rt, a, b);
  }
  if (a instanceof PySet) return (b instanceof PySet && setEquals(rt, a, b)) || (b instanceof PyDictView && viewEquals(rt, b, a));
  if (a instanceof PyDictView) return viewEquals(rt, a, b);
  if (a instanceof PyRange && b instanceof PyRange) return rangesEqual(a, b);
  if (a instanceof BoundMethod && b instanceof BoundMethod) return a.self === b.self && a.fn === b.fn;
  return false;
}

/** Containment and container equality: identity first, then `==` (PyObject_RichCompare with Py_EQ after `is`). */
export function sameOrEq(rt: PyRuntime, a: Value, b: Value): boolean {
  return a === b || pyEquals(rt, a, b);
}

/** dict_keys / dict_items compare like sets (with sets and with other views); dict_values only by identity. */
function viewEquals(rt: PyRuntime, v: PyDictView, other: Value): boolean {
  if (v.kind === 'values') return v === other;
  const asSet = (x: PyDictView) =>
    x.kind === 'keys'
      ? newSet(
          rt,
          [...x.dict.entries.values()].map((e) => e.key),
        )
      : newSet(
          rt,
          [...x.dict.entries.values()].map((e) => new PyTuple([e.key, e.value])),
        );
  const mine = asSet(v);
  if (other instanceof PySet) return setEquals(rt, mine, other);
  if (other instanceof PyDictView && other.kind !== 'values') return setEquals(rt, mine, asSet(other));
  return false;
}

function seqEquals(rt: PyRuntime, a: readonly Value[], b: readonly Value[]): boolean {
  if (a.length !== b.length) return false;
  // One visit of a walk (runtime/limits.ts): two lists nested 60 deep, each level holding the
  // level below twice, are 2**60 comparisons, in CPython too; here they meet the budget.
  chargeVisit(rt.realm.budget, a.length);
  for (let i = 0; i < a.length; i++) if (!sameOrEq(rt, a[i], b[i])) return false;
  return true;
}

function dictEquals(rt: PyRuntime, a: PyDict, b: PyDict): boolean {
  if (a.entries.size !== b.entries.size) return false;
  chargeVisit(rt.realm.budget, a.entries.size);
  for (const [k, e] of a.entries) {
    const o = b.entries.get(k);
    if (!o || !sameOrEq(rt, e.value, o.value)) return false;
  }
  return true;
}

function setEquals(rt: PyRuntime, a: PySet, b: PySet): boolean {
  if (a.entries.size !== b.entries.size) return false;
  chargeVisit(rt.realm.budget, a.entries.size);
  for (const k of a.entries.keys()) if (!b.entries.has(k)) return false;
  return true;
}

function instanceEquals(rt: PyRuntime, a: Value, b: Value): boolean {
  const r = callDunder(rt, a, '__eq__', [b]);
  if (r !== undefined && r !== NotImplemented) return truthyResult(rt, r);
  const r2 = callDunder(rt, b, '__eq__', [a]);
  if (r2 !== undefined && r2 !== NotImplemented) return truthyResult(rt, r2);
  return a === b;
}

/** A dunder's result used as a condition (simple truthiness for the common cases). */
function truthyResult(rt: PyRuntime, r: Value): boolean {
  if (typeof r === 'boolean') return r;
  return rt.realm.py.truthy(r);
}

// ---------------------------------------------------------------------------
// Hashing

export type KeyContext = 'dict key' | 'set element' | 'hash';

function unhashable(rt: PyRuntime, v: Value, ctx: KeyContext): never {
  const t = typeName(rt, v);
  if (ctx === 'hash') throw rt.error('TypeError', `unhashable type: '${t}'`);
  throw rt.error('TypeError', `cannot use '${t}' as a ${ctx} (unhashable type: '${t}')`);
}

/** The Map key of a Python value (see the header). Throws TypeError for unhashable values. */
export function hashKey(rt: PyRuntime, v: Value, ctx: KeyContext = 'dict key'): unknown {
  switch (typeof v) {
    case 'string':
    case 'number':
    case 'bigint':
      return v;
    case 'boolean':
      return v ? 1 : 0;
  }
  if (v instanceof PyFloat) {
    const x = v.v;
    if (x !== x) return v; // NaN: identity, as CPython hashes NaN by object id
    return Number.isInteger(x) && !Number.isSafeInteger(x) ? BigInt(x) : x;
  }
  if (v === None || v === undefined || v === null) return v;
  if (v instanceof PyRange) return rangeKey(v);
  if (v instanceof PyTuple) {
    // One visit of a walk (runtime/limits.ts): a tuple shared at every level of a deep
    // nesting is keyed once per path, and its key past the string cap is a MemoryError.
    const key = 'T\u0001(' + v.items.map((x) => keyText(rt, x, ctx)).join(',') + ')';
    if (!walkFits(rt.realm.budget, key.length)) throw rt.error('MemoryError', '');
    return key;
  }
  if (Array.isArray(v) || v instanceof PyDict) unhashable(rt, v, ctx);
  if (v instanceof PySet) {
    if (!rt.frozen.has(v)) unhashable(rt, v, ctx);
    return (
      'F\u0001{' +
      [...v.entries.keys()]
        .map((k) => keyText(rt, k as Value, ctx))
        .sort()
        .join(',') +
      '}'
    );
  }
  if (v instanceof PyInstance) {
    const mixed = rt.mixedEnumValues.get(v);
    if (mixed !== undefined) return hashKey(rt, mixed, ctx);
    const h = lookupMro(v.cls, '__hash__');
    if (h === None) unhashable(rt, v, ctx);
    if (h !== undefined && h !== coreTypes(rt).object.dict.get('__hash__')) return userHashKey(rt, v);
    return v;
  }
  if (v instanceof BoundMethod) return 'M\u0001' + rt.address(v.self as object) + ':' + rt.address(v.fn);
  return v;
}

/**
 * The key of an instance whose class defines `__hash__`. `__hash__` is called every time, as
 * CPython calls it at every lookup. Instances with one hash are told apart by `==`, the
 * first instance met of each class of equal ones on the left (CPython compares the stored
 * key with the looked-up one): `{K(1): 'a', K(2): 'b'}` with a constant `__hash__` has two
 * keys, and `K(3) in d` is False. The key was the hash alone, and the two were one entry.
 *
 * The classes are the run's, not each container's, so that one key stands for one value
 * in every dict and set (set algebra and dict views compare the keys of two containers).
 * So `__eq__` runs where an equal hash was met anywhere in the run, where CPython calls it
 * only when the container at hand holds one (a printing `__eq__` shows the difference).
 * To keep that to instances that could share a container's key, only instances compared by
 * one `__eq__` function are compared: `User(1)` and `Order(1)`, both hashing as their id,
 * are never compared (an `__eq__` reading `other.name` would raise where CPython, holding
 * them in two dicts, never calls it). Instances whose classes compare with two different
 * `__eq__` functions are never one key, where CPython's `==` could make them one.
 *
 * The first instance of each class is kept for the run, so what is compared with what never
 * depends on when the host collects garbage. An instance met before under the same hash
 * keeps its key without another comparison.
 */
function userHashKey(rt: PyRuntime, v: PyInstance): string {
  const hash = String(userHash(rt, v));
  const known = rt.hashKeyOf.get(v);
  if (known !== undefined && known.hash === hash) return known.key;
  const eq = lookupMro(v.cls, '__eq__');
  let scope = rt.hashClasses.get(eq);
  if (scope === undefined) rt.hashClasses.set(eq, (scope = { scope: rt.hashClasses.size, byHash: new Map() }));
  let classes = scope.byHash.get(hash);
  if (classes === undefined) scope.byHash.set(hash, (classes = []));
  for (const c of classes) {
    // Each comparison is a step: a constant __hash__ compares a new instance with every class.
    chargeVisit(rt.realm.budget, 0);
    if (c.rep === v || instanceEquals(rt, c.rep, v)) {
      rt.hashKeyOf.set(v, { hash, key: c.key });
      return c.key;
    }
  }
  const key = `H\u0001${hash}@${scope.scope}#${classes.length}`;
  classes.push({ rep: v, key });
  rt.hashKeyOf.set(v, { hash, key });
  return key;
}

/** A nested key as text, for tuple/frozenset keys. */
function keyText(rt: PyRuntime, v: Value, ctx: KeyContext): string {
  const k = hashKey(rt, v, ctx);
  switch (typeof k) {
    case 'number':
      return 'n' + String(k);
    case 'bigint':
      return 'n' + k.toString();
    case 'string':
      return 's' + JSON.stringify(k);
  }
  if (k === None) return 'None';
  return 'o' + rt.address(k as object);
}

/** `hash(v)` (64-bit CPython values for ints; stable deterministic values for the rest). */
/**
 * What `hash()` gives for an instance whose class defines `__hash__` (typeobject.c
 * `slot_tp_hash`): its int, or, past a machine word, that int's own hash; -1 is -2, and
 * anything but an int is a TypeError.
 */
function userHash(rt: PyRuntime, v: PyInstance): number | bigint {
  const r = callDunder(rt, v, '__hash__', []);
  if (typeof r === 'boolean') return r ? 1 : 0;
  if (typeof r === 'number' && Number.isInteger(r)) return r === -1 ? -2 : r;
  if (typeof r === 'bigint') {
    if (r >= -(1n << 63n) && r < 1n << 63n) return normBig(r === -1n ? -2n : r);
    return normBig(intHash(r));
  }
  throw rt.error('TypeError', '__hash__ method should return an integer');
}

export function hashOf(rt: PyRuntime, v: Value): number | bigint {
  if (v instanceof PyInstance) {
    const h = lookupMro(v.cls, '__hash__');
    if (h !== undefined && h !== None && h !== coreTypes(rt).object.dict.get('__hash__')) return userHash(rt, v);
  }
  const k = hashKey(rt, v, 'hash');
  const exact = valueHash(v);
  if (exact !== undefined) return normBig(exact);
  if (typeof k === 'number') {
    if (Number.isInteger(k)) return k === -1 ? -2 : k;
    return fnv(String(k));
  }
  if (typeof k === 'bigint') {
    const m = (1n << 61n) - 1n;
    let r = (k < 0n ? -k : k) % m;
    if (k < 0n) r = -r;
    return normBig(r === -1n ? -2n : r);
  }
  if (typeof k === 'string') return fnv(k);
  if (v instanceof PyInstance || v instanceof FunctionValue || typeof k === 'object') {
    return Math.floor(rt.address(k as object) / 16);
  }
  return 0;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

// ---------------------------------------------------------------------------
// dict / set storage helpers

export function dictGet(rt: PyRuntime, d: PyDict, key: Value): Value | undefined {
  return d.entries.get(hashKey(rt, key))?.value;
}

export function dictSet(rt: PyRuntime, d: PyDict, key: Value, value: Value): void {
  const k = hashKey(rt, key);
  const e = d.entries.get(k);
  // An existing entry keeps its original key object (d[1.0] = x keeps key 1), as CPython.
  if (e) e.value = value;
  else d.entries.set(k, { key, value });
}

export function setAdd(rt: PyRuntime, s: PySet, v: Value): void {
  const k = hashKey(rt, v, 'set element');
  if (!s.entries.has(k)) s.entries.set(k, v);
}

export function newDict(rt: PyRuntime, entries: Iterable<[Value, Value]>): PyDict {
  const d = new PyDict();
  for (const [k, v] of entries) dictSet(rt, d, k, v);
  return d;
}

export function newSet(rt: PyRuntime, items: Iterable<Value>): PySet {
  const s = new PySet();
  for (const v of items) setAdd(rt, s, v);
  return s;
}
