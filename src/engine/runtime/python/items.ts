/**
 * Subscription: `obj[key]`, `obj[key] = v`, `del obj[key]`, slices and `len()`.
 *
 * Indices follow CPython: negative indices count from the end, slices are clamped by
 * PySlice_AdjustIndices, a zero step is `ValueError: slice step cannot be zero`.
 * Strings index by code point when they contain astral characters (see iteration.ts).
 */
import type { Pos } from '../../events/types';
import { Thrown } from '../thrown';
import { FunctionValue, JSObject, NativeFunction, None, PyClass, PyDict, PyInstance, PySet, PyTuple, type Value } from '../values';
import { lookupMro } from './classes';
import { callDunder } from './calls';
import { dictSet, hashKey } from './equality';
import { toArray } from './iteration';
import { arrayFits, chargeVisit } from '../limits';
import { PyDictView, PyRange, PySlice } from './objects';
import type { PyRuntime } from './state';
import { typeName } from './types';
import { rangeItem, rangeLen, rangeSlice } from './range';

const ASTRAL = /[\uD800-\uDBFF]/;

/**
 * The string last looked at and its code points (undefined when it has no astral character).
 * `s[i]` and `len(s)` look at the whole string to count by code point; a loop of
 * `for i in range(len(s)): s[i]` asks about one string over and over, and looking afresh each
 * time made it quadratic: minutes for a 4 MB string, where CPython takes a second (issue 10).
 * Strings are immutable, so the answer for the last one holds while it is asked about again.
 */
let lastText = '';
const ASTRAL_CACHE_MAX = 2 ** 20;
let lastPoints: readonly string[] | undefined;

/** Code points of a string (only materialised when the string has astral characters). Read only. */
export function codePoints(s: string): readonly string[] | undefined {
  if (s === lastText) return lastPoints;
  const points = ASTRAL.test(s) ? Array.from(s) : undefined;
  // A long astral string's array (8 bytes an item) is not kept alive between runs.
  if (points === undefined || points.length <= ASTRAL_CACHE_MAX) {
    lastText = s;
    lastPoints = points;
  }
  return points;
}

/** `len(s)` in code points. */
export function strLen(s: string): number {
  return codePoints(s)?.length ?? s.length;
}

/** An int index operand (bools count), or undefined. */
function indexOf(v: Value): number | undefined {
  if (typeof v === 'number') return Number.isInteger(v) ? v : undefined;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') return Number(v);
  return undefined;
}

function sliceIndex(rt: PyRuntime, v: Value): number | undefined {
  if (v === None || v === undefined) return undefined;
  const i = indexOf(v);
  if (i === undefined) throw rt.error('TypeError', 'slice indices must be integers or None or have an __index__ method');
  return i;
}

/** [start, stop, step, count] for a slice over a sequence of `length` (PySlice_AdjustIndices). */
export function sliceIndices(rt: PyRuntime, s: PySlice, length: number): [number, number, number, number] {
  const stepV = sliceIndex(rt, s.step);
  const step = stepV ?? 1;
  if (step === 0) throw rt.error('ValueError', 'slice step cannot be zero');
  let start = sliceIndex(rt, s.start);
  let stop = sliceIndex(rt, s.stop);
  if (start === undefined) start = step < 0 ? length - 1 : 0;
  else {
    if (start < 0) start += length;
    if (start < 0) start = step < 0 ? -1 : 0;
    else if (start >= length) start = step < 0 ? length - 1 : length;
  }
  if (stop === undefined) stop = step < 0 ? -1 : length;
  else {
    if (stop < 0) stop += length;
    if (stop < 0) stop = step < 0 ? -1 : 0;
    else if (stop >= length) stop = step < 0 ? length - 1 : length;
  }
  let count = 0;
  if (step < 0) {
    if (stop < start) count = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) count = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, count];
}

/**
 * `s[i:j:k]` with a step other than 1, for a string without astral characters: its UTF-16 units
 * gathered into one buffer and made a string a chunk at a time. Appending them one by one made
 * `s[::-1]` of a 4 MB string take over a second, ten times this (issue 10).
 */
function steppedSlice(s: string, start: number, step: number, count: number): string {
  const units = new Uint16Array(count);
  for (let i = 0, j = start; i < count; i++, j += step) units[i] = s.charCodeAt(j);
  let out = '';
  for (let k = 0; k < count; k += SLICE_CHUNK) out += String.fromCharCode(...units.subarray(k, k + SLICE_CHUNK));
  return out;
}

/** UTF-16 units per String.fromCharCode call (its arguments go on the stack). */
const SLICE_CHUNK = 8192;

