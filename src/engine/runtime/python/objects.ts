/**
 * Python-only heap objects that the shared value universe (../values.ts) does not name:
 * range, slice, iterators, dict views, descriptors (property / staticmethod / classmethod /
 * native get-set slots) and the NotImplemented / Ellipsis singletons.
 *
 * They are plain HeapObject subclasses; `typeOf` (types.ts) maps each to its PyClass
 * through `typeName`, so `type(range(3)).__name__ == 'range'` and error messages use the
 * names CPython uses.
 */
import { HeapObject, type PyDict, type Value } from '../values';

/** A bound this far from zero keeps every value of a range, and every difference of two, exact in a double. */
const SMALL_BOUND = 2 ** 52;
const SAFE_INT = 9007199254740991n;

/** A range's start, stop and step as exact ints. */
export interface BigRange {
  readonly start: bigint;
  readonly stop: bigint;
  readonly step: bigint;
}

/** The number of values of a range (Objects/rangeobject.c `compute_range_length`). */
export function bigRangeLength(r: BigRange): bigint {
  const { start, stop, step } = r;
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

/**
 * `range(start, stop, step)`. Bounds within ±2**52 are kept as doubles, exact for every value
 * and length; a bound past that (`range(10**30)`, `range(sys.maxsize)`) keeps all three as
 * exact ints in `big` (runtime/python/range.ts reads them), as CPython keeps a range of any
 * size: held as doubles they printed `range(0, 1e+30)` and listed `1e+29` (issue 10).
 */
export class PyRange extends HeapObject {
  /** The exact bounds when one is past ±2**52; `start`, `stop` and `step` are then their nearest doubles. */
  readonly big: BigRange | undefined;
  readonly start: number;
  readonly stop: number;
  readonly step: number;
  constructor(start: number | bigint, stop: number | bigint, step: number | bigint) {
    super();
    if (
      typeof start === 'number' &&
      typeof stop === 'number' &&
      typeof step === 'number' &&
      Math.abs(start) <= SMALL_BOUND &&
      Math.abs(stop) <= SMALL_BOUND &&
      Math.abs(step) <= SMALL_BOUND
    ) {
      this.big = undefined;
      this.start = start;
      this.stop = stop;
      this.step = step;
    } else {
      this.big = { start: BigInt(start), stop: BigInt(stop), step: BigInt(step) };
      this.start = Number(start);
      this.stop = Number(stop);
      this.step = Number(step);
    }
  }
  /** The number of values (the nearest double when `big`: bigRangeLength is exact). */
  get length(): number {
    if (this.big) return Number(bigRangeLength(this.big));
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  /** The value at index `i` (0 <= i < length), as the engine holds a Python int. */
  at(i: number): number | bigint {
    const b = this.big;
    if (!b) return this.start + i * this.step;
    const v = b.start + BigInt(i) * b.step;
    return v >= -SAFE_INT && v <= SAFE_INT ? Number(v) : v;
  }
  get typeName(): string {
    return 'range';
  }
}

/** `a[lo:hi:step]`; fields are the raw values (None when omitted). */
export class PySlice extends HeapObject {
  constructor(
    readonly start: Value,
    readonly stop: Value,
    readonly step: Value,
  ) {
    super();
  }
  get typeName(): string {
    return 'slice';
  }
}

/** Sentinel returned by PyIterator.next when exhausted. */
export const DONE: unique symbol = Symbol('done');
export type NextResult = Value | typeof DONE;

/** The types of the built-in iterators a program cannot construct (`type(iter([]))`). */
export const ITERATOR_TYPES = [
  'list_iterator',
  'tuple_iterator',
  'str_ascii_iterator',
  'range_iterator',
  'set_iterator',
  'dict_keyiterator',
  'dict_valueiterator',
  'dict_itemiterator',
  'list_reverseiterator',
  'iterator',
];
/** The lazy iterator types, which a program constructs (lazy.ts). */
export const LAZY_ITERATOR_TYPES = ['map', 'filter', 'zip', 'enumerate', 'reversed'];

/**
 * Every built-in iterator (list_iterator, map, filter, zip, enumerate, reversed, ...).
 * `map`/`filter`/`zip`/`enumerate` are lazy, pulling from the source iterator on demand,
 * as in CPython, so side effects of the mapped function interleave the same way.
 */
export class PyIterator extends HeapObject {
  constructor(
    private readonly kind: string,
    readonly next: () => NextResult,
  ) {
    super();
  }
  get typeName(): string {
    return this.kind;
  }
}

export type DictViewKind = 'keys' | 'values' | 'items';

/** `d.keys()` / `d.values()` / `d.items()`: live views over the dict. */
export class PyDictView extends HeapObject {
  constructor(
    readonly dict: PyDict,
    readonly kind: DictViewKind,
  ) {
    super();
  }
  get typeName(): string {
    return `dict_${this.kind}`;
  }
}

export class PyProperty extends HeapObject {
  constructor(
    readonly fget: Value,
    readonly fset: Value,
    readonly fdel: Value,
  ) {
    super();
  }
  get typeName(): string {
    return 'property';
  }
}

export class PyStaticMethod extends HeapObject {
  constructor(readonly fn: Value) {
    super();
  }
  get typeName(): string {
    return 'staticmethod';
  }
}

export class PyClassMethod extends HeapObject {
  constructor(readonly fn: Value) {
    super();
  }
  get typeName(): string {
    return 'classmethod';
  }
}

/**
 * A data descriptor implemented by the engine (CPython's getset_descriptor), e.g.
 * `BaseException.args`, `Future._state`. Models use it through `defineBuiltinClass`.
 */
export class NativeGetSet extends HeapObject {
  constructor(
    readonly name: string,
    readonly get: (self: Value) => Value,
    readonly set?: (self: Value, v: Value) => void,
  ) {
    super();
  }
  get typeName(): string {
    return 'getset_descriptor';
  }
}

class Singleton extends HeapObject {
  constructor(
    private readonly tn: string,
    readonly text: string,
  ) {
    super();
  }
  get typeName(): string {
    return this.tn;
  }
}
export const NotImplemented = new Singleton('NotImplementedType', 'NotImplemented');
export const Ellipsis = new Singleton('ellipsis', 'Ellipsis');
