/**
 * CPython's iteration order for sets of ints, floats and tuples of those.
 *
 * A PySet keeps insertion order (a TS Map), but CPython iterates a set in hash-table slot
 * order, and small ints hash to themselves, so `{n % 3 for n in range(1, 10)}` prints
 * `{0, 1, 2}`. For sets whose elements all have a process-independent hash (ints, bools,
 * floats, tuples of those: hashing.ts) this module rebuilds CPython's table
 * (Objects/setobject.c: PySet_MINSIZE 8, LINEAR_PROBES 9, PERTURB_SHIFT 5, resize to
 * used*4 when fill*5 >= mask*3) to get the slot order.
 * Other sets (strings hash randomly per process in CPython) keep insertion order.
 *
 * The table depends on how the set was filled, not only on what it holds: adding items one
 * by one (a display with variables, a comprehension, `set(list)`) grows the table step by
 * step, while `set_merge` (`set(other_set)`, `s.copy()`, `a | b`, and a display of 3+
 * constants, which CPython compiles to `BUILD_SET 0; LOAD_CONST frozenset(...);
 * SET_UPDATE`) sizes the table once and copies the other table's slot order. So
 * `{10, 20, 30, 40, 50}` prints `{50, 20, 40, 10, 30}` but `set([10, 20, 30, 40, 50])`
 * prints `{40, 10, 50, 20, 30}`. A merge records a snapshot of the resulting table;
 * later adds are replayed on top of it, and items removed since count as dummies.
 */
import type { PySet, Value } from '../values';
import { valueHash } from './hashing';

const LINEAR_PROBES = 9;
const U64 = 1n << 64n;
const MIN_SIZE = 8;
/** A removed item's slot: still occupied for probing, skipped by iteration. */
const DUMMY = Symbol('dummy');

/** A CPython set table: unsigned hashes per slot (undefined: never used). */
interface Table {
  hashes: (bigint | undefined)[];
  slots: (Value | typeof DUMMY)[];
  /** Entries keys (PySet Map keys) per slot, to tell which items a snapshot holds. */
  keys: unknown[];
  fill: number;
  used: number;
}

/** The table right after the last merge into a set, and the Map keys it held. */
const snapshots = new WeakMap<PySet, { table: Table; held: Set<unknown>; deleted?: number }>();

function emptyTable(size: number): Table {
  return { hashes: new Array(size), slots: new Array(size), keys: new Array(size), fill: 0, used: 0 };
}

function cloneTable(t: Table): Table {
  return { hashes: t.hashes.slice(), slots: t.slots.slice(), keys: t.keys.slice(), fill: t.fill, used: t.used };
}

function place(hashes: (bigint | undefined)[], hash: bigint): number {
  const mask = hashes.length - 1;
  const m = BigInt(mask);
  let perturb = hash;
  let i = Number(hash & m);
  for (;;) {
    if (hashes[i] === undefined) return i;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) if (hashes[i + j] === undefined) return i + j;
    }
    perturb >>= 5n;
    i = Number((BigInt(i) * 5n + 1n + perturb) & m);
  }
}

/** set_insert_clean: no resize, no duplicate check. */
function insertClean(t: Table, key: unknown, v: Value, h: bigint): void {
  const i = place(t.hashes, h);
  t.hashes[i] = h;
  t.slots[i] = v;
  t.keys[i] = key;
}

/** set_table_resize(so, minused): a fresh table, the live entries re-inserted in slot order. */
function resize(t: Table, minused: number): Table {
  let size = MIN_SIZE;
  while (size <= minused) size <<= 1;
  const out = emptyTable(size);
  for (let i = 0; i < t.hashes.length; i++) {
    const v = t.slots[i];
    if (t.hashes[i] !== undefined && v !== DUMMY) insertClean(out, t.keys[i], v, t.hashes[i]!);
  }
  out.fill = out.used = t.used;
  return out;
}

/**
 * set_add_entry for a new key: the probe runs to the first never-used slot, and the first
 * dummy met on the way is reused (used grows, fill does not, no resize check); otherwise
 * the key takes the never-used slot, then the fill-based resize.
 */
