/**
 * Methods of `dict`, `set` and `frozenset` (Objects/dictobject.c, setobject.c).
 * Views (`keys()`, `values()`, `items()`) are live PyDictView objects.
 */
import { None, type PyClass, PyDict, PySet, PyTuple, type CallArgs, type Value } from '../values';
import { positional } from './args';
import { addMembers } from './classes';
import { callClass } from './instances';
import { dictSet, hashKey, newSet, setAdd } from './equality';
import { dictUpdate } from './constructors';
import { keyError } from './items';
import { toArray } from './iteration';
import { PyDictView } from './objects';
import { adoptLayout, discardAll, forget, pin, reserve, setEntriesInOrder, toggleInto } from './set-order';
import { copySet, differenceUpdate, mergeSet, setOperation } from './set-algebra';
import { chargeVisit } from '../limits';
import type { PyRuntime } from './state';
import { coreTypes, typeName } from './types';

function otherSet(rt: PyRuntime, v: Value): PySet {
  return v instanceof PySet ? v : newSet(rt, toArray(rt, v));
}

/** set_update_internal(target, other): merge a set, pre-size for a dict, else add one by one. */
function updateWith(rt: PyRuntime, target: PySet, other: Value): void {
  if (other instanceof PySet) return mergeSet(rt.realm.budget, target, other);
  if (other instanceof PyDict) reserve(target, other.entries.size);
  for (const x of toArray(rt, other)) setAdd(rt, target, x);
}

/** set_difference_update_internal(so, other) for any iterable. */
function differenceUpdateWith(rt: PyRuntime, so: PySet, other: Value): void {
  if (other instanceof PySet) return differenceUpdate(rt.realm.budget, so, other);
  discardAll(
    so,
    toArray(rt, other).map((x) => hashKey(rt, x, 'set element')),
  );
}

/** Remove in place (a dummy stays in CPython's table). */
function discardKey(s: PySet, key: unknown): boolean {
  if (!s.entries.has(key)) return false;
  pin(s, key);
  return s.entries.delete(key);
}

/** The methods' algorithms (setobject.c set_union, set_intersection_multi, set_difference_multi, ...). */
function combine(rt: PyRuntime, self: PySet, args: CallArgs, op: 'union' | 'intersection' | 'difference' | 'symmetric_difference'): PySet {
  const others = args.positional;
  let out: PySet;
  if (op === 'union') {
    out = copySet(rt.realm.budget, self);
    for (const o of others) updateWith(rt, out, o);
  } else if (op === 'intersection') {
    out = others.length === 0 ? copySet(rt.realm.budget, self) : self;
    for (const o of others) {
      if (o instanceof PySet) out = setOperation(rt.realm.budget, '&', out, o);
      else {
        const next = new PySet();
        for (const x of toArray(rt, o)) if (out.entries.has(hashKey(rt, x, 'set element'))) setAdd(rt, next, x);
        out = next;
      }
    }
  } else if (op === 'difference') {
    if (others.length === 0) out = copySet(rt.realm.budget, self);
    else {
      const first = others[0];
      if (first instanceof PySet || first instanceof PyDict) out = setOperation(rt.realm.budget, '-', self, otherSet(rt, first));
      else {
        out = copySet(rt.realm.budget, self);
        for (const x of toArray(rt, first)) discardKey(out, hashKey(rt, x, 'set element'));
      }
      for (const o of others.slice(1)) differenceUpdateWith(rt, out, o);
    }
  } else {
    out = setOperation(rt.realm.budget, '^', self, otherSet(rt, others[0]));
  }
  if (rt.frozen.has(self)) rt.frozen.add(out);
  return out;
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
        // An item set per item, a step each (constructors.ts dictUpdate).
        rt.realm.budget.charge(D(self).entries.size);
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
      chargeVisit(rt.realm.budget, S(self).entries.size);
      return [...S(self).entries.keys()].every((k) => o.entries.has(k));
    },
    issuperset: (self: Value, a: CallArgs) => {
      const o = otherSet(rt, positional(rt, 'issuperset', a, 1, 1)[0]);
      chargeVisit(rt.realm.budget, o.entries.size);
      return [...o.entries.keys()].every((k) => S(self).entries.has(k));
    },
    isdisjoint: (self: Value, a: CallArgs) => {
      const o = otherSet(rt, positional(rt, 'isdisjoint', a, 1, 1)[0]);
      chargeVisit(rt.realm.budget, o.entries.size);
      return ![...o.entries.keys()].some((k) => S(self).entries.has(k));
    },
    copy: (self: Value) => {
      const out = copySet(rt.realm.budget, S(self));
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
        if (!discardKey(S(self), hashKey(rt, x, 'set element'))) throw keyError(rt, x);
        return None;
      },
      discard: (self, a) => {
        const [x] = positional(rt, 'discard', a, 1, 1);
        discardKey(S(self), hashKey(rt, x, 'set element'));
        return None;
      },
      pop: (self) => {
        const s = S(self);
        if (s.entries.size === 0) throw keyError(rt, 'pop from an empty set');
        const [k, v] = setEntriesInOrder(s)[0]!;
        discardKey(s, k);
        return v;
      },
      clear: (self) => (S(self).entries.clear(), forget(S(self)), None),
      update: (self, a) => {
        for (const arg of a.positional) updateWith(rt, S(self), arg);
        return None;
      },
      intersection_update: (self, a) => (adoptLayout(S(self), combine(rt, S(self), a, 'intersection')), None),
      difference_update: (self, a) => {
        for (const o of a.positional) differenceUpdateWith(rt, S(self), o);
        return None;
      },
      symmetric_difference_update: (self, a) => {
        const [o] = positional(rt, 'symmetric_difference_update', a, 1, 1);
        toggleInto(S(self), setEntriesInOrder(otherSet(rt, o)));
        return None;
      },
    },
  });
  void typeName;
}
