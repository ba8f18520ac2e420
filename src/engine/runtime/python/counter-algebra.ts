/**
 * `collections.Counter`'s multiset operators, as Lib/collections/__init__.py defines them in
 * CPython 3.14: `+ - | &` make a new Counter that keeps only positive counts (the left
 * operand's keys first, in its order, then the right one's new keys), unary `+`/`-` keep the
 * positive / negated negative counts, the in-place forms update the left Counter and then drop
 * every count that is not positive, and `== <= < >= >` compare two Counters with a missing
 * key counting as zero (3.10+). A binary operator or comparison with anything but a Counter is
 * NotImplemented, so Python's fallbacks and messages apply (`Counter() + {}` is
 * "unsupported operand type(s) for +: 'Counter' and 'dict'").
 *
 * A Counter is a PyDict tagged with its class (state.ts `dictTypes`), so the operator
 * functions reach these through `taggedDictDunder` (operators.ts, comparisons.ts,
 * equality.ts): a dict subclass of the standard library that defines the dunder itself.
 */
import { type PyClass, PyDict, type CallArgs, type Value } from '../values';
import { lookupMro, pyClass } from './classes';
import { dictSet, hashKey } from './equality';
import { getItem } from './items';
import { NotImplemented } from './objects';
import type { PyRuntime } from './state';
import { typeName } from './types';

type Binary = (rt: PyRuntime, op: '+' | '-', a: Value, b: Value) => Value;
type Compare = (rt: PyRuntime, op: '<' | '<=' | '>' | '>=' | '==', a: Value, b: Value) => boolean;

/** What the algebra needs of the operator functions (passed in: they import this file's users). */
export interface CounterOps {
  binary: Binary;
  compare: Compare;
}

/** The count `c[key]` as Counter's `__missing__` answers it: 0 for an absent key. */
function countOf(rt: PyRuntime, c: PyDict, key: Value): Value {
  return c.entries.get(hashKey(rt, key))?.value ?? 0;
}

function has(rt: PyRuntime, c: PyDict, key: Value): boolean {
  return c.entries.has(hashKey(rt, key));
}

/** Whether `v` is a Counter (what `isinstance(other, Counter)` asks in Lib/collections). */
function isCounter(rt: PyRuntime, counter: PyClass, v: Value): v is PyDict {
  return v instanceof PyDict && rt.dictTypes.get(v) === counter;
}

/** Drop every count that is not > 0 (`Counter._keep_positive`). */
function keepPositive(rt: PyRuntime, ops: CounterOps, c: PyDict): PyDict {
  for (const [k, e] of [...c.entries]) if (!ops.compare(rt, '>', e.value, 0)) c.entries.delete(k);
  return c;
}

/** The `items()` of an in-place operand: any mapping (CPython calls `other.items()`). */
function itemsOf(rt: PyRuntime, v: Value): [Value, Value][] {
  if (!(v instanceof PyDict)) throw rt.error('AttributeError', `'${typeName(rt, v)}' object has no attribute 'items'`);
  return [...v.entries.values()].map((e) => [e.key, e.value]);
}

/**
 * `other[elem]` for an in-place operand, as `Counter.__iand__` reads it: a Counter answers 0
 * for a missing key, a plain dict raises KeyError, and anything else fails as subscription
 * does (`'int' object is not subscriptable`).
 */
function lookupIn(rt: PyRuntime, counter: PyClass, other: Value, key: Value): Value {
  if (isCounter(rt, counter, other)) return countOf(rt, other, key);
  return getItem(rt, other, key);
}

/**
 * The dunder methods of the Counter class. `make` creates an empty Counter (tagged, with its
 * `__missing__`), as `Counter()` does.
 */
