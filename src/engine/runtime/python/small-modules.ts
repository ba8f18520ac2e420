/**
 * Small pure-Python standard modules snippets import in passing:
 *  - `operator`: itemgetter, attrgetter, methodcaller and the operator functions;
 *  - `copy`: copy / deepcopy of lists, tuples, dicts, sets and instances (instance
 *    `__dict__` copied; cycles and shared references kept by deepcopy's memo);
 *  - `string`: the character-class constants;
 *  - `gc`: `collect()`, `enable()`, `disable()`, `isenabled()`, what programs call before
 *    showing a finalizer's warning ("Task exception was never retrieved").
 */
import { None, PyDict, PyInstance, PyModule, PySet, PyTuple, type CallArgs, type Value } from '../values';
import { intArg, positional } from './args';
import { getAttr } from './attributes';
import { call, callArgs } from './calls';
import { lookupMro, pyNative } from './classes';
import { compare, contains } from './comparisons';
import { newDict, hashKey } from './equality';
import { delItem, getItem, setItem } from './items';
import { binary, inplace, truthy, unary } from './operators';
import type { PyRuntime } from './state';
import { toArray } from './iteration';
import { typeName } from './types';

const module = (name: string) => {
  const m = new PyModule(name);
  m.dict.set('__name__', name);
  return m;
};

/** The builders of `operator`, `copy`, `string` and `gc`, by module name (built on first import). */
export function installSmallModules(rt: PyRuntime): Record<string, () => PyModule> {
  return { operator: () => operatorModule(rt), copy: () => copyModule(rt), string: () => stringModule(), gc: () => gcModule(rt) };
}

