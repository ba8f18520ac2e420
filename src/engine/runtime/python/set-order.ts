/**
 * CPython's iteration order for sets of ints, floats and tuples of those.
 *
 * A PySet keeps insertion order (a TS Map), but CPython iterates a set in hash-table slot
 * order, and small ints hash to themselves, so `{n % 3 for n in range(1, 10)}` prints
 * `{0, 1, 2}`. For sets whose elements all have a process-independent hash (ints, bools,
 * floats, tuples of those: hashing.ts) this module replays CPython's table
 * (Objects/setobject.c: PySet_MINSIZE 8, LINEAR_PROBES 9, PERTURB_SHIFT 5, resize to
 * used*4 when fill*5 >= mask*3) over the insertion order to get the slot order.
 * Other sets (strings hash randomly per process in CPython) keep insertion order.
 */
import type { PySet, Value } from '../values';
import { valueHash } from './hashing';

const LINEAR_PROBES = 9;
const U64 = 1n << 64n;

function place(table: (bigint | undefined)[], hash: bigint): number {
  const mask = table.length - 1;
  const m = BigInt(mask);
  let perturb = hash;
  let i = Number(hash & m);
  for (;;) {
    if (table[i] === undefined) return i;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) if (table[i + j] === undefined) return i + j;
    }
    perturb >>= 5n;
    i = Number((BigInt(i) * 5n + 1n + perturb) & m);
  }
}

/** The elements of `s` in CPython's iteration order (see the header). */
export function setOrder(s: PySet): Value[] {
  const items = [...s.entries.values()];
  if (items.length < 2) return items;
  const hashes: bigint[] = [];
  for (const v of items) {
    const h = valueHash(v);
    if (h === undefined) return items;
    hashes.push(h < 0n ? h + U64 : h);
  }
  let table: (bigint | undefined)[] = new Array(8);
  let slots: (Value | undefined)[] = new Array(8);
  let used = 0;
  const insert = (v: Value, h: bigint) => {
    const i = place(table, h);
    table[i] = h;
    slots[i] = v;
  };
  for (let k = 0; k < items.length; k++) {
    insert(items[k], hashes[k]!);
    used++;
    const mask = table.length - 1;
    if (used * 5 >= mask * 3) {
      const minused = used > 50000 ? used * 2 : used * 4;
      let size = 8;
      while (size <= minused) size <<= 1;
      const oldTable = table;
      const oldSlots = slots;
      table = new Array(size);
      slots = new Array(size);
      for (let i = 0; i < oldTable.length; i++) if (oldTable[i] !== undefined) insert(oldSlots[i], oldTable[i]!);
    }
  }
  const out: Value[] = [];
  for (let i = 0; i < slots.length; i++) if (table[i] !== undefined) out.push(slots[i]);
  return out;
}
