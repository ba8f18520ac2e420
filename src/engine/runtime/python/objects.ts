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

export class PyRange extends HeapObject {
  constructor(
    readonly start: number,
    readonly stop: number,
    readonly step: number,
  ) {
    super();
  }
  get length(): number {
    const { start, stop, step } = this;
    if (step > 0) return start < stop ? Math.floor((stop - start - 1) / step) + 1 : 0;
    return start > stop ? Math.floor((start - stop - 1) / -step) + 1 : 0;
  }
  at(i: number): number {
    return this.start + i * this.step;
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