/** `a[i:j:k]`, its copying charged to the step budget (a loop of `a[::-1]` met none: issue 10). */
function sliceArray<T>(rt: PyRuntime, a: readonly T[], s: PySlice): T[] {
  const [start, , step, count] = sliceIndices(rt, s, a.length);
  chargeVisit(rt.realm.budget, count);
  if (step === 1) return a.slice(start, start + count);
  const out: T[] = [];
  for (let i = 0, j = start; i < count; i++, j += step) {
    // sliceIndices keeps every index inside the array; a hole would be a bug.
    const v = a[j];
    if (v !== undefined) out.push(v);
  }
  return out;
}

function badIndex(rt: PyRuntime, what: string, key: Value, strStyle = false): never {
  if (what === 'range object') what = 'range';
  if (strStyle) throw rt.error('TypeError', `string indices must be integers, not '${typeName(rt, key)}'`);
  throw rt.error('TypeError', `${what} indices must be integers or slices, not ${typeName(rt, key)}`);
}

/**
 * An index past a 64-bit CPython's Py_ssize_t: list, tuple and str say so (PyNumber_AsSsize_t
 * with IndexError) before they look at the length; a range compares it as an int.
 */
function checkIndexSized(rt: PyRuntime, key: Value): void {
  if (typeof key === 'bigint' && (key > 0x7fffffffffffffffn || key < -0x8000000000000000n)) {
    throw rt.error('IndexError', "cannot fit 'int' into an index-sized integer");
  }
}

function seqIndex(rt: PyRuntime, key: Value, length: number, what: string, strStyle = false): number {
  const i = indexOf(key);
  if (i === undefined) badIndex(rt, what, key, strStyle);
  if (what !== 'range object') checkIndexSized(rt, key);
  const j = i < 0 ? i + length : i;
  if (j < 0 || j >= length) throw rt.error('IndexError', `${what} index out of range`);
  return j;
}

export function keyError(rt: PyRuntime, key: Value): Thrown {
  return new Thrown(rt.newException(rt.cls('KeyError'), [key]));
}

function isJs(v: Value): boolean {
  return (
    v === undefined ||
    v === null ||
    v instanceof JSObject ||
    ((v instanceof FunctionValue || v instanceof NativeFunction) && v.lang === 'js')
  );
}

/** `obj[key]`. */
export function getItem(rt: PyRuntime, obj: Value, key: Value, loc?: Pos): Value {
  if (Array.isArray(obj)) {
    if (key instanceof PySlice) return sliceArray(rt, obj, key);
    return obj[seqIndex(rt, key, obj.length, 'list')];
  }
  if (obj instanceof PyDict) {
    const e = obj.entries.get(hashKey(rt, key));
    if (e === undefined) {
      const missing = rt.dictMissing.get(obj);
      if (missing) return missing(key);
      throw keyError(rt, key);
    }
    return e.value;
  }
  if (typeof obj === 'string') {
    const cps = codePoints(obj);
    if (key instanceof PySlice) {
      if (cps) return sliceArray(rt, cps, key).join('');
      const [start, , step, count] = sliceIndices(rt, key, obj.length);
      if (step === 1) return obj.slice(start, start + count);
      chargeVisit(rt.realm.budget, count);
      return steppedSlice(obj, start, step, count);
    }
    if (cps) return cps[seqIndex(rt, key, cps.length, 'string', true)];
    return obj[seqIndex(rt, key, obj.length, 'string', true)];
  }
  if (obj instanceof PyTuple) {
    if (key instanceof PySlice) return new PyTuple(sliceArray(rt, obj.items, key));
    return obj.items[seqIndex(rt, key, obj.items.length, 'tuple')];
  }
  if (obj instanceof PyRange) {
    if (key instanceof PySlice) return rangeSlice(rt, obj, key);
    // Bounds and index as doubles when they are exact; any size through range.ts.
    if (!obj.big && typeof key === 'number' && Number.isInteger(key)) return obj.at(seqIndex(rt, key, obj.length, 'range object'));
    return rangeItem(rt, obj, key);
  }
  if (obj instanceof PyInstance && lookupMro(obj.cls, '__getitem__') !== undefined) {
    return callDunder(rt, obj, '__getitem__', [key], loc)!;
  }
  if (obj instanceof PyClass && rt.enumMembers.has(obj)) {
    // EnumType.__getitem__: a member by name.
    const m = rt.enumMembers.get(obj)!.find((x) => x.dict.get('_name_') === key);
    if (m === undefined) throw keyError(rt, key);
    return m;
  }
  if (obj instanceof PyClass) {
    // `list[int]`, `dict[str, int]` in annotations: a generic alias; the class stands in for it.
    if (!rt.userClasses.has(obj) || lookupMro(obj, '__class_getitem__') === undefined) return obj;
  }
  if (isJs(obj)) return rt.realm.js.getItem(obj, key, loc);
  throw rt.error('TypeError', `'${typeName(rt, obj)}' object is not subscriptable`);
}

