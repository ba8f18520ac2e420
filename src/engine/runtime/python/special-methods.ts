/**
 * The special methods of the built-in types as attributes (`int.__add__`, `(5).__add__(3)`,
 * `d.__getitem__`, `'ab'.__contains__('a')`): CPython's slot wrappers (Objects/typeobject.c
 * `slotdefs`), which teaching code calls to show what an operator does.
 *
 * The engine's operators never look these up for a built-in value (operators.ts, items.ts and
 * comparisons.ts dispatch on the value first), so each is only the operator called by name, with
 * the slot's own rule for an operand of another type: a numeric slot answers NotImplemented
 * unless the operand is a number its type handles (`int.__add__(1, 1.5)` is NotImplemented,
 * `float.__radd__(1.5, 1)` is 2.5), a rich comparison answers NotImplemented for another type,
 * and a container's slot raises what the operator raises (`'x'.__add__(1)`: "can only
 * concatenate str (not "int") to str"). A wrong receiver or argument count raises the
 * descriptor's TypeError (classes.ts).
 */
import { None, PyDict, PyFloat, PySet, PyTuple, type CallArgs, type Value } from '../values';
import type { BinaryOperator } from '../../ir/nodes';
import { positional } from './args';
import { addMembers } from './classes';
import { call } from './calls';
import { compare, contains } from './comparisons';
import { newDict, pyEquals } from './equality';
import { delItem, getItem, pyLen, setItem } from './items';
import { getIter } from './iteration';
import { ITERATOR_TYPES, LAZY_ITERATOR_TYPES, NotImplemented, PyDictView, PyIterator, PyRange } from './objects';
import { pyRepr } from './formatting';
import { binary, inplace, truthy, unary } from './operators';
import type { PyRuntime } from './state';
import { coreTypes, typeName } from './types';

type Impl = (self: Value, a: CallArgs) => Value;

const isInt = (v: Value) => (typeof v === 'number' && Number.isInteger(v)) || typeof v === 'bigint' || typeof v === 'boolean';
const isFloat = (v: Value) => v instanceof PyFloat || (typeof v === 'number' && !Number.isInteger(v));
const isNumber = (v: Value) => isInt(v) || isFloat(v);
const isSet = (v: Value) => v instanceof PySet;
const isStr = (v: Value) => typeof v === 'string';

/** The name each binary operator's slot has (`+` → `add`). */
const BINARY: [string, BinaryOperator][] = [
  ['add', '+'],
  ['sub', '-'],
  ['mul', '*'],
  ['floordiv', '//'],
  ['truediv', '/'],
  ['mod', '%'],
  ['lshift', '<<'],
  ['rshift', '>>'],
  ['and', '&'],
  ['or', '|'],
  ['xor', '^'],
];
const COMPARISONS = [
  ['lt', '<'],
  ['le', '<='],
  ['gt', '>'],
  ['ge', '>='],
] as const;

