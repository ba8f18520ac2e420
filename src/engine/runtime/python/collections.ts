/**
 * The `collections` module: deque, defaultdict, Counter, OrderedDict.
 *
 * deque is a built-in class whose instances carry a TS array. defaultdict and Counter are
 * PyDicts (so every dict method and operator applies) tagged with their class and a
 * `__missing__` hook in the runtime (state.ts `dictTypes`, `dictMissing`): defaultdict
 * inserts `factory()`, Counter answers 0 without inserting — as CPython's do.
 */
import { None, PyClass, PyDict, PyInstance, PyModule, PyTuple, type CallArgs, type Value } from '../values';
import { intArg, positional } from './args';
import { addMembers, defineBuiltinClass, pyClass } from './classes';
import { call } from './calls';
import { dictSet, hashKey, pyEquals } from './equality';
import { keyError } from './items';
import { dictUpdate } from './constructors';
import { pyRepr } from './formatting';
import { toArray, stepOf } from './iteration';
import { DONE, PyIterator } from './objects';
import { binary, truthy } from './operators';
import { namedtupleFunction } from './namedtuple';
import { counterDunders } from './counter-algebra';
import type { PyRuntime } from './state';
import { typeName } from './types';

interface DequeState {
  items: Value[];
  maxlen: number | undefined;
}

function dq(v: Value): DequeState {
  return (v as PyInstance).internal as DequeState;
}

function trim(s: DequeState, fromLeft: boolean): void {
  if (s.maxlen === undefined || s.items.length <= s.maxlen) return;
  // One cut, not one shift per item: deque(range(10**6), maxlen=1) stays linear.
  if (fromLeft) s.items.splice(0, s.items.length - s.maxlen);
  else s.items.length = s.maxlen;
}

function installDeque(rt: PyRuntime): PyClass {
  const isDeque = (v: Value) => v instanceof PyInstance && v.internal !== undefined && (v.internal as DequeState).items !== undefined;
  return defineBuiltinClass(rt.realm, 'deque', [pyClass(rt.realm, 'object')], {
    module: 'collections',
    register: false,
    accepts: isDeque,
    construct: (cls, args) => {
      const p = positional(rt, 'deque', args, 0, 2, ['iterable', 'maxlen']);
      const it = p[0] ?? args.keywords?.get('iterable');
      const ml = p[1] ?? args.keywords?.get('maxlen');
      const maxlen = ml === undefined || ml === None ? undefined : intArg(rt, ml);
      if (maxlen !== undefined && maxlen < 0) throw rt.error('ValueError', 'maxlen must be non-negative');
      const s: DequeState = { items: it === undefined ? [] : toArray(rt, it), maxlen };
      trim(s, true);
      return new PyInstance(cls, s);
    },
    methods: {
      append: (self, a) => {
        dq(self).items.push(positional(rt, 'append', a, 1, 1)[0]);
        trim(dq(self), true);
        return None;
      },
      appendleft: (self, a) => {
        dq(self).items.unshift(positional(rt, 'appendleft', a, 1, 1)[0]);
        trim(dq(self), false);
        return None;
      },
      pop: (self) => {
        if (dq(self).items.length === 0) throw rt.error('IndexError', 'pop from an empty deque');
        return dq(self).items.pop()!;
      },
      popleft: (self) => {
        if (dq(self).items.length === 0) throw rt.error('IndexError', 'pop from an empty deque');
        return dq(self).items.shift()!;
      },
      extend: (self, a) => {
        for (const x of toArray(rt, positional(rt, 'extend', a, 1, 1)[0])) dq(self).items.push(x);
        trim(dq(self), true);
        return None;
      },
      extendleft: (self, a) => {
        for (const x of toArray(rt, positional(rt, 'extendleft', a, 1, 1)[0])) dq(self).items.unshift(x);
        trim(dq(self), false);
        return None;
      },
      clear: (self) => {
        dq(self).items.length = 0;
        return None;
      },
      rotate: (self, a) => {
        const p = positional(rt, 'rotate', a, 0, 1);
        const items = dq(self).items;
        const n = items.length;
        if (n === 0) return None;
        const k = (((p.length ? intArg(rt, p[0]) : 1) % n) + n) % n;
        items.unshift(...items.splice(n - k, k));
        return None;
      },
      count: (self, a) => {
        const [x] = positional(rt, 'count', a, 1, 1);
        return dq(self).items.filter((y) => y === x || pyEquals(rt, y, x)).length;
      },
      __len__: (self) => dq(self).items.length,
      __iter__: (self) => {
        const items = dq(self).items;
        let i = 0;
        return new PyIterator('_collections._deque_iterator', () => (i < items.length ? items[i++] : DONE));
      },
      __getitem__: (self, a) => {
        const items = dq(self).items;
        let i = intArg(rt, a.positional[0]);
        if (i < 0) i += items.length;
        if (i < 0 || i >= items.length) throw rt.error('IndexError', 'deque index out of range');
        return items[i];
      },
      __contains__: (self, a) => dq(self).items.some((y) => y === a.positional[0] || pyEquals(rt, y, a.positional[0])),
      __eq__: (self, a) => {
        const o = a.positional[0];
        if (!isDeque(o)) return false;
        const x = dq(self).items;
        const y = dq(o).items;
        return x.length === y.length && x.every((v, i) => v === y[i] || pyEquals(rt, v, y[i]));
      },
      __repr__: (self) => {
        const s = dq(self);
        const body = pyRepr(rt, s.items);
        return s.maxlen === undefined ? `deque(${body})` : `deque(${body}, maxlen=${s.maxlen})`;
      },
    },
    properties: { maxlen: { get: (self) => dq(self).maxlen ?? None } },
  });
}