function addEntry(t: Table, key: unknown, v: Value, h: bigint): Table {
  const mask = t.hashes.length - 1;
  const m = BigInt(mask);
  let perturb = h;
  let i = Number(h & m);
  let free = -1;
  let empty = -1;
  search: for (;;) {
    const probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    for (let j = 0; j <= probes; j++) {
      const k = i + j;
      if (t.hashes[k] === undefined) {
        empty = k;
        break search;
      }
      if (free < 0 && t.slots[k] === DUMMY) free = k;
    }
    perturb >>= 5n;
    i = Number((BigInt(i) * 5n + 1n + perturb) & m);
  }
  if (free >= 0) {
    t.hashes[free] = h;
    t.slots[free] = v;
    t.keys[free] = key;
    t.used++;
    return t;
  }
  t.hashes[empty] = h;
  t.slots[empty] = v;
  t.keys[empty] = key;
  t.fill++;
  t.used++;
  if (t.fill * 5 < (t.hashes.length - 1) * 3) return t;
  return resize(t, t.used > 50000 ? t.used * 2 : t.used * 4);
}

const unsigned = (h: bigint) => (h < 0n ? h + U64 : h);

/** The table of `s`, or undefined when some element's hash is process-dependent. */
function tableOf(s: PySet): Table | undefined {
  const snap = snapshots.get(s);
  let t: Table;
  if (snap) {
    t = cloneTable(snap.table);
    for (let i = 0; i < t.hashes.length; i++) {
      if (t.hashes[i] !== undefined && t.slots[i] !== DUMMY && !s.entries.has(t.keys[i])) {
        t.slots[i] = DUMMY;
        t.used--;
      }
    }
  } else t = emptyTable(MIN_SIZE);
  for (const [key, v] of s.entries) {
    if (snap?.held.has(key)) continue;
    const h = valueHash(v);
    if (h === undefined) return undefined;
    t = addEntry(t, key, v, unsigned(h));
  }
  return t;
}

function liveSlots(t: Table): Value[] {
  const out: Value[] = [];
  for (let i = 0; i < t.slots.length; i++) if (t.hashes[i] !== undefined && t.slots[i] !== DUMMY) out.push(t.slots[i] as Value);
  return out;
}

function liveKeys(t: Table): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < t.slots.length; i++) if (t.hashes[i] !== undefined && t.slots[i] !== DUMMY) out.push(t.keys[i]);
  return out;
}

/** The Map entries of `s` (key, value) in CPython's iteration order. */
export function setEntriesInOrder(s: PySet): [unknown, Value][] {
  const t = s.entries.size < 2 && !snapshots.has(s) ? undefined : tableOf(s);
  if (!t) return [...s.entries];
  const out: [unknown, Value][] = [];
  for (let i = 0; i < t.slots.length; i++)
    if (t.hashes[i] !== undefined && t.slots[i] !== DUMMY) out.push([t.keys[i], t.slots[i] as Value]);
  return out;
}

/** The elements of `s` in CPython's iteration order (see the header). */
export function setOrder(s: PySet): Value[] {
  if (s.entries.size < 2 && !snapshots.has(s)) return [...s.entries.values()];
  const t = tableOf(s);
  return t ? liveSlots(t) : [...s.entries.values()];
}

/**
 * set_merge(target, source) (`set(s)`, `s.copy()`, `a | b`, `s.update(other_set)`, constant
 * displays): adds source's items to target in source's iteration order and records the
 * table CPython would have.
 */
export function mergeInto(target: PySet, source: PySet): void {
  const src = tableOf(source);
  const before = src ? tableOf(target) : undefined;
  const order: [unknown, Value][] = src ? liveKeys(src).map((k) => [k, source.entries.get(k as never)]) : [...source.entries];
  for (const [k, v] of order) if (!target.entries.has(k)) target.entries.set(k, v);
  if (!src || !before || src.used === 0) {
    if (!src || !before) snapshots.delete(target);
    return;
  }
  let t = before;
  // One big resize up front, "expect that there will be no (or few) overlapping keys".
  if ((t.fill + src.used) * 5 >= (t.hashes.length - 1) * 3) t = resize(t, (t.used + src.used) * 2);
  if (t.fill === 0 && t.hashes.length === src.hashes.length && src.fill === src.used) {
    t = cloneTable(src); // same size, no dummies: CPython copies the slots as they are
  } else if (t.fill === 0) {
    for (let i = 0; i < src.hashes.length; i++) {
      if (src.hashes[i] !== undefined && src.slots[i] !== DUMMY) insertClean(t, src.keys[i], src.slots[i] as Value, src.hashes[i]!);
    }
    t.fill = t.used = src.used;
  } else {
    const held = new Set(liveKeys(t));
    for (let i = 0; i < src.hashes.length; i++) {
      const k = src.keys[i];
      if (src.hashes[i] === undefined || src.slots[i] === DUMMY || held.has(k)) continue;
      t = addEntry(t, k, src.slots[i] as Value, src.hashes[i]!);
    }
  }
  snapshots.set(target, { table: t, held: new Set(liveKeys(t)) });
}

