/**
 * Methods of `dict`, `set` and `frozenset` (Objects/dictobject.c, setobject.c).
 * Views (`keys()`, `values()`, `items()`) are live PyDictView objects.
 */
import { None, PyClass, PyDict, PySet, PyTuple, type CallArgs, type Value } from '../values';
import { positional } from './args';
import { addMembers } from './classes';
import { callClass } from './instances';
import { dictSet, hashKey, newSet, setAdd } from './equality';
import { dictUpdate } from './constructors';
import { keyError } from './items';
import { toArray } from './iteration';
import { PyDictView } from './objects';
import { setOrder } from './set-order';
import type { PyRuntime } from './state';
import { coreTypes, typeName } from './types';

function otherSet(rt: PyRuntime, v: Value): PySet {
  return v instanceof PySet ? v : newSet(rt, toArray(rt, v));
}

function combine(rt: PyRuntime, self: PySet, args: CallArgs, op: 'union' | 'intersection' | 'difference' | 'symmetric_difference'): PySet {
  let out = new PySet();
  for (const [k, v] of self.entries) out.entries.set(k, v);
  for (const arg of args.positional) {
    const o = otherSet(rt, arg);
    const next = new PySet();
    if (op === 'union') {
      for (const [k, v] of out.entries) next.entries.set(k, v);
      for (const [k, v] of o.entries) if (!next.entries.has(k)) next.entries.set(k, v);
    } else if (op === 'intersection') {
      for (const [k, v] of out.entries) if (o.entries.has(k)) next.entries.set(k, v);
    } else if (op === 'difference') {
      for (const [k, v] of out.entries) if (!o.entries.has(k)) next.entries.set(k, v);
    } else {
      for (const [k, v] of out.entries) if (!o.entries.has(k)) next.entries.set(k, v);
      for (const [k, v] of o.entries) if (!out.entries.has(k)) next.entries.set(k, v);
    }
    out = next;
  }
  if (rt.frozen.has(self)) rt.frozen.add(out);
  return out;
}

function replaceContents(target: PySet, src: PySet): void {
  target.entries.clear();
  for (const [k, v] of src.entries) target.entries.set(k, v);
}

