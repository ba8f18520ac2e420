/**
 * Methods of `list` and `tuple` (Objects/listobject.c, tupleobject.c), and the sort
 * used by `list.sort` and `sorted()`: stable, `key=`, `reverse=` (reverse keeps equal
 * items in their original order, as CPython's), comparing with `<` only.
 */
import { None, PyTuple, type CallArgs, type Value } from '../values';
import { intArg, positional } from './args';
import { addMembers } from './classes';
import { call } from './calls';
import { sameOrEq } from './equality';
import { toArray } from './iteration';
import { arrayFits, chargeVisit } from '../limits';
import { truthy } from './operators';
import { order } from './comparisons';
import type { PyRuntime } from './state';
import { coreTypes } from './types';

function lt(rt: PyRuntime, a: Value, b: Value): boolean {
  const r = order(rt, '<', a, b);
  return typeof r === 'boolean' ? r : truthy(rt, r);
}

/**
 * The natives below that walk or move a list's items charge that work to the step budget
 * (runtime/limits.ts chargeVisit: a step per 64 items), as CPython's loop of them would be
 * statements here: each is bounded by the array cap, but a loop of them was not (issue 10).
 */

/** Sort `items` in place (list.sort semantics). */
export function sortValues(rt: PyRuntime, items: Value[], key: Value, reverse: boolean): void {
  // The work of a sort (n log n comparisons) is charged before it starts: comparing ints or
  // strings runs no statement, and a loop of sorts over a long list met no budget (issue 10).
  chargeVisit(rt.realm.budget, items.length * Math.ceil(Math.log2(items.length + 1)));
  const keys = key === None || key === undefined ? items.slice() : items.map((x) => call(rt, key, [x]));
  const idx = items.map((_, i) => i);
  // V8's TimSort is stable and calls compare(later, earlier) first, as CPython evaluates `later < earlier`.
  idx.sort((i, j) => {
    const a = keys[i];
    const b = keys[j];
    if (reverse) return lt(rt, b, a) ? -1 : lt(rt, a, b) ? 1 : 0;
    return lt(rt, a, b) ? -1 : lt(rt, b, a) ? 1 : 0;
  });
  const sorted = idx.map((i) => items[i]);
  for (let i = 0; i < sorted.length; i++) items[i] = sorted[i];
}

function sortArgs(rt: PyRuntime, name: string, a: CallArgs): [Value, boolean] {
  if (a.positional.length > 0) throw rt.error('TypeError', `${name}() takes no positional arguments`);
  positional(rt, name, a, 0, 0, ['key', 'reverse']);
  const key = a.keywords?.get('key') ?? None;
  const rev = a.keywords?.get('reverse');
  return [key, rev !== undefined && truthy(rt, rev)];
}

function seqIndexOf(rt: PyRuntime, items: readonly Value[], a: CallArgs, what: string): number {
  const p = positional(rt, 'index', a, 1, 3);
  const n = items.length;
  let start = p[1] === undefined ? 0 : intArg(rt, p[1]);
  let stop = p[2] === undefined ? n : intArg(rt, p[2]);
  if (start < 0) start = Math.max(0, start + n);
  if (stop < 0) stop = Math.max(0, stop + n);
  let i = start;
  while (i < Math.min(stop, n) && !sameOrEq(rt, items[i], p[0])) i++;
  // Charged by the items compared, as `in` is (comparisons.ts seqContains).
  chargeVisit(rt.realm.budget, i - start);
  if (i < Math.min(stop, n)) return i;
  throw rt.error('ValueError', `${what}.index(x): x not in ${what}`);
}

export { sortArgs };

export function installListMethods(rt: PyRuntime): void {
  const t = coreTypes(rt);
  const L = (v: Value) => v as Value[];
  addMembers(t.list, {
    accepts: (v) => Array.isArray(v),
    methods: {
      append: (self, a) => {
        const [x] = positional(rt, 'append', a, 1, 1);
        L(self).push(x);
        return None;
      },
      extend: (self, a) => {
        const [it] = positional(rt, 'extend', a, 1, 1);
        const items = toArray(rt, it);
        const list = L(self);
        // Sized before it grows (list_extend), as every list-growing native is (issue 10).
        if (!arrayFits(rt.realm.budget, list.length + items.length)) throw rt.error('MemoryError', '');
        for (const x of items) list.push(x);
        return None;
      },
      insert: (self, a) => {
        const [iv, x] = positional(rt, 'insert', a, 2, 2);
        const list = L(self);
        let i = intArg(rt, iv);
        if (i < 0) i = Math.max(0, i + list.length);
        chargeVisit(rt.realm.budget, list.length - Math.min(i, list.length));
        list.splice(Math.min(i, list.length), 0, x);
        return None;
      },
      pop: (self, a) => {
        const p = positional(rt, 'pop', a, 0, 1);
        const list = L(self);
        if (list.length === 0) throw rt.error('IndexError', 'pop from empty list');
        let i = p.length ? intArg(rt, p[0]) : list.length - 1;
        if (i < 0) i += list.length;
        if (i < 0 || i >= list.length) throw rt.error('IndexError', 'pop index out of range');
        if (i === list.length - 1) return list.pop();
        chargeVisit(rt.realm.budget, list.length - i);
        return list.splice(i, 1)[0];
      },
      remove: (self, a) => {
        const [x] = positional(rt, 'remove', a, 1, 1);
        const list = L(self);
        chargeVisit(rt.realm.budget, list.length);
        for (let i = 0; i < list.length; i++) {
          if (sameOrEq(rt, list[i], x)) {
            list.splice(i, 1);
            return None;
          }
        }
        throw rt.error('ValueError', 'list.remove(x): x not in list');
      },
      index: (self, a) => seqIndexOf(rt, L(self), a, 'list'),
      count: (self, a) => {
        const [x] = positional(rt, 'count', a, 1, 1);
        chargeVisit(rt.realm.budget, L(self).length);
        return L(self).filter((y) => sameOrEq(rt, y, x)).length;
      },
      sort: (self, a) => {
        const [key, rev] = sortArgs(rt, 'sort', a);
        sortValues(rt, L(self), key, rev);
        return None;
      },
      reverse: (self, a) => {
        positional(rt, 'reverse', a, 0, 0);
        chargeVisit(rt.realm.budget, L(self).length);
        L(self).reverse();
        return None;
      },
      copy: (self, a) => {
        positional(rt, 'copy', a, 0, 0);
        chargeVisit(rt.realm.budget, L(self).length);
        return L(self).slice();
      },
      clear: (self, a) => {
        positional(rt, 'clear', a, 0, 0);
        L(self).length = 0;
        return None;
      },
      __len__: (self) => L(self).length,
    },
  });
  const T = (v: Value) => (v as PyTuple).items;
  addMembers(t.tuple, {
    accepts: (v) => v instanceof PyTuple,
    methods: {
      index: (self, a) => seqIndexOf(rt, T(self), a, 'tuple'),
      count: (self, a) => {
        const [x] = positional(rt, 'count', a, 1, 1);
        chargeVisit(rt.realm.budget, T(self).length);
        return T(self).filter((y) => sameOrEq(rt, y, x)).length;
      },
      __len__: (self) => T(self).length,
    },
  });
}
