/**
 * Set algebra as Objects/setobject.c computes it, so results iterate in CPython's order
 * (set-order.ts): which operand is walked, in which order, and whether the result starts
 * as a merged copy (a table sized at once) or is grown by adds.
 *
 *  - `a | b`, `a.union(b)`: copy(a) (set_merge), then merge b.
 *  - `a & b`: walk the smaller set in its slot order, keep what the larger holds (adds).
 *  - `a - b`: when len(a) >> 2 > len(b), copy(a) then discard b's items (dummies stay);
 *    otherwise walk a in slot order and add what b lacks.
 *  - `a ^ b`: copy(b), then walk a: discard what is there, add what is not
 *    (set_symmetric_difference builds the result from `other`).
 *  - in-place forms: `|=` merges, `^=` toggles in place walking the other set, `-=`
 *    discards in place (then drops the dummies if over a quarter), `&=` swaps in the
 *    intersection's body.
 */
import { PySet } from '../values';
import { adoptLayout, discardAll, forget, mergeInto, setEntriesInOrder as orderedEntries, toggleInto } from './set-order';

export type SetOp = '|' | '&' | '-' | '^';

/** set_copy: a new set whose table is a merge of `s`. */
export function copySet(s: PySet): PySet {
  const out = new PySet();
  mergeInto(out, s);
  return out;
}

export function setOperation(op: SetOp, a: PySet, b: PySet): PySet {
  switch (op) {
    case '|': {
      const out = copySet(a);
      mergeInto(out, b);
      return out;
    }
    case '&': {
      const [small, large] = b.entries.size > a.entries.size ? [a, b] : [b, a];
      const out = new PySet();
      for (const [k, v] of orderedEntries(small)) if (large.entries.has(k)) out.entries.set(k, v);
      return out;
    }
    case '-': {
      if (a.entries.size >> 2 > b.entries.size) {
        const out = copySet(a);
        for (const k of b.entries.keys()) out.entries.delete(k);
        return out;
      }
      const out = new PySet();
      for (const [k, v] of orderedEntries(a)) if (!b.entries.has(k)) out.entries.set(k, v);
      return out;
    }
    case '^': {
      const out = copySet(b);
      toggleInto(out, orderedEntries(a));
      return out;
    }
  }
}

/** `a op= b` on a mutable set: `a` ends with the operator's items and table. */
export function setOperationInPlace(op: SetOp, a: PySet, b: PySet): void {
  if (op === '|') mergeInto(a, b);
  else if (op === '^') toggleInto(a, orderedEntries(b));
  else if (op === '-') differenceUpdate(a, b);
  else adoptLayout(a, setOperation(op, a, b));
}

/** set_difference_update_internal with a set: walk `other` (or its intersection with `so`
 * when other is more than 8 times larger) and discard. */
export function differenceUpdate(so: PySet, other: PySet): void {
  if (so === other) {
    so.entries.clear();
    forget(so);
    return;
  }
  const walk = other.entries.size >> 3 > so.entries.size ? setOperation('&', so, other) : other;
  discardAll(
    so,
    orderedEntries(walk).map(([k]) => k),
  );
}