/** `obj[key] = value`. */
export function setItem(rt: PyRuntime, obj: Value, key: Value, value: Value, loc?: Pos): void {
  if (Array.isArray(obj)) {
    if (key instanceof PySlice) {
      assignSlice(rt, obj, key, value);
      return;
    }
    const i = indexOf(key);
    if (i === undefined) badIndex(rt, 'list', key);
    checkIndexSized(rt, key);
    const j = i < 0 ? i + obj.length : i;
    if (j < 0 || j >= obj.length) throw rt.error('IndexError', 'list assignment index out of range');
    obj[j] = value;
    return;
  }
  if (obj instanceof PyDict) {
    dictSet(rt, obj, key, value);
    return;
  }
  if (obj instanceof PyInstance && lookupMro(obj.cls, '__setitem__') !== undefined) {
    callDunder(rt, obj, '__setitem__', [key, value], loc);
    return;
  }
  if (isJs(obj)) {
    rt.realm.js.setItem(obj, key, value, loc);
    return;
  }
  throw rt.error('TypeError', `'${typeName(rt, obj)}' object does not support item assignment`);
}

function assignSlice(rt: PyRuntime, a: Value[], s: PySlice, value: Value): void {
  const items = toArray(rt, value);
  const [start, , step, count] = sliceIndices(rt, s, a.length);
  if (step === 1) {
    // Sized first, and spliced element by element: a host spread of a long list throws a
    // RangeError past the host's argument limit (issue 10).
    if (!arrayFits(rt.realm.budget, a.length - count + items.length)) throw rt.error('MemoryError', '');
    const tail = a.slice(start + count);
    a.length = start;
    for (const x of items) a.push(x);
    for (const x of tail) a.push(x);
    return;
  }
  if (items.length !== count) {
    throw rt.error('ValueError', `attempt to assign sequence of size ${items.length} to extended slice of size ${count}`);
  }
  for (let i = 0, j = start; i < count; i++, j += step) a[j] = items[i];
}

/** `del obj[key]`. */
export function delItem(rt: PyRuntime, obj: Value, key: Value, loc?: Pos): void {
  if (Array.isArray(obj)) {
    if (key instanceof PySlice) {
      const [start, , step, count] = sliceIndices(rt, key, obj.length);
      if (step === 1) obj.splice(start, count);
      else {
        const drop = new Set<number>();
        for (let i = 0, j = start; i < count; i++, j += step) drop.add(j);
        const keep = obj.filter((_, idx) => !drop.has(idx));
        obj.length = 0;
        for (const x of keep) obj.push(x);
      }
      return;
    }
    const i = indexOf(key);
    if (i === undefined) badIndex(rt, 'list', key);
    checkIndexSized(rt, key);
    const j = i < 0 ? i + obj.length : i;
    if (j < 0 || j >= obj.length) throw rt.error('IndexError', 'list assignment index out of range');
    obj.splice(j, 1);
    return;
  }
  if (obj instanceof PyDict) {
    if (!obj.entries.delete(hashKey(rt, key))) throw keyError(rt, key);
    return;
  }
  if (obj instanceof PyInstance && lookupMro(obj.cls, '__delitem__') !== undefined) {
    callDunder(rt, obj, '__delitem__', [key], loc);
    return;
  }
  if (isJs(obj)) {
    rt.realm.js.delItem(obj, key, loc);
    return;
  }
  throw rt.error('TypeError', `'${typeName(rt, obj)}' object doesn't support item deletion`);
}

/** `len(v)`. */
export function pyLen(rt: PyRuntime, v: Value, loc?: Pos): number {
  if (Array.isArray(v)) return v.length;
  if (typeof v === 'string') return strLen(v);
  if (v instanceof PyTuple) return v.items.length;
  if (v instanceof PyDict || v instanceof PySet) return v.entries.size;
  // Past a C ssize_t, CPython's OverflowError (range.ts); a length past 2**53 as its nearest double.
  if (v instanceof PyRange) return v.big ? Number(rangeLen(rt, v)) : v.length;
  if (v instanceof PyDictView) return v.dict.entries.size;
  if (v instanceof PyClass && rt.enumMembers.has(v)) return rt.enumMembers.get(v)!.length;
  if (v instanceof PyInstance && lookupMro(v.cls, '__len__') !== undefined) {
    const r = callDunder(rt, v, '__len__', [], loc);
    if (typeof r === 'number' && Number.isInteger(r)) {
      if (r < 0) throw rt.error('ValueError', '__len__() should return >= 0');
      return r;
    }
    if (typeof r === 'boolean') return r ? 1 : 0;
    throw rt.error('TypeError', `'${typeName(rt, r)}' object cannot be interpreted as an integer`);
  }
  throw rt.error('TypeError', `object of type '${typeName(rt, v)}' has no len()`);
}

/** `a[lo:hi:step]` → a slice value. */
export function makeSlice(lower: Value, upper: Value, step: Value): PySlice {
  const n = (v: Value) => (v === undefined ? None : v);
  return new PySlice(n(lower), n(upper), n(step));
}