function operatorModule(rt: PyRuntime): PyModule {
  const m = module('operator');
  const def = (name: string, impl: (a: CallArgs) => Value) =>
    m.dict.set(
      name,
      pyNative(name, (_s, a) => impl(a)),
    );
  const bin: [string, Parameters<typeof binary>[1]][] = [
    ['add', '+'],
    ['sub', '-'],
    ['mul', '*'],
    ['truediv', '/'],
    ['floordiv', '//'],
    ['mod', '%'],
    ['pow', '**'],
    ['and_', '&'],
    ['or_', '|'],
    ['xor', '^'],
    ['lshift', '<<'],
    ['rshift', '>>'],
    ['matmul', '@'],
  ];
  for (const [name, op] of bin) def(name, (a) => binary(rt, op, ...positional(rt, name, a, 2, 2)));
  for (const [name, op] of [
    ['lt', '<'],
    ['le', '<='],
    ['gt', '>'],
    ['ge', '>='],
    ['eq', '=='],
    ['ne', '!='],
  ] as const) {
    def(name, (a) => compare(rt, op, ...positional(rt, name, a, 2, 2)));
  }
  // The in-place forms: `a += b` and the rest, through __iadd__ and its fallbacks.
  for (const [name, op] of bin) {
    const iname = `i${name.replace(/_$/, '')}`;
    def(iname, (a) => inplace(rt, op, ...positional(rt, iname, a, 2, 2)));
  }
  const sequence = (name: string, v: Value) => {
    if (!(
      Array.isArray(v) ||
      v instanceof PyTuple ||
      typeof v === 'string' ||
      (v instanceof PyInstance && lookupMro(v.cls, '__getitem__') !== undefined)
    )) {
      throw rt.error('TypeError', `'${typeName(rt, v)}' object can't be concatenated`);
    }
    return v;
  };
  def('concat', (a) => {
    const [x, y] = positional(rt, 'concat', a, 2, 2);
    return binary(rt, '+', sequence('concat', x), y);
  });
  def('iconcat', (a) => {
    const [x, y] = positional(rt, 'iconcat', a, 2, 2);
    return inplace(rt, '+', sequence('iconcat', x), y);
  });
  const builtin = (name: string) => rt.realm.builtins.py.get(name)!;
  def('abs', (a) => call(rt, builtin('abs'), positional(rt, 'abs', a, 1, 1)));
  def('index', (a) => call(rt, builtin('int'), [callDunderIndex(positional(rt, 'index', a, 1, 1)[0])]));
  const callDunderIndex = (v: Value): Value => {
    if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') return v;
    if (v instanceof PyInstance && lookupMro(v.cls, '__index__') !== undefined) return call(rt, getAttr(rt, v, '__index__'), []);
    throw rt.error('TypeError', `'${typeName(rt, v)}' object cannot be interpreted as an integer`);
  };
  def('pos', (a) => unary(rt, '+', positional(rt, 'pos', a, 1, 1)[0]));
  def('inv', (a) => unary(rt, '~', positional(rt, 'inv', a, 1, 1)[0]));
  def('invert', (a) => unary(rt, '~', positional(rt, 'invert', a, 1, 1)[0]));
  def('is_', (a) => {
    const [x, y] = positional(rt, 'is_', a, 2, 2);
    return compare(rt, 'is', x, y);
  });
  def('is_not', (a) => {
    const [x, y] = positional(rt, 'is_not', a, 2, 2);
    return compare(rt, 'is not', x, y);
  });
  def('is_none', (a) => positional(rt, 'is_none', a, 1, 1)[0] === None);
  def('is_not_none', (a) => positional(rt, 'is_not_none', a, 1, 1)[0] !== None);
  def('contains', (a) => {
    const [x, y] = positional(rt, 'contains', a, 2, 2);
    return contains(rt, x, y);
  });
  def('countOf', (a) => {
    const [x, y] = positional(rt, 'countOf', a, 2, 2);
    return toArray(rt, x).filter((v) => v === y || truthy(rt, compare(rt, '==', v, y))).length;
  });
  def('indexOf', (a) => {
    const [x, y] = positional(rt, 'indexOf', a, 2, 2);
    const i = toArray(rt, x).findIndex((v) => v === y || truthy(rt, compare(rt, '==', v, y)));
    if (i < 0) throw rt.error('ValueError', 'sequence.index(x): x not in sequence');
    return i;
  });
  def('setitem', (a) => {
    const [o, k, v] = positional(rt, 'setitem', a, 3, 3);
    setItem(rt, o, k, v);
    return None;
  });
  def('delitem', (a) => {
    const [o, k] = positional(rt, 'delitem', a, 2, 2);
    delItem(rt, o, k);
    return None;
  });
  def('call', (a) => {
    const [fn, ...rest] = a.positional;
    if (fn === undefined) throw rt.error('TypeError', "call() missing 1 required positional argument: 'obj'");
    return callArgs(rt, fn, { positional: rest, keywords: a.keywords });
  });
  def('neg', (a) => unary(rt, '-', positional(rt, 'neg', a, 1, 1)[0]));
  def('not_', (a) => !truthy(rt, positional(rt, 'not_', a, 1, 1)[0]));
  def('truth', (a) => truthy(rt, positional(rt, 'truth', a, 1, 1)[0]));
  def('getitem', (a) => getItem(rt, ...positional(rt, 'getitem', a, 2, 2)));
  def('itemgetter', (a) => {
    const keys = a.positional;
    return pyNative('itemgetter', (_s, b) => {
      const obj = b.positional[0]!;
      return keys.length === 1 ? getItem(rt, obj, keys[0]) : new PyTuple(keys.map((k) => getItem(rt, obj, k)));
    });
  });
  def('attrgetter', (a) => {
    const names = a.positional.map(String);
    const get = (obj: Value, path: string) => path.split('.').reduce((o, n) => getAttr(rt, o, n), obj);
    return pyNative('attrgetter', (_s, b) => {
      const obj = b.positional[0]!;
      return names.length === 1 ? get(obj, names[0]!) : new PyTuple(names.map((n) => get(obj, n)));
    });
  });
  def('methodcaller', (a) => {
    const [name, ...args] = a.positional;
    return pyNative('methodcaller', (_s, b) =>
      callArgs(rt, getAttr(rt, b.positional[0], String(name)), { positional: args, keywords: a.keywords }),
    );
  });
  return m;
}