/** set_swap_bodies: `target` takes `source`'s items and table (in-place set updates). */
export function adoptLayout(target: PySet, source: PySet): void {
  target.entries.clear();
  for (const [k, v] of source.entries) target.entries.set(k, v);
  const snap = snapshots.get(source);
  if (snap) snapshots.set(target, snap);
  else snapshots.delete(target);
}

/**
 * Before removing `key` in place (remove/discard/pop/difference_update): make sure the
 * removed item leaves a dummy where CPython leaves one, by snapshotting the table when
 * the item is not already in the last snapshot.
 */
export function pin(s: PySet, key: unknown): void {
  const snap = snapshots.get(s);
  // Removing a snapshot item when nothing was added since: the dummy is placed right.
  if (snap?.held.has(key) && s.entries.size === snap.held.size - (snap.deleted ?? 0)) {
    snap.deleted = (snap.deleted ?? 0) + 1;
    return;
  }
  const t = tableOf(s);
  if (t) snapshots.set(s, { table: t, held: new Set(liveKeys(t)) });
}

/** set_clear: a fresh empty table. */
export function forget(s: PySet): void {
  snapshots.delete(s);
}

/** The up-front resize of set_update_internal for a dict of `incoming` keys. */
export function reserve(s: PySet, incoming: number): void {
  let t = tableOf(s);
  if (!t || incoming === 0) return;
  if ((t.fill + incoming) * 5 >= (t.hashes.length - 1) * 3) t = resize(t, (t.used + incoming) * 2);
  snapshots.set(s, { table: t, held: new Set(liveKeys(t)) });
}

/**
 * set_symmetric_difference_update_set: walk `items` (the other set, in its slot order):
 * discard what `target` holds (a dummy stays), add what it lacks. Done eagerly on the
 * table, because a resize mid-walk drops the dummies made so far.
 */
export function toggleInto(target: PySet, items: [unknown, Value][]): void {
  let t = tableOf(target);
  for (const [k, v] of items) {
    if (target.entries.has(k)) {
      target.entries.delete(k);
      if (t) {
        const i = t.keys.findIndex((x, j) => x === k && t!.slots[j] !== DUMMY && t!.hashes[j] !== undefined);
        t.slots[i] = DUMMY;
        t.used--;
      }
    } else {
      target.entries.set(k, v);
      const h = t ? valueHash(v) : undefined;
      if (t && h !== undefined) t = addEntry(t, k, v, unsigned(h));
      else t = undefined;
    }
  }
  if (t) snapshots.set(target, { table: t, held: new Set(liveKeys(t)) });
  else snapshots.delete(target);
}

/**
 * set_difference_update_internal: discard `keys` in place (dummies stay), then resize the
 * dummies away when more than a quarter of the table holds them.
 */
export function discardAll(target: PySet, keys: unknown[]): void {
  let t = tableOf(target);
  for (const k of keys) {
    if (!target.entries.has(k)) continue;
    target.entries.delete(k);
    if (t) {
      const i = t.keys.findIndex((x, j) => x === k && t!.slots[j] !== DUMMY && t!.hashes[j] !== undefined);
      t.slots[i] = DUMMY;
      t.used--;
    }
  }
  if (!t) return void snapshots.delete(target);
  if (t.fill - t.used > (t.hashes.length - 1) >> 2) t = resize(t, t.used > 50000 ? t.used * 2 : t.used * 4);
  snapshots.set(target, { table: t, held: new Set(liveKeys(t)) });
}