export function installSpecialMethods(rt: PyRuntime): void {
  const t = coreTypes(rt);
  const builtin = (name: string) => rt.realm.builtins.py.get(name)!;
  const one = (owner: string, name: string, a: CallArgs): Value => positional(rt, `${owner}.${name}`, a, 1, 1)[0]!;
  const none = (owner: string, name: string, a: CallArgs): void => void positional(rt, `${owner}.${name}`, a, 0, 0);

  /** `__x__` and `__rx__` for each operator, answering NotImplemented unless `handles(other)`. */
  const numericSlots = (owner: string, handles: (v: Value) => boolean, ops: [string, BinaryOperator][]) => {
    const out: Record<string, Impl> = {};
    for (const [name, op] of ops) {
      out[`__${name}__`] = (self, a) => {
        const o = one(owner, `__${name}__`, a);
        return handles(o) ? binary(rt, op, self, o) : NotImplemented;
      };
      out[`__r${name}__`] = (self, a) => {
        const o = one(owner, `__r${name}__`, a);
        return handles(o) ? binary(rt, op, o, self) : NotImplemented;
      };
    }
    // pow(self, other[, mod]) and divmod are the builtins' (their checks and messages).
    out.__pow__ = (self, a) => {
      const [o, m] = positional(rt, `${owner}.__pow__`, a, 1, 2);
      if (!handles(o!) || (m !== undefined && !isInt(m) && m !== None)) return NotImplemented;
      return call(rt, builtin('pow'), m === undefined ? [self, o!] : [self, o!, m]);
    };
    out.__rpow__ = (self, a) => {
      const o = one(owner, '__rpow__', a);
      return handles(o) ? call(rt, builtin('pow'), [o, self]) : NotImplemented;
    };
    out.__divmod__ = (self, a) => {
      const o = one(owner, '__divmod__', a);
      return handles(o) ? call(rt, builtin('divmod'), [self, o]) : NotImplemented;
    };
    out.__rdivmod__ = (self, a) => {
      const o = one(owner, '__rdivmod__', a);
      return handles(o) ? call(rt, builtin('divmod'), [o, self]) : NotImplemented;
    };
    return out;
  };

  /** Rich comparisons: NotImplemented for an operand of a type `handles` refuses. */
  const comparisons = (owner: string, handles: (v: Value) => boolean) => {
    const out: Record<string, Impl> = {};
    for (const [name, op] of COMPARISONS)
      out[`__${name}__`] = (self, a) => {
        const o = one(owner, `__${name}__`, a);
        return handles(o) ? compare(rt, op, self, o) : NotImplemented;
      };
    out.__eq__ = (self, a) => {
      const o = one(owner, '__eq__', a);
      return handles(o) ? pyEquals(rt, self, o) : NotImplemented;
    };
    out.__ne__ = (self, a) => {
      const o = one(owner, '__ne__', a);
      return handles(o) ? !pyEquals(rt, self, o) : NotImplemented;
    };
    return out;
  };

  /** A unary slot: `op` of the value (`__neg__`, `__abs__`...). */
  const unarySlot =
    (owner: string, name: string, f: (self: Value) => Value): Impl =>
    (self, a) => {
      none(owner, name, a);
      return f(self);
    };
  const numberUnary = (owner: string): Record<string, Impl> => ({
    __neg__: unarySlot(owner, '__neg__', (v) => unary(rt, '-', v)),
    __pos__: unarySlot(owner, '__pos__', (v) => unary(rt, '+', v)),
    __abs__: unarySlot(owner, '__abs__', (v) => call(rt, builtin('abs'), [v])),
    __bool__: unarySlot(owner, '__bool__', (v) => truthy(rt, v)),
    __int__: unarySlot(owner, '__int__', (v) => call(rt, builtin('int'), [v])),
    __float__: unarySlot(owner, '__float__', (v) => call(rt, builtin('float'), [v])),
    __trunc__: unarySlot(owner, '__trunc__', (v) => call(rt, builtin('int'), [v])),
    __round__: (self, a) => {
      const [n] = positional(rt, `${owner}.__round__`, a, 0, 1);
      return call(rt, builtin('round'), n === undefined ? [self] : [self, n]);
    },
  });

  addMembers(t.int, {
    accepts: isInt,
    methods: {
      ...numericSlots('int', isInt, BINARY),
      ...comparisons('int', isInt),
      ...numberUnary('int'),
      __invert__: unarySlot('int', '__invert__', (v) => unary(rt, '~', v)),
      __index__: unarySlot('int', '__index__', (v) => (typeof v === 'boolean' ? (v ? 1 : 0) : v)),
    },
  });
  addMembers(t.float, {
    accepts: isFloat,
    methods: {
      // float has no bitwise or shift slots.
      ...numericSlots('float', isNumber, BINARY.slice(0, 6)),
      ...comparisons('float', isNumber),
      ...numberUnary('float'),
    },
  });

  const repeatCount = (n: Value): Value => {
    if (!isInt(n)) throw rt.error('TypeError', `'${typeName(rt, n)}' object cannot be interpreted as an integer`);
    return n;
  };
  /** A sequence's slots: the operator itself, and comparisons with its own type only. */
  const sequence = (owner: string, own: (v: Value) => boolean): Record<string, Impl> => ({
    __add__: (self, a) => binary(rt, '+', self, one(owner, '__add__', a)),
    // sq_repeat's wrapper: the count must be an index (`'ab'.__mul__(2.5)` is a TypeError).
    __mul__: (self, a) => binary(rt, '*', self, repeatCount(one(owner, '__mul__', a))),
    __rmul__: (self, a) => binary(rt, '*', self, repeatCount(one(owner, '__rmul__', a))),
    __contains__: (self, a) => contains(rt, self, one(owner, '__contains__', a)),
    __getitem__: (self, a) => getItem(rt, self, one(owner, '__getitem__', a)),
    __iter__: unarySlot(owner, '__iter__', (v) => getIter(rt, v)),
    ...comparisons(owner, own),
  });
  addMembers(t.str, {
    accepts: isStr,
    methods: {
      ...sequence('str', isStr),
      __mod__: (self, a) => binary(rt, '%', self, one('str', '__mod__', a)),
      __rmod__: (self, a) => {
        const o = one('str', '__rmod__', a);
        return isStr(o) ? binary(rt, '%', o, self) : NotImplemented;
      },
    },
  });
  addMembers(t.tuple, { accepts: (v) => v instanceof PyTuple, methods: sequence('tuple', (v) => v instanceof PyTuple) });
  addMembers(t.list, {
    accepts: Array.isArray,
    methods: {
      ...sequence('list', Array.isArray),
      __iadd__: (self, a) => inplace(rt, '+', self, one('list', '__iadd__', a)),
      __imul__: (self, a) => inplace(rt, '*', self, one('list', '__imul__', a)),
      __setitem__: (self, a) => {
        const [k, v] = positional(rt, 'list.__setitem__', a, 2, 2);
        setItem(rt, self, k!, v!);
        return None;
      },
      __delitem__: (self, a) => {
        delItem(rt, self, one('list', '__delitem__', a));
        return None;
      },
    },
  });

  // repr(); str has its own __str__ (object.__str__ calls the type's __repr__ for the rest).
  // tuple.__repr__ of a namedtuple, dict.__repr__ of a Counter: the plain tuple's or dict's
  // (their classes define their own).
  const plain = (v: Value): Value =>
    v instanceof PyTuple
      ? new PyTuple(v.items)
      : v instanceof PyDict
        ? newDict(
            rt,
            [...v.entries.values()].map((e) => [e.key, e.value]),
          )
        : v;
  const reprSlot = (owner: string): Impl => unarySlot(owner, '__repr__', (v) => pyRepr(rt, plain(v)));
  for (const [cls, owner, accepts] of [
    [t.int, 'int', isInt],
    [t.float, 'float', isFloat],
    [t.str, 'str', isStr],
    [t.list, 'list', Array.isArray],
    [t.tuple, 'tuple', (v: Value) => v instanceof PyTuple],
    [t.dict, 'dict', (v: Value) => v instanceof PyDict],
    [t.set, 'set', isSet],
    [t.frozenset, 'frozenset', isSet],
  ] as const)
    addMembers(cls, { accepts, methods: { __repr__: reprSlot(owner) } });
  addMembers(t.str, { accepts: isStr, methods: { __str__: unarySlot('str', '__str__', (v) => v) } });
  addMembers(t.NoneType, {
    accepts: (v) => v === None,
    methods: { __repr__: unarySlot('NoneType', '__repr__', () => 'None'), __bool__: unarySlot('NoneType', '__bool__', () => false) },
  });

  // Iterators are their own iterators; views and ranges iterate, measure and contain.
  const isIterator = (v: Value) => v instanceof PyIterator;
  for (const name of [...ITERATOR_TYPES, ...LAZY_ITERATOR_TYPES]) {
    const cls = rt.classes.get(name);
    if (cls === undefined) continue;
    addMembers(cls, {
      accepts: isIterator,
      methods: {
        __iter__: unarySlot(name, '__iter__', (v) => v),
        __next__: unarySlot(name, '__next__', (v) => call(rt, builtin('next'), [v])),
      },
    });
  }
  for (const name of ['dict_keys', 'dict_values', 'dict_items', 'range']) {
    const cls = rt.classes.get(name);
    if (cls === undefined) continue;
    const accepts = (v: Value) => v instanceof (name === 'range' ? PyRange : PyDictView);
    addMembers(cls, {
      accepts,
      methods: {
        __iter__: unarySlot(name, '__iter__', (v) => getIter(rt, v)),
        __len__: unarySlot(name, '__len__', (v) => pyLen(rt, v)),
        __contains__: (self, a) => contains(rt, self, one(name, '__contains__', a)),
        ...(name === 'range'
          ? {
              __getitem__: (self: Value, a: CallArgs) => getItem(rt, self, one(name, '__getitem__', a)),
              __bool__: unarySlot(name, '__bool__', (v) => truthy(rt, v)),
            }
          : {}),
      },
    });
  }

  const isDict = (v: Value) => v instanceof PyDict;
  addMembers(t.dict, {
    accepts: isDict,
    methods: {
      __getitem__: (self, a) => getItem(rt, self, one('dict', '__getitem__', a)),
      __setitem__: (self, a) => {
        const [k, v] = positional(rt, 'dict.__setitem__', a, 2, 2);
        setItem(rt, self, k!, v!);
        return None;
      },
      __delitem__: (self, a) => {
        delItem(rt, self, one('dict', '__delitem__', a));
        return None;
      },
      __contains__: (self, a) => contains(rt, self, one('dict', '__contains__', a)),
      __iter__: unarySlot('dict', '__iter__', (v) => getIter(rt, v)),
      __or__: (self, a) => {
        const o = one('dict', '__or__', a);
        return isDict(o) ? binary(rt, '|', self, o) : NotImplemented;
      },
      __ror__: (self, a) => {
        const o = one('dict', '__ror__', a);
        return isDict(o) ? binary(rt, '|', o, self) : NotImplemented;
      },
      __ior__: (self, a) => inplace(rt, '|', self, one('dict', '__ior__', a)),
      __eq__: (self, a) => {
        const o = one('dict', '__eq__', a);
        return isDict(o) ? pyEquals(rt, self, o) : NotImplemented;
      },
      __ne__: (self, a) => {
        const o = one('dict', '__ne__', a);
        return isDict(o) ? !pyEquals(rt, self, o) : NotImplemented;
      },
    },
  });

  const setOps: [string, BinaryOperator][] = [
    ['and', '&'],
    ['or', '|'],
    ['xor', '^'],
    ['sub', '-'],
  ];
  for (const [cls, owner] of [
    [t.set, 'set'],
    [t.frozenset, 'frozenset'],
  ] as const) {
    const methods: Record<string, Impl> = {
      __contains__: (self, a) => contains(rt, self, one(owner, '__contains__', a)),
      __iter__: unarySlot(owner, '__iter__', (v) => getIter(rt, v)),
      ...comparisons(owner, isSet),
    };
    for (const [name, op] of setOps) {
      methods[`__${name}__`] = (self, a) => {
        const o = one(owner, `__${name}__`, a);
        return isSet(o) ? binary(rt, op, self, o) : NotImplemented;
      };
      methods[`__r${name}__`] = (self, a) => {
        const o = one(owner, `__r${name}__`, a);
        return isSet(o) ? binary(rt, op, o, self) : NotImplemented;
      };
      if (owner === 'set')
        methods[`__i${name}__`] = (self, a) => {
          const o = one(owner, `__i${name}__`, a);
          return isSet(o) ? inplace(rt, op, self, o) : NotImplemented;
        };
    }
    addMembers(cls, { accepts: isSet, methods });
  }
}