function copyModule(rt: PyRuntime): PyModule {
  const m = module('copy');
  const shallow = (v: Value): Value => {
    if (Array.isArray(v)) return v.slice();
    if (v instanceof PyDict) {
      const d = new PyDict();
      for (const [k, e] of v.entries) d.entries.set(k, { key: e.key, value: e.value });
      return d;
    }
    if (v instanceof PySet) {
      if (rt.frozen.has(v)) return v;
      const s = new PySet();
      for (const [k, x] of v.entries) s.entries.set(k, x);
      return s;
    }
    if (v instanceof PyInstance && rt.userClasses.has(v.cls)) {
      const c = lookupCopy(v, '__copy__');
      if (c !== undefined) return call(rt, c, []);
      const o = new PyInstance(v.cls, v.internal);
      for (const [k, x] of v.dict) o.dict.set(k, x);
      return o;
    }
    return v;
  };
  const lookupCopy = (v: PyInstance, name: string) => {
    for (const c of v.cls.mro) if (c.dict.has(name)) return getAttr(rt, v, name);
    return undefined;
  };
  const deep = (v: Value, memo: Map<Value, Value>): Value => {
    if (memo.has(v)) return memo.get(v)!;
    if (Array.isArray(v)) {
      const out: Value[] = [];
      memo.set(v, out);
      for (const x of v) out.push(deep(x, memo));
      return out;
    }
    if (v instanceof PyTuple) {
      const items = v.items.map((x) => deep(x, memo));
      const out = items.every((x, i) => x === v.items[i]) ? v : new PyTuple(items);
      memo.set(v, out);
      return out;
    }
    if (v instanceof PyDict) {
      const d = new PyDict();
      memo.set(v, d);
      for (const e of v.entries.values()) {
        const key = deep(e.key, memo);
        d.entries.set(hashKey(rt, key), { key, value: deep(e.value, memo) });
      }
      return d;
    }
    if (v instanceof PySet) {
      const s = new PySet();
      if (rt.frozen.has(v)) rt.frozen.add(s);
      memo.set(v, s);
      for (const [k, x] of v.entries) s.entries.set(k, deep(x, memo));
      return s;
    }
    if (v instanceof PyInstance && rt.userClasses.has(v.cls)) {
      const c = lookupCopy(v, '__deepcopy__');
      if (c !== undefined) return call(rt, c, [newDict(rt, [])]);
      const o = new PyInstance(v.cls, v.internal);
      memo.set(v, o);
      for (const [k, x] of v.dict) o.dict.set(k, deep(x, memo));
      return o;
    }
    return v;
  };
  m.dict.set(
    'copy',
    pyNative('copy', (_s, a) => shallow(positional(rt, 'copy', a, 1, 1)[0])),
  );
  m.dict.set(
    'deepcopy',
    pyNative('deepcopy', (_s, a) => deep(positional(rt, 'deepcopy', a, 1, 2)[0], new Map())),
  );
  return m;
}

function stringModule(): PyModule {
  const m = module('string');
  const lower = 'abcdefghijklmnopqrstuvwxyz';
  const upper = lower.toUpperCase();
  const punctuation = '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
  const values: Record<string, string> = {
    ascii_lowercase: lower,
    ascii_uppercase: upper,
    ascii_letters: lower + upper,
    digits: '0123456789',
    hexdigits: '0123456789abcdefABCDEF',
    octdigits: '01234567',
    punctuation,
    whitespace: ' \t\n\r\x0b\x0c',
    printable: '0123456789' + lower + upper + punctuation + ' \t\n\r\x0b\x0c',
  };
  for (const [k, v] of Object.entries(values)) m.dict.set(k, v);
  return m;
}

/**
 * `gc` (Modules/gcmodule.c). The engine has no cycles to collect: the finalizers CPython runs
 * when objects die (a task's "exception was never retrieved", a coroutine never awaited)
 * report at the end of the run (models/python/warnings.ts), so `collect()` frees nothing
 * and returns 0 (CPython's count of unreachable objects depends on its own allocations).
 * What CPython's collect() finalizes in a cycle is finalized at the end of the run instead:
 * a pending task of a closed loop (task and future refer to each other) is reported as
 * destroyed, and its coroutine closed, after the program's last line, not at the call.
 */
function gcModule(rt: PyRuntime): PyModule {
  const m = module('gc');
  let enabled = true;
  const def = (name: string, impl: (a: CallArgs) => Value) =>
    m.dict.set(
      name,
      pyNative(name, (_s, a) => impl(a)),
    );
  // Argument Clinic's messages: `collect([generation])` is positional-or-keyword, the others take none.
  const noArgs = (name: string, a: CallArgs) => {
    if (a.keywords?.size) throw rt.error('TypeError', `gc.${name}() takes no keyword arguments`);
    if (a.positional.length > 0) throw rt.error('TypeError', `gc.${name}() takes no arguments (${a.positional.length} given)`);
  };
  def('collect', (a) => {
    for (const k of a.keywords?.keys() ?? [])
      if (k !== 'generation') throw rt.error('TypeError', `collect() got an unexpected keyword argument '${k}'`);
    const n = a.positional.length + (a.keywords?.size ?? 0);
    if (n > 1) throw rt.error('TypeError', `collect() takes at most 1 argument (${n} given)`);
    const given = a.positional[0] ?? a.keywords?.get('generation');
    if (given !== undefined) {
      const g = intArg(rt, given);
      if (g < 0 || g > 2) throw rt.error('ValueError', 'invalid generation');
    }
    return 0;
  });
  def('enable', (a) => (noArgs('enable', a), (enabled = true), None));
  def('disable', (a) => (noArgs('disable', a), (enabled = false), None));
  def('isenabled', (a) => (noArgs('isenabled', a), enabled));
  return m;
}