/** Counter(iterable) / counter.update(iterable): add counts. */
function countInto(rt: PyRuntime, d: PyDict, src: Value | undefined, keywords: Map<string, Value> | undefined, sign: 1 | -1): void {
  const add = (k: Value, n: Value) => {
    const e = d.entries.get(hashKey(rt, k));
    const delta = sign === 1 ? n : binary(rt, '*', n, -1);
    if (e) e.value = binary(rt, '+', e.value, delta);
    else dictSet(rt, d, k, delta);
  };
  if (src instanceof PyDict) for (const e of [...src.entries.values()]) add(e.key, e.value);
  else if (src !== undefined && src !== None) {
    const step = stepOf(rt, src);
    for (let x = step(); x !== DONE; x = step()) add(x, 1);
  }
  if (keywords) for (const [k, v] of keywords) add(k, v);
}

function mostCommon(rt: PyRuntime, d: PyDict): PyTuple[] {
  const entries = [...d.entries.values()];
  // Stable sort by count, descending (ties keep insertion order, as CPython's sorted()).
  // (Array.prototype.sort is stable.)
  const sorted = entries.slice().sort((x, y) => {
    const a = x.value;
    const b = y.value;
    const gt = rt.realm.py.truthy(rt.realm.py.compare('>', a, b));
    const lt = rt.realm.py.truthy(rt.realm.py.compare('<', a, b));
    return gt ? -1 : lt ? 1 : 0;
  });
  return sorted.map((e) => new PyTuple([e.key, e.value]));
}