export function installDictMethods(rt: PyRuntime): void {
  const t = coreTypes(rt);
  const D = (v: Value) => v as PyDict;
  addMembers(t.dict, {
    accepts: (v) => v instanceof PyDict,
    methods: {
      get: (self, a) => {
        const p = positional(rt, 'get', a, 1, 2);
        const e = D(self).entries.get(hashKey(rt, p[0]));
        return e ? e.value : (p[1] ?? None);
      },
      keys: (self, a) => (positional(rt, 'keys', a, 0, 0), new PyDictView(D(self), 'keys')),
      values: (self, a) => (positional(rt, 'values', a, 0, 0), new PyDictView(D(self), 'values')),
      items: (self, a) => (positional(rt, 'items', a, 0, 0), new PyDictView(D(self), 'items')),
      pop: (self, a) => {
        const p = positional(rt, 'pop', a, 1, 2);
        const k = hashKey(rt, p[0]);
        const e = D(self).entries.get(k);
        if (e) {
          D(self).entries.delete(k);
          return e.value;
        }
        if (p.length > 1) return p[1];
        throw keyError(rt, p[0]);
      },
      setdefault: (self, a) => {
        const p = positional(rt, 'setdefault', a, 1, 2);
        const e = D(self).entries.get(hashKey(rt, p[0]));
        if (e) return e.value;
        const v = p[1] ?? None;
        dictSet(rt, D(self), p[0], v);
        return v;
      },
      update: (self, a) => {
        const p = a.positional;
        if (p.length > 1) throw rt.error('TypeError', `update expected at most 1 argument, got ${p.length}`);
        dictUpdate(rt, D(self), p[0], a.keywords);
        return None;
      },
      copy: (self) => {
        const d = new PyDict();
        for (const [k, e] of D(self).entries) d.entries.set(k, { key: e.key, value: e.value });
        return d;
      },
      clear: (self) => (D(self).entries.clear(), None),
      popitem: (self) => {
        const entries = D(self).entries;
        if (entries.size === 0) throw keyError(rt, 'popitem(): dictionary is empty');
        const lastKey = [...entries.keys()].pop();
        const e = entries.get(lastKey)!;
        entries.delete(lastKey);
        return new PyTuple([e.key, e.value]);
      },
      __len__: (self) => D(self).entries.size,
    },
    classMethods: {
      fromkeys: (cls, a) => {
        const p = positional(rt, 'fromkeys', a, 1, 2);
        const d = callClass(rt, cls as PyClass, { positional: [] }) as PyDict;
        for (const k of toArray(rt, p[0])) dictSet(rt, d, k, p[1] ?? None);
        return d;
      },
    },
  });

  const S = (v: Value) => v as PySet;
  const isSet = (v: Value) => v instanceof PySet;
  const shared = {
    union: (self: Value, a: CallArgs) => combine(rt, S(self), a, 'union'),
    intersection: (self: Value, a: CallArgs) => combine(rt, S(self), a, 'intersection'),
    difference: (self: Value, a: CallArgs) => combine(rt, S(self), a, 'difference'),
    symmetric_difference: (self: Value, a: CallArgs) => combine(rt, S(self), a, 'symmetric_difference'),
    issubset: (self: Value, a: CallArgs) => {
      const o = otherSet(rt, positional(rt, 'issubset', a, 1, 1)[0]);
      return [...S(self).entries.keys()].every((k) => o.entries.has(k));
    },
    issuperset: (self: Value, a: CallArgs) => {
      const o = otherSet(rt, positional(rt, 'issuperset', a, 1, 1)[0]);
      return [...o.entries.keys()].every((k) => S(self).entries.has(k));
    },
    isdisjoint: (self: Value, a: CallArgs) => {
      const o = otherSet(rt, positional(rt, 'isdisjoint', a, 1, 1)[0]);
      return ![...o.entries.keys()].some((k) => S(self).entries.has(k));
    },
    copy: (self: Value) => {
      const out = new PySet();
      for (const [k, v] of S(self).entries) out.entries.set(k, v);
      if (rt.frozen.has(S(self))) rt.frozen.add(out);
      return out;
    },
    __len__: (self: Value) => S(self).entries.size,
  };
  addMembers(t.frozenset, { accepts: isSet, methods: shared });
  addMembers(t.set, {
    accepts: isSet,
    methods: {
      ...shared,
      add: (self, a) => {
        setAdd(rt, S(self), positional(rt, 'add', a, 1, 1)[0]);
        return None;
      },
      remove: (self, a) => {
        const [x] = positional(rt, 'remove', a, 1, 1);
        if (!S(self).entries.delete(hashKey(rt, x, 'set element'))) throw keyError(rt, x);
        return None;
      },
      discard: (self, a) => {
        const [x] = positional(rt, 'discard', a, 1, 1);
        S(self).entries.delete(hashKey(rt, x, 'set element'));
        return None;
      },
      pop: (self) => {
        const s = S(self);
        if (s.entries.size === 0) throw keyError(rt, 'pop from an empty set');
        const v = setOrder(s)[0];
        s.entries.delete(hashKey(rt, v, 'set element'));
        return v;
      },
      clear: (self) => (S(self).entries.clear(), None),
      update: (self, a) => {
        for (const arg of a.positional) for (const x of toArray(rt, arg)) setAdd(rt, S(self), x);
        return None;
      },
      intersection_update: (self, a) => (replaceContents(S(self), combine(rt, S(self), a, 'intersection')), None),
      difference_update: (self, a) => (replaceContents(S(self), combine(rt, S(self), a, 'difference')), None),
      symmetric_difference_update: (self, a) => (replaceContents(S(self), combine(rt, S(self), a, 'symmetric_difference')), None),
    },
  });
  void typeName;
}
