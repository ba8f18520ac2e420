/**
 * The `range` type at any size, and the attributes of `range` and `slice` objects
 * (Objects/rangeobject.c and sliceobject.c, CPython 3.14).
 *
 * A range whose bounds are within ±2**52 is doubles throughout (objects.ts `PyRange`); one
 * with a bound past that keeps exact ints (`PyRange.big`), and everything here that can meet
 * one works on them: its length, an item, a slice, `in`, `==`, `repr`, `len()` (past a C
 * ssize_t, `OverflowError` as CPython says it), `reversed`, `.index()` and `.count()`.
 * `range(sys.maxsize)` printed `range(0, 9223372036854776000)` and `10**20 in range(10**30)`
 * was False (issue 10).
 */
import { None, PyFloat, PyInstance, PyTuple, type Value } from '../values';
import { addMembers, lookupMro } from './classes';
import { normBig } from './numbers';
import { bigRangeLength, DONE, PyIterator, PyRange, PySlice, type BigRange } from './objects';
import { callDunder } from './calls';
import type { PyRuntime } from './state';
import { typeName } from './types';
import { positional } from './args';

/** A C ssize_t's largest value: `len()` of a longer range is an OverflowError. */
const SSIZE_MAX = 2n ** 63n - 1n;

/** The exact bounds of any range. */
export function exact(r: PyRange): BigRange {
  return r.big ?? { start: BigInt(r.start), stop: BigInt(r.stop), step: BigInt(r.step) };
}

/**
 * An int as range() and slices take one (`PyNumber_Index`): an int or a bool, or an object
 * with `__index__`; else the TypeError `message` gives.
 */
export function indexInt(rt: PyRuntime, v: Value, message: (v: Value) => string): number | bigint {
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint' || (typeof v === 'number' && Number.isInteger(v))) return v;
  if (v instanceof PyInstance && lookupMro(v.cls, '__index__') !== undefined) {
    const r = callDunder(rt, v, '__index__', []);
    if (typeof r === 'bigint' || typeof r === 'boolean' || (typeof r === 'number' && Number.isInteger(r)))
      return typeof r === 'boolean' ? (r ? 1 : 0) : r;
    throw rt.error('TypeError', `__index__ returned non-int (type ${typeName(rt, r!)})`);
  }
  throw rt.error('TypeError', message(v));
}

const notInteger = (rt: PyRuntime) => (v: Value) => `'${typeName(rt, v)}' object cannot be interpreted as an integer`;

/** `range(stop)`, `range(start, stop[, step])`. */
export function makeRange(rt: PyRuntime, p: readonly Value[]): PyRange {
  const int = (v: Value) => indexInt(rt, v, notInteger(rt));
  if (p.length === 1) return new PyRange(0, int(p[0]), 1);
  const step = p.length === 3 ? int(p[2]) : 1;
  if (step === 0 || step === 0n) throw rt.error('ValueError', 'range() arg 3 must not be zero');
  return new PyRange(int(p[0]), int(p[1]), step);
}

/** `len(r)`: an OverflowError past a C ssize_t, as CPython's `range.__len__`. */
export function rangeLen(rt: PyRuntime, r: PyRange): number | bigint {
  if (!r.big) return r.length;
  const n = bigRangeLength(r.big);
  if (n > SSIZE_MAX) throw rt.error('OverflowError', 'Python int too large to convert to C ssize_t');
  return normBig(n);
}

/** `r[i]` for an int `i` (`compute_range_item`): any size, negative from the end. */
export function rangeItem(rt: PyRuntime, r: PyRange, key: Value): Value {
  const i = BigInt(indexInt(rt, key, (k) => `range indices must be integers or slices, not ${typeName(rt, k)}`));
  const b = exact(r);
  const n = bigRangeLength(b);
  const j = i < 0n ? i + n : i;
  if (j < 0n || j >= n) throw rt.error('IndexError', 'range object index out of range');
  return normBig(b.start + j * b.step);
}

/**
 * A slice's start, stop and step for a sequence of `length` (`_PySlice_GetLongIndices`), as
 * exact ints: items.ts `sliceIndices` is the doubles' version, for lists, strings and tuples,
 * whose lengths are far below 2**53.
 */