export function counterDunders(
  rt: PyRuntime,
  counter: () => PyClass,
  make: () => PyDict,
  ops: CounterOps,
): Record<string, (self: Value, a: CallArgs) => Value> {
  const other = (a: CallArgs): Value => a.positional[0]!;
  const positive = (v: Value) => ops.compare(rt, '>', v, 0);
  const negative = (v: Value) => ops.compare(rt, '<', v, 0);
  const neg = (v: Value) => ops.binary(rt, '-', 0, v);

  /** A binary operator: NotImplemented unless both are Counters; `each` fills the result. */
  const binaryOp =
    (each: (self: PyDict, o: PyDict, out: PyDict) => void) =>
    (self: Value, a: CallArgs): Value => {
      const o = other(a);
      if (!isCounter(rt, counter(), o)) return NotImplemented;
      const out = make();
      each(self as PyDict, o, out);
      return out;
    };
  /** The right operand's keys the left lacks, with a count that passes `keep`, mapped by `value`. */
  const rest = (self: PyDict, o: PyDict, out: PyDict, keep: (v: Value) => boolean, value: (v: Value) => Value) => {
    for (const e of o.entries.values()) if (!has(rt, self, e.key) && keep(e.value)) dictSet(rt, out, e.key, value(e.value));
  };
  /** A comparison: NotImplemented unless both are Counters; `all` over both key sets. */
  const comparison =
    (test: (x: Value, y: Value) => boolean, strict: boolean) =>
    (self: Value, a: CallArgs): Value => {
      const o = other(a);
      if (!isCounter(rt, counter(), o)) return NotImplemented;
      const s = self as PyDict;
      const all = (t: (x: Value, y: Value) => boolean) =>
        [s, o].every((c) => [...c.entries.values()].every((e) => t(countOf(rt, s, e.key), countOf(rt, o, e.key))));
      if (!all(test)) return false;
      return strict ? !all((x, y) => ops.compare(rt, '==', x, y)) : true;
    };

  const dunders: Record<string, (self: Value, a: CallArgs) => Value> = {
    __add__: binaryOp((self, o, out) => {
      for (const e of self.entries.values()) {
        const n = ops.binary(rt, '+', e.value, countOf(rt, o, e.key));
        if (positive(n)) dictSet(rt, out, e.key, n);
      }
      rest(self, o, out, positive, (v) => v);
    }),
    __sub__: binaryOp((self, o, out) => {
      for (const e of self.entries.values()) {
        const n = ops.binary(rt, '-', e.value, countOf(rt, o, e.key));
        if (positive(n)) dictSet(rt, out, e.key, n);
      }
      rest(self, o, out, negative, neg);
    }),
    __or__: binaryOp((self, o, out) => {
      for (const e of self.entries.values()) {
        const theirs = countOf(rt, o, e.key);
        const n = ops.compare(rt, '<', e.value, theirs) ? theirs : e.value;
        if (positive(n)) dictSet(rt, out, e.key, n);
      }
      rest(self, o, out, positive, (v) => v);
    }),
    __and__: binaryOp((self, o, out) => {
      for (const e of self.entries.values()) {
        const theirs = countOf(rt, o, e.key);
        const n = ops.compare(rt, '<', e.value, theirs) ? e.value : theirs;
        if (positive(n)) dictSet(rt, out, e.key, n);
      }
    }),
    __pos__: (self) => {
      const out = make();
      for (const e of (self as PyDict).entries.values()) if (positive(e.value)) dictSet(rt, out, e.key, e.value);
      return out;
    },
    __neg__: (self) => {
      const out = make();
      for (const e of (self as PyDict).entries.values()) if (negative(e.value)) dictSet(rt, out, e.key, neg(e.value));
      return out;
    },
    __iadd__: (self, a) => {
      const s = self as PyDict;
      for (const [k, v] of itemsOf(rt, other(a))) dictSet(rt, s, k, ops.binary(rt, '+', countOf(rt, s, k), v));
      return keepPositive(rt, ops, s);
    },
    __isub__: (self, a) => {
      const s = self as PyDict;
      for (const [k, v] of itemsOf(rt, other(a))) dictSet(rt, s, k, ops.binary(rt, '-', countOf(rt, s, k), v));
      return keepPositive(rt, ops, s);
    },
    __ior__: (self, a) => {
      const s = self as PyDict;
      for (const [k, v] of itemsOf(rt, other(a))) if (ops.compare(rt, '>', v, countOf(rt, s, k))) dictSet(rt, s, k, v);
      return keepPositive(rt, ops, s);
    },
    __iand__: (self, a) => {
      const s = self as PyDict;
      const o = other(a);
      for (const e of [...s.entries.values()]) {
        const theirs = lookupIn(rt, counter(), o, e.key);
        if (ops.compare(rt, '<', theirs, e.value)) dictSet(rt, s, e.key, theirs);
      }
      return keepPositive(rt, ops, s);
    },
    __eq__: comparison((x, y) => ops.compare(rt, '==', x, y), false),
    __le__: comparison((x, y) => ops.compare(rt, '<=', x, y), false),
    __lt__: comparison((x, y) => ops.compare(rt, '<=', x, y), true),
    __ge__: comparison((x, y) => ops.compare(rt, '>=', x, y), false),
    __gt__: comparison((x, y) => ops.compare(rt, '>=', x, y), true),
  };
  // Each is a Python function in Lib/collections: `def __add__(self, other)`, `def __pos__(self)`.
  // Called with the wrong number of arguments (`c.__iand__()`), it is that function's TypeError
  // (the probe of every method found the missing operand read as undefined, issue 10).
  return Object.fromEntries(
    Object.entries(dunders).map(([name, fn]) => {
      const operands = name === '__pos__' || name === '__neg__' ? 0 : 1;
      return [
        name,
        (self: Value, a: CallArgs) => {
          let args = a;
          for (const k of a.keywords?.keys() ?? []) {
            if (k !== 'other' || operands === 0) throw rt.error('TypeError', `Counter.${name}() got an unexpected keyword argument '${k}'`);
            if (a.positional.length > 0) throw rt.error('TypeError', `Counter.${name}() got multiple values for argument 'other'`);
            args = { positional: [a.keywords!.get(k)!] };
          }
          const n = args.positional.length;
          if (n < operands) throw rt.error('TypeError', `Counter.${name}() missing 1 required positional argument: 'other'`);
          if (n > operands)
            throw rt.error(
              'TypeError',
              `Counter.${name}() takes ${operands + 1} positional argument${operands ? 's' : ''} but ${n + 1} were given`,
            );
          return fn(self, args);
        },
      ];
    }),
  );
}

/**
 * Whether `v` is a dict tagged with a standard-library class (Counter) that defines `dunder`
 * itself rather than inheriting dict's: the operator functions then call it first.
 */
export function taggedDictDunder(rt: PyRuntime, v: Value, dunder: string): boolean {
  if (!(v instanceof PyDict)) return false;
  const cls = rt.dictTypes.get(v);
  if (cls === undefined) return false;
  const own = lookupMro(cls, dunder);
  return own !== undefined && own !== lookupMro(pyClass(rt.realm, 'dict'), dunder);
}
