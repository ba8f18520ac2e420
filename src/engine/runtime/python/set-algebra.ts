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
import type { Budget } from '../realm';
import { adoptLayout, discardAll, forget, mergeInto, setEntriesInOrder as orderedEntries, toggleInto } from './set-order';

export type SetOp = '|' | '&' | '-' | '^';

/**
 * Each operation below charges the step budget an item per item of its operands before it
 * starts, as the loop adding them one by one would take: rebuilding CPython's table order costs
 * more per item than a statement, and a loop of `s | t` over 65k-item sets ran for minutes
 * under a few thousand steps (issue 10).
 */
function chargeItems(budget: Budget, ...sets: PySet[]): void {
  let n = 0;
  for (const s of sets) n += s.entries.size;
  budget.charge(n);
}

/** set_copy: a new set whose table is a merge of `s`. */
export function copySet(budget: Budget, s: PySet): PySet {
  chargeItems(budget, s);
  return mergedCopy(s);
}

/** set_copy within an operation that has charged its operands already. */
function mergedCopy(s: PySet): PySet {
  const out = new PySet();
  mergeInto(out, s);
  return out;
}

export function setOperation(budget: Budget, op: SetOp, a: PySet, b: PySet): PySet {
  chargeItems(budget, a, b);
  switch (op) {
    case '|': {
      const out = mergedCopy(a);
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
        const out = mergedCopy(a);
        for (const k of b.entries.keys()) out.entries.delete(k);
        return out;
      }
      const out = new PySet();
      for (const [k, v] of orderedEntries(a)) if (!b.entries.has(k)) out.entries.set(k, v);
      return out;
    }
    case '^': {
      const out = mergedCopy(b);
      toggleInto(out, orderedEntries(a));
      return out;
    }
  }
}

/** `a op= b` on a mutable set: `a` ends with the operator's items and table. */
export function setOperationInPlace(budget: Budget, op: SetOp, a: PySet, b: PySet): void {
  if (op === '|') mergeSet(budget, a, b);
  else if (op === '^') {
    chargeItems(budget, b);
    toggleInto(a, orderedEntries(b));
  } else if (op === '-') differenceUpdate(budget, a, b);
  else adoptLayout(a, setOperation(budget, op, a, b));
}

/** set_merge: `source`'s items into `target`, charged. */
export function mergeSet(budget: Budget, target: PySet, source: PySet): void {
  chargeItems(budget, source);
  mergeInto(target, source);
}

/** set_difference_update_internal with a set: walk `other` (or its intersection with `so`
 * when other is more than 8 times larger) and discard. */
export function differenceUpdate(budget: Budget, so: PySet, other: PySet): void {
  chargeItems(budget, other);
  if (so === other) {
    so.entries.clear();
    forget(so);
    return;
  }
  const walk = other.entries.size >> 3 > so.entries.size ? setOperation(budget, '&', so, other) : other;
  discardAll(
    so,
    orderedEntries(walk).map(([k]) => k),
  );
}
