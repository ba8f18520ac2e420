/**
 * What calling a built-in type does: `int('12')`, `float('inf')`, `str(x)`, `list(it)`,
 * `dict(a=1)`, `range(3)`, `property(f)`... (each type's `__new__` + `__init__` in one).
 * Wording of the errors is CPython 3.14's.
 */
import type { Realm } from '../realm';
import { None, type PyClass, PyDict, PyFloat, PyInstance, PySet, PyTuple, type CallArgs, type Value } from '../values';
import { intArg, positional } from './args';
import { lookupMro } from './classes';
import { callDunder } from './calls';
import { dictSet, setAdd } from './equality';
import { copySet } from './set-algebra';
import { reserve } from './set-order';
import { pyRepr, pyStr } from './formatting';
import { stepOf, toArray } from './iteration';
import { checkIntDigits, normBig, parseFloatText, parseIntText } from './numbers';
import { DONE, ITERATOR_TYPES, PyClassMethod, PyProperty, PySlice, PyStaticMethod } from './objects';
import { truthy } from './operators';
import { pyRuntime, type PyRuntime } from './state';
import { typeName } from './types';
import { mappingItems } from './mapping';
import { lazyConstructors } from './lazy';
import { isPyException } from './exceptions';
import { makeRange } from './range';

type Construct = (cls: PyClass, args: CallArgs, realm: Realm) => Value;

function rtOf(realm: Realm): PyRuntime {
  return pyRuntime(realm);
}

/** A float value as a Python int (trunc toward zero). */
export function floatToInt(rt: PyRuntime, x: number): number | bigint {
  if (x !== x) throw rt.error('ValueError', 'cannot convert float NaN to integer');
  if (!Number.isFinite(x)) throw rt.error('OverflowError', 'cannot convert float infinity to integer');
  const t = Math.trunc(x) + 0;
  return Number.isSafeInteger(t) ? t : normBig(BigInt(t));
}

/** The literal in int()'s error message: CPython formats it with `%.200R`, cut at 200 characters. */
function literalRepr(rt: PyRuntime, v: string): string {
  return pyRepr(rt, v).slice(0, 200);
}

export function toInt(rt: PyRuntime, v: Value, base?: Value): Value {
  if (base !== undefined) {
    if (typeof v !== 'string') throw rt.error('TypeError', "int() can't convert non-string with explicit base");
    const b = intArg(rt, base);
    if (b !== 0 && (b < 2 || b > 36)) throw rt.error('ValueError', 'int() base must be >= 2 and <= 36, or 0');
    const r = parseIntText(v, b);
    if (r === undefined) throw rt.error('ValueError', `invalid literal for int() with base ${b}: ${literalRepr(rt, v)}`);
    checkIntDigits(rt, v, b);
    return r;
  }
  if (typeof v === 'number') return Number.isInteger(v) ? v : floatToInt(rt, v);
  if (typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return floatToInt(rt, v.v);
  if (typeof v === 'string') {
    const r = parseIntText(v, 10);
    if (r === undefined) throw rt.error('ValueError', `invalid literal for int() with base 10: ${literalRepr(rt, v)}`);
    checkIntDigits(rt, v, 10);
    return r;
  }
  if (v instanceof PyInstance) {
    for (const name of ['__int__', '__index__', '__trunc__']) {
      if (lookupMro(v.cls, name) !== undefined) return callDunder(rt, v, name, [])!;
    }
  }
  throw rt.error('TypeError', `int() argument must be a string, a bytes-like object or a real number, not '${typeName(rt, v)}'`);
}

export function toFloat(rt: PyRuntime, v: Value): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'bigint') {
    const f = Number(v);
    if (!Number.isFinite(f)) throw rt.error('OverflowError', 'int too large to convert to float');
    return f;
  }
  if (v instanceof PyFloat) return v.v;
  if (typeof v === 'string') {
    const r = parseFloatText(v);
    if (r === undefined) throw rt.error('ValueError', `could not convert string to float: ${pyRepr(rt, v)}`);
    return r;
  }
  if (v instanceof PyInstance && lookupMro(v.cls, '__float__') !== undefined) {
    const r = callDunder(rt, v, '__float__', []);
    if (r instanceof PyFloat) return r.v;
    throw rt.error('TypeError', `${typeName(rt, v)}.__float__ returned non-float (type ${typeName(rt, r)})`);
  }
  throw rt.error('TypeError', `float() argument must be a string or a real number, not '${typeName(rt, v)}'`);
}

/** dict(...) / d.update(...): a mapping or an iterable of pairs, then keyword arguments. */
/**
 * set(x) / frozenset(x): set_update_internal on a new set — a set is merged (its table
 * order copied), a dict pre-sizes the table, anything else is added item by item
 * (set-order.ts explains why the difference shows when the set is printed).
 */
function setFrom(rt: PyRuntime, x: Value): PySet {
  if (x instanceof PySet) return copySet(rt.realm.budget, x);
  const s = new PySet();
  if (x instanceof PyDict) reserve(s, x.entries.size);
  for (const v of toArray(rt, x)) setAdd(rt, s, v);
  return s;
}