export function installCollections(rt: PyRuntime): PyModule {
  const realm = rt.realm;
  const dict = pyClass(realm, 'dict');
  const deque = installDeque(rt);
  const defaultdict = defineBuiltinClass(realm, 'defaultdict', [dict], {
    module: 'collections',
    register: false,
    construct: (cls, args) => {
      const [factory, ...rest] = args.positional;
      if (factory !== undefined && factory !== None && !realm.interp?.isCallable(factory) && !(factory instanceof PyClass)) {
        throw rt.error('TypeError', 'first argument must be callable or None');
      }
      const d = new PyDict();
      dictUpdate(rt, d, rest[0], args.keywords);
      rt.dictTypes.set(d, cls);
      const f = factory ?? None;
      rt.dictFactory.set(d, f);
      if (f !== None) {
        rt.dictMissing.set(d, (key) => {
          const v = call(rt, f, []);
          dictSet(rt, d, key, v);
          return v;
        });
      }
      return d;
    },
    properties: { default_factory: { get: (self) => rt.dictFactory.get(self as PyDict) ?? None } },
  });
  const newCounter = (cls: PyClass): PyDict => {
    const d = new PyDict();
    rt.dictTypes.set(d, cls);
    rt.dictMissing.set(d, () => 0);
    return d;
  };
  const counterOps = {
    binary: (r: PyRuntime, op: '+' | '-', a: Value, b: Value) => binary(r, op, a, b),
    compare: (r: PyRuntime, op: '<' | '<=' | '>' | '>=' | '==', a: Value, b: Value) => truthy(r, realm.py.compare(op, a, b)),
  };
  const counter: PyClass = defineBuiltinClass(realm, 'Counter', [dict], {
    module: 'collections',
    register: false,
    accepts: (v) => v instanceof PyDict,
    construct: (cls, args: CallArgs) => {
      const p = positional(rt, 'Counter', args, 0, 1, [...(args.keywords?.keys() ?? [])]);
      const d = newCounter(cls);
      countInto(rt, d, p[0], args.keywords, 1);
      return d;
    },
    methods: {
      ...counterDunders(
        rt,
        () => counter,
        () => newCounter(counter),
        counterOps,
      ),
      most_common: (self, a) => {
        const p = positional(rt, 'most_common', a, 0, 1);
        const all = mostCommon(rt, self as PyDict);
        return p.length && p[0] !== None ? all.slice(0, Math.max(0, intArg(rt, p[0]))) : all;
      },
      update: (self, a) => {
        countInto(rt, self as PyDict, a.positional[0], a.keywords, 1);
        return None;
      },
      subtract: (self, a) => {
        countInto(rt, self as PyDict, a.positional[0], a.keywords, -1);
        return None;
      },
      total: (self) => {
        let t: Value = 0;
        for (const e of (self as PyDict).entries.values()) t = binary(rt, '+', t, e.value);
        return t;
      },
      elements: (self) => {
        const out: Value[] = [];
        for (const e of (self as PyDict).entries.values()) {
          const n = typeof e.value === 'number' ? e.value : 0;
          for (let i = 0; i < n; i++) out.push(e.key);
        }
        return new PyIterator('itertools.chain', ((i) => () => (i < out.length ? out[i++] : DONE))(0));
      },
    },
  });
  // OrderedDict: a dict (insertion-ordered already) with the two methods that reorder it.
  // Not modelled: == between two OrderedDicts is order-sensitive in CPython.
  const orderedDict = defineBuiltinClass(realm, 'OrderedDict', [dict], {
    module: 'collections',
    register: false,
    accepts: (v) => v instanceof PyDict,
    construct: (cls, args: CallArgs) => {
      const p = positional(rt, 'OrderedDict', args, 0, 1, [...(args.keywords?.keys() ?? [])]);
      const d = new PyDict();
      dictUpdate(rt, d, p[0], args.keywords);
      rt.dictTypes.set(d, cls);
      return d;
    },
    methods: {
      move_to_end: (self, a) => {
        const d = self as PyDict;
        const [key, last] = positional(rt, 'move_to_end', a, 1, 2, ['last']);
        const atEnd = truthy(rt, last ?? a.keywords?.get('last') ?? true);
        const hk = hashKey(rt, key!);
        const entry = d.entries.get(hk);
        if (entry === undefined) throw keyError(rt, key!);
        d.entries.delete(hk);
        if (atEnd) d.entries.set(hk, entry);
        else {
          const rest = [...d.entries];
          d.entries.clear();
          d.entries.set(hk, entry);
          for (const [k, e] of rest) d.entries.set(k, e);
        }
        return None;
      },
      popitem: (self, a) => {
        const d = self as PyDict;
        const [last] = positional(rt, 'popitem', a, 0, 1, ['last']);
        if (d.entries.size === 0) throw keyError(rt, 'dictionary is empty');
        const atEnd = truthy(rt, last ?? a.keywords?.get('last') ?? true);
        const keys = [...d.entries.keys()];
        const hk = atEnd ? keys[keys.length - 1] : keys[0];
        const entry = d.entries.get(hk)!;
        d.entries.delete(hk);
        return new PyTuple([entry.key, entry.value]);
      },
    },
  });
  // Each has its own __repr__ (Lib/collections), so `dict.__repr__(c)` is the plain dict's
  // (special-methods.ts) while `repr(c)` and `Counter.__repr__(c)` are the class's.
  for (const cls of [defaultdict, counter, orderedDict])
    addMembers(cls, { accepts: (v) => v instanceof PyDict, methods: { __repr__: (self) => pyRepr(rt, self) } });
  const m = new PyModule('collections');
  m.dict.set('__name__', 'collections');
  m.dict.set('deque', deque);
  m.dict.set('defaultdict', defaultdict);
  m.dict.set('Counter', counter);
  m.dict.set('OrderedDict', orderedDict);
  m.dict.set('namedtuple', namedtupleFunction(rt));
  void typeName;
  return m;
}

/** repr of a tagged dict (defaultdict / Counter), or undefined for a plain dict. */
export function specialDictRepr(rt: PyRuntime, d: PyDict, plain: () => string): string | undefined {
  const cls = rt.dictTypes.get(d);
  if (!cls) return undefined;
  if (cls.name === 'defaultdict') return `defaultdict(${pyRepr(rt, rt.dictFactory.get(d) ?? None)}, ${plain()})`;
  if (cls.name === 'Counter') {
    if (d.entries.size === 0) return 'Counter()';
    const parts = mostCommon(rt, d).map((t) => `${pyRepr(rt, t.items[0])}: ${pyRepr(rt, t.items[1])}`);
    return `Counter({${parts.join(', ')}})`;
  }
  // OrderedDict's repr (3.12+): `OrderedDict({...})`, or `OrderedDict()` when empty.
  return d.entries.size === 0 ? `${cls.name}()` : `${cls.name}(${plain()})`;
}