export function exactSliceIndices(rt: PyRuntime, s: PySlice, length: bigint): [bigint, bigint, bigint] {
  const int = (v: Value) => BigInt(indexInt(rt, v, () => 'slice indices must be integers or None or have an __index__ method'));
  const step = s.step === None ? 1n : int(s.step);
  if (step === 0n) throw rt.error('ValueError', 'slice step cannot be zero');
  const lower = step < 0n ? -1n : 0n;
  const upper = step < 0n ? length - 1n : length;
  const bound = (v: Value, dflt: bigint): bigint => {
    if (v === None) return dflt;
    let x = int(v);
    if (x < 0n) {
      x += length;
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  return [bound(s.start, step < 0n ? upper : lower), bound(s.stop, step < 0n ? lower : upper), step];
}

/** `r[a:b:c]`: a range again (`compute_slice`). */
export function rangeSlice(rt: PyRuntime, r: PyRange, s: PySlice): PyRange {
  const b = exact(r);
  const [start, stop, step] = exactSliceIndices(rt, s, bigRangeLength(b));
  return new PyRange(normBig(b.start + start * b.step), normBig(b.start + stop * b.step), normBig(b.step * step));
}

/**
 * The int an item of a range must equal to be in it: an int or a bool as itself, a float
 * with an int's value as that int (`2.0 in range(5)`: CPython compares by `==`); else undefined.
 */
function asInt(v: Value): bigint | undefined {
  if (typeof v === 'boolean') return v ? 1n : 0n;
  if (typeof v === 'bigint') return v;
  const x = v instanceof PyFloat ? v.v : v;
  return typeof x === 'number' && Number.isInteger(x) ? BigInt(x) : undefined;
}

/** The index of int `i` in `b`, or -1. */
function positionOf(b: BigRange, i: bigint): bigint {
  const off = i - b.start;
  if (off % b.step !== 0n) return -1n;
  const k = off / b.step;
  return k >= 0n && k < bigRangeLength(b) ? k : -1n;
}

/** `item in r`. */
export function rangeContains(r: PyRange, item: Value): boolean {
  const i = asInt(item);
  if (i === undefined) return false;
  if (!r.big && typeof item === 'number') {
    const k = (item - r.start) / r.step;
    return Number.isInteger(k) && k >= 0 && k < r.length;
  }
  return positionOf(exact(r), i) >= 0n;
}

/** `a == b` for ranges (`range_equals`): the same values in the same order. */
export function rangesEqual(a: PyRange, b: PyRange): boolean {
  const x = exact(a);
  const y = exact(b);
  const n = bigRangeLength(x);
  if (n !== bigRangeLength(y)) return false;
  if (n === 0n) return true;
  return x.start === y.start && (n === 1n || x.step === y.step);
}

/** A dict or set key for `r`: equal ranges (range_equals) give equal keys. */
export function rangeKey(r: PyRange): string {
  const b = exact(r);
  const { start, step } = b;
  const n = bigRangeLength(b);
  return `R\u0001(${n}${n > 0n ? `,${start}` : ''}${n > 1n ? `,${step}` : ''})`;
}

export function rangeRepr(r: PyRange): string {
  const { start, stop, step } = exact(r);
  return step === 1n ? `range(${start}, ${stop})` : `range(${start}, ${stop}, ${step})`;
}

/** `reversed(r)`: from the last value down, at any size. */
export function reversedRange(r: PyRange): PyIterator {
  const b = exact(r);
  let i = bigRangeLength(b) - 1n;
  return new PyIterator('range_iterator', () => (i >= 0n ? normBig(b.start + i-- * b.step) : DONE));
}

/** `range.start`, `.stop`, `.step`, `.index()`, `.count()`; `slice.start`, `.stop`, `.step`, `.indices()`. */
export function installRangeMembers(rt: PyRuntime): void {
  // A member looked up on the class and called with another receiver is CPython's TypeError.
  const range = (self: Value, name = ''): PyRange => {
    if (self instanceof PyRange) return self;
    throw rt.error('TypeError', `descriptor '${name}' for 'range' objects doesn't apply to a '${typeName(rt, self)}' object`);
  };
  addMembers(rt.cls('range'), {
    accepts: (v) => v instanceof PyRange,
    properties: {
      start: { get: (self) => normBig(exact(range(self, 'start')).start) },
      stop: { get: (self) => normBig(exact(range(self, 'stop')).stop) },
      step: { get: (self) => normBig(exact(range(self, 'step')).step) },
    },
    methods: {
      index: (self, a) => {
        const [x] = positional(rt, 'index', a, 1, 1);
        const i = asInt(x);
        const k = i === undefined ? -1n : positionOf(exact(range(self)), i);
        if (k >= 0n) return normBig(k);
        // An int is looked up by arithmetic; anything else by the sequence search, each with
        // its message (3.14's: 3.13 said `9 is not in range`).
        const int = typeof x === 'boolean' || typeof x === 'bigint' || typeof x === 'number';
        throw rt.error('ValueError', int ? 'range.index(x): x not in range' : 'sequence.index(x): x not in sequence');
      },
      count: (self, a) => {
        const [x] = positional(rt, 'count', a, 1, 1);
        return rangeContains(range(self), x) ? 1 : 0;
      },
    },
  });
  const slice = (self: Value, name = ''): PySlice => {
    if (self instanceof PySlice) return self;
    throw rt.error('TypeError', `descriptor '${name}' for 'slice' objects doesn't apply to a '${typeName(rt, self)}' object`);
  };
  addMembers(rt.cls('slice'), {
    accepts: (v) => v instanceof PySlice,
    properties: {
      start: { get: (self) => slice(self, 'start').start },
      stop: { get: (self) => slice(self, 'stop').stop },
      step: { get: (self) => slice(self, 'step').step },
    },
    methods: {
      indices: (self, a) => {
        const [len] = positional(rt, 'indices', a, 1, 1);
        const n = BigInt(indexInt(rt, len, notInteger(rt)));
        if (n < 0n) throw rt.error('ValueError', 'length should not be negative');
        return new PyTuple(exactSliceIndices(rt, slice(self), n).map(normBig));
      },
    },
  });
}