export function dictUpdate(rt: PyRuntime, d: PyDict, src: Value | undefined, keywords?: Map<string, Value>): void {
  if (src !== undefined) {
    if (src instanceof PyDict) {
      // An item set per item: a step each, as the loop `d[k] = v` takes (runtime/limits.ts:
      // a loop of dict(d) over 65k items ran for minutes under a few thousand steps; issue 10).
      rt.realm.budget.charge(src.entries.size);
      for (const e of [...src.entries.values()]) dictSet(rt, d, e.key, e.value);
    } else if (src instanceof PyInstance && lookupMro(src.cls, 'keys') !== undefined) {
      for (const [k, v] of mappingItems(rt, src)) dictSet(rt, d, k, v);
    } else {
      const step = stepOf(rt, src);
      let i = 0;
      for (let item = step(); item !== DONE; item = step(), i++) {
        let pair: Value[];
        try {
          pair = toArray(rt, item);
        } catch (e) {
          // Objects/dictobject.c dict_merge_from_seq2 → PySequence_Fast(item, "object is not
          // iterable"): only a TypeError from getting the iterator is reworded; any other
          // error the element's __iter__ raises propagates.
          if (isPyException(rt, e, 'TypeError')) throw rt.error('TypeError', 'object is not iterable');
          throw e;
        }
        if (pair.length !== 2) {
          throw rt.error('ValueError', `dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
        }
        dictSet(rt, d, pair[0], pair[1]);
      }
    }
  }
  if (keywords) for (const [k, v] of keywords) dictSet(rt, d, k, v);
}

function notConstructible(name: string): Construct {
  return (_cls, _args, realm) => {
    throw rtOf(realm).error('TypeError', `cannot create '${name}' instances`);
  };
}

export const constructors: Record<string, Construct> = {
  object: (cls, args, realm) => {
    void args;
    void realm;
    return new PyInstance(cls);
  },
  type: (_cls, args, realm) => {
    const rt = rtOf(realm);
    positional(rt, 'type', args, 1, 1);
    return callDunder(rt, args.positional[0], '__class__', []) ?? None;
  },
  int: (_cls, args, realm) => {
    const rt = rtOf(realm);
    const p = positional(rt, 'int', args, 0, 2, ['base']);
    if (p.length === 0) return 0;
    return toInt(rt, p[0], p[1] ?? args.keywords?.get('base'));
  },
  bool: (_cls, args, realm) => {
    const rt = rtOf(realm);
    const p = positional(rt, 'bool', args, 0, 1);
    return p.length === 0 ? false : truthy(rt, p[0]);
  },
  float: (_cls, args, realm) => {
    const rt = rtOf(realm);
    const p = positional(rt, 'float', args, 0, 1);
    return new PyFloat(p.length === 0 ? 0 : toFloat(rt, p[0]));
  },
  str: (_cls, args, realm) => {
    const rt = rtOf(realm);
    const p = positional(rt, 'str', args, 0, 1, ['object']);
    const v = p[0] ?? args.keywords?.get('object');
    return v === undefined ? '' : pyStr(rt, v);
  },
  list: (_cls, args, realm) => {
    const rt = rtOf(realm);
    const p = positional(rt, 'list', args, 0, 1);
    return p.length === 0 ? [] : toArray(rt, p[0]);
  },
  tuple: (_cls, args, realm) => {
    const rt = rtOf(realm);
    const p = positional(rt, 'tuple', args, 0, 1);
    if (p[0] instanceof PyTuple) return p[0];
    return new PyTuple(p.length === 0 ? [] : toArray(rt, p[0]));
  },
  dict: (_cls, args, realm) => {
    const rt = rtOf(realm);
    const p = args.positional;
    if (p.length > 1) throw rt.error('TypeError', `dict expected at most 1 argument, got ${p.length}`);
    const d = new PyDict();
    dictUpdate(rt, d, p[0], args.keywords);
    return d;
  },
  set: (_cls, args, realm) => {
    const rt = rtOf(realm);
    const p = positional(rt, 'set', args, 0, 1);
    return p.length === 0 ? new PySet() : setFrom(rt, p[0]);
  },
  frozenset: (_cls, args, realm) => {
    const rt = rtOf(realm);
    const p = positional(rt, 'frozenset', args, 0, 1);
    const s = p.length === 0 ? new PySet() : setFrom(rt, p[0]);
    rt.frozen.add(s);
    return s;
  },
  range: (_cls, args, realm) => {
    const rt = rtOf(realm);
    return makeRange(rt, positional(rt, 'range', args, 1, 3));
  },
  slice: (_cls, args, realm) => {
    const rt = rtOf(realm);
    const p = positional(rt, 'slice', args, 1, 3);
    if (p.length === 1) return new PySlice(None, p[0], None);
    return new PySlice(p[0], p[1], p[2] ?? None);
  },
  property: (_cls, args, realm) => {
    const rt = rtOf(realm);
    const p = positional(rt, 'property', args, 0, 4, ['fget', 'fset', 'fdel', 'doc']);
    const kw = (name: string, i: number) => p[i] ?? args.keywords?.get(name) ?? None;
    return new PyProperty(kw('fget', 0), kw('fset', 1), kw('fdel', 2));
  },
  staticmethod: (_cls, args, realm) => new PyStaticMethod(positional(rtOf(realm), 'staticmethod', args, 1, 1)[0]),
  classmethod: (_cls, args, realm) => new PyClassMethod(positional(rtOf(realm), 'classmethod', args, 1, 1)[0]),
  NoneType: (_cls, args, realm) => {
    positional(rtOf(realm), 'NoneType', args, 0, 0);
    return None;
  },
  function: notConstructible('function'),
  builtin_function_or_method: notConstructible('builtin_function_or_method'),
  method: notConstructible('method'),
  module: notConstructible('module'),
  getset_descriptor: notConstructible('getset_descriptor'),
  NotImplementedType: notConstructible('NotImplementedType'),
  ellipsis: notConstructible('ellipsis'),
  ...lazyConstructors,
};

for (const n of [...ITERATOR_TYPES, 'dict_keys', 'dict_values', 'dict_items']) {
  constructors[n] = notConstructible(n);
}
