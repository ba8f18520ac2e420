/**
 * The lists a folded state is made of, built so that folding one event costs O(1) (or
 * O(log n)) however long the run, and keeping the state of every K-th event as a
 * checkpoint costs next to nothing (issue 10: a 240k-event run used to copy its arrays on
 * every event and hold 827 MB).
 *
 * - `PrefixList`: an append-only list (output lines, warnings, a lane's segments and
 *   markers). Every state of one recording shares one backing array and keeps only its
 *   length, so a state is a prefix of the final list. A fold that appends an item other
 *   than the one already stored at that index (a replay of a different event sequence
 *   from an old state) copies the prefix first, so old states never change.
 * - `PVec`: a persistent vector (a 32-way trie, as Clojure's vectors and Immutable.js's
 *   List are built): `set` and `push` copy only the path to one leaf (≤ 4 nodes of 32 for
 *   a million entries) and share the rest, so the lanes and the queues of every
 *   checkpoint share almost everything.
 *
 * Both offer `ListView`, the read side the components use: `length`, `at`, iteration and
 * the array methods the panels need (each of those costs O(length), so the components
 * call them on what is visible, e.g. `slice(first, last)` of the lanes in view).
 */

/**
 * What both a read-only array and a ListView offer: the way code that reads a recording takes
 * its events (an array in tests, a history's RecordedEvents in the page).
 */
export interface ListLike<T> extends Iterable<T> {
  readonly length: number;
  at(i: number): T | undefined;
  slice(start?: number, end?: number): T[];
  find(fn: (item: T, index: number) => boolean): T | undefined;
  findIndex(fn: (item: T, index: number) => boolean): number;
  forEach(fn: (item: T, index: number) => void): void;
}

/** What both an array and a ListView offer: enough to read a list by index. */
export interface Indexed<T> {
  readonly length: number;
  at(i: number): T | undefined;
  forEach(fn: (item: T, index: number) => void): void;
}

export interface ListView<T> extends Iterable<T> {
  readonly length: number;
  at(i: number): T | undefined;
  slice(start?: number, end?: number): T[];
  map<U>(fn: (item: T, index: number) => U): U[];
  filter(fn: (item: T, index: number) => boolean): T[];
  find(fn: (item: T, index: number) => boolean): T | undefined;
  findIndex(fn: (item: T, index: number) => boolean): number;
  some(fn: (item: T, index: number) => boolean): boolean;
  toArray(): T[];
  forEach(fn: (item: T, index: number) => void): void;
}

/** Shared implementation of the array-like methods over `at` and a fast `slice`. */
export abstract class ListBase<T> implements ListView<T> {
  abstract readonly length: number;
  abstract at(i: number): T | undefined;
  abstract slice(start?: number, end?: number): T[];

  *[Symbol.iterator](): Iterator<T> {
    for (const item of this.slice()) yield item;
  }
  toArray(): T[] {
    return this.slice();
  }
  forEach(fn: (item: T, index: number) => void): void {
    this.slice().forEach(fn);
  }
  map<U>(fn: (item: T, index: number) => U): U[] {
    return this.slice().map(fn);
  }
  filter(fn: (item: T, index: number) => boolean): T[] {
    return this.slice().filter(fn);
  }
  find(fn: (item: T, index: number) => boolean): T | undefined {
    const i = this.findIndex(fn);
    return i < 0 ? undefined : this.at(i);
  }
  findIndex(fn: (item: T, index: number) => boolean): number {
    for (let i = 0; i < this.length; i++) if (fn(this.at(i) as T, i)) return i;
    return -1;
  }
  some(fn: (item: T, index: number) => boolean): boolean {
    return this.findIndex(fn) >= 0;
  }
  /** Serialises as the items it holds (never the shared backing beyond its length). */
  toJSON(): T[] {
    return this.slice();
  }
}

function clampRange(length: number, start = 0, end = length): [number, number] {
  const from = start < 0 ? Math.max(0, length + start) : Math.min(start, length);
  const to = end < 0 ? Math.max(0, length + end) : Math.min(end, length);
  return [from, Math.max(from, to)];
}

/**
 * A prefix of an append-only backing array. `same(a, b)` tells whether the item about to be
 * appended is the one already stored at that index (a replay), so it is not stored twice.
 */
export class PrefixList<T> extends ListBase<T> {
  private constructor(
    private readonly items: T[],
    readonly length: number,
  ) {
    super();
  }

  /** A list holding `items` (a copy), e.g. a lane built by hand. */
  static of<T>(items: readonly T[]): PrefixList<T> {
    return new PrefixList<T>(items.slice(), items.length);
  }

  /** A new empty list with its own backing array (the start of one recording's list). */
  static empty<T>(): PrefixList<T> {
    return new PrefixList<T>([], 0);
  }

  at(i: number): T | undefined {
    const k = i < 0 ? this.length + i : i;
    return k >= 0 && k < this.length ? this.items[k] : undefined;
  }

  slice(start?: number, end?: number): T[] {
    const [from, to] = clampRange(this.length, start, end);
    return this.items.slice(from, to);
  }

  /** The list with `item` appended; `same` recognises an item already stored at that index. */
  push(item: T, same: (stored: T, item: T) => boolean): PrefixList<T> {
    const n = this.length;
    const items = this.items;
    if (items.length === n) {
      // The head of the recording (or the first time this index is reached): store it.
      items.push(item);
      return new PrefixList(items, n + 1);
    }
    const stored = items[n] as T;
    if (same(stored, item)) return new PrefixList(items, n + 1);
    // A different event sequence from an older state: fork, never change what others share.
    const forked = items.slice(0, n);
    forked.push(item);
    return new PrefixList(forked, n + 1);
  }
}

const BITS = 5;
const WIDTH = 1 << BITS;
const MASK = WIDTH - 1;

/**
 * A node of the trie: up to WIDTH entries, and at index WIDTH the edit (see `Edit`) it was
 * made in, which may change it in place.
 */
type Node = unknown[];

/**
 * An edit: a number naming one stretch of a fold whose intermediate states nobody sees (the
 * events between two checkpoints, src/ui/state/history.ts). A node or object made during an
 * edit may be changed in place by the same edit, as Clojure's transients are: folding an
 * event then copies no trie path it already copied since the last checkpoint (issue 10: a
 * 1M-event run copied a 32-entry path of ~4 nodes per event, and the garbage collector took
 * a third of the fold). NO_EDIT (0) changes nothing in place; an edit's number is never
 * used again once it is over, so what it made is persistent from then on.
 */
export type Edit = number;
export const NO_EDIT: Edit = 0;
let lastEdit = 0;
/** A new edit's number (never handed out before). */
export function newEdit(): Edit {
  return ++lastEdit;
}

/** A persistent vector: every update returns a new vector sharing all untouched leaves. */
export class PVec<T> extends ListBase<T> {
  private static readonly EMPTY = new PVec<never>(0, BITS, []);

  private constructor(
    readonly length: number,
    /** Bits of the index consumed above the leaves: root covers 2^(shift + BITS) entries. */
    private readonly shift: number,
    private readonly root: Node,
  ) {
    super();
  }

  static empty<T>(): PVec<T> {
    return PVec.EMPTY as PVec<T>;
  }

  static from<T>(items: Iterable<T>): PVec<T> {
    let v = PVec.empty<T>();
    for (const item of items) v = v.push(item);
    return v;
  }

  at(i: number): T | undefined {
    const k = i < 0 ? this.length + i : i;
    if (k < 0 || k >= this.length) return undefined;
    let node = this.root;
    for (let level = this.shift; level > 0; level -= BITS) node = node[(k >>> level) & MASK] as Node;
    return node[k & MASK] as T;
  }

  /** The vector with entry i replaced; `edit`: nodes made in that edit are changed in place. */
  set(i: number, item: T, edit: Edit = NO_EDIT): PVec<T> {
    if (i < 0 || i >= this.length) throw new RangeError(`PVec.set: index ${i} outside 0..${this.length - 1}`);
    const root = PVec.assoc(this.root, this.shift, i, item, edit);
    return root === this.root ? this : new PVec(this.length, this.shift, root);
  }

  push(item: T, edit: Edit = NO_EDIT): PVec<T> {
    const n = this.length;
    if (n < 1 << (this.shift + BITS)) return new PVec(n + 1, this.shift, PVec.assoc(this.root, this.shift, n, item, edit));
    // The trie is full: a new root one level up, the old root its first child.
    const shift = this.shift + BITS;
    return new PVec(n + 1, shift, PVec.assoc([this.root], shift, n, item, edit));
  }

  private static assoc(node: Node, level: number, i: number, item: unknown, edit: Edit): Node {
    let copy = node;
    if (edit === NO_EDIT || node[WIDTH] !== edit) {
      copy = node.slice();
      copy[WIDTH] = edit;
    }
    if (level === 0) copy[i & MASK] = item;
    else {
      const slot = (i >>> level) & MASK;
      copy[slot] = PVec.assoc((node[slot] as Node | undefined) ?? [], level - BITS, i, item, edit);
    }
    return copy;
  }

  slice(start?: number, end?: number): T[] {
    const [from, to] = clampRange(this.length, start, end);
    const out: T[] = [];
    let i = from;
    while (i < to) {
      // Walk to the leaf holding i once, then copy its run of entries.
      let node = this.root;
      for (let level = this.shift; level > 0; level -= BITS) node = node[(i >>> level) & MASK] as Node;
      const stop = Math.min(to, (i | MASK) + 1);
      for (; i < stop; i++) out.push(node[i & MASK] as T);
    }
    return out;
  }
}

/**
 * A persistent queue: a PVec and the index of its first live entry. Taking the first entry
 * (what the FIFO queues do almost always) is O(1); removing one from the middle (a timer
 * that is due before earlier ones, a cancelled timer) rebuilds the live part.
 */
export class PQueue<T> extends ListBase<T> {
  private static readonly EMPTY = new PQueue<never>(PVec.empty(), 0);

  private constructor(
    private readonly vec: PVec<T>,
    private readonly start: number,
  ) {
    super();
  }

  static empty<T>(): PQueue<T> {
    return PQueue.EMPTY as PQueue<T>;
  }

  get length(): number {
    return this.vec.length - this.start;
  }

  at(i: number): T | undefined {
    const k = i < 0 ? this.length + i : i;
    return k >= 0 && k < this.length ? this.vec.at(this.start + k) : undefined;
  }

  slice(start?: number, end?: number): T[] {
    const [from, to] = clampRange(this.length, start, end);
    return this.vec.slice(this.start + from, this.start + to);
  }

  push(item: T, edit: Edit = NO_EDIT): PQueue<T> {
    return new PQueue(this.vec.push(item, edit), this.start);
  }

  /**
   * The queue without its first entry that `match` accepts (itself when there is none).
   * `arg` is handed to `match`, so a caller can pass a function made once rather than a new
   * closure per call (the page's fold removes an entry at most events: issue 10).
   */
  removeFirst<A = undefined>(match: (item: T, arg: A) => boolean, arg?: A): PQueue<T> {
    const n = this.length;
    let i = 0;
    while (i < n && !match(this.vec.at(this.start + i)!, arg as A)) i++;
    if (i === n) i = -1;
    if (i < 0) return this;
    if (i === 0) {
      const start = this.start + 1;
      // Drop the dead prefix once it is most of the vector, so a long FIFO does not keep
      // every entry it ever held (amortised O(1) per entry).
      if (start >= 1024 && start * 2 >= this.vec.length) return new PQueue(PVec.from(this.vec.slice(start)), 0);
      return new PQueue(this.vec, start);
    }
    const live = this.slice();
    live.splice(i, 1);
    return new PQueue(PVec.from(live), 0);
  }
}

/**
 * A persistent stack (a linked list from the top): push and pop of the top are O(1); an
 * entry below the top is removed by copying only the entries above it. Index 0 is the
 * bottom, as in an array used as a stack; reading from the top (`slice(-k)`) costs O(k).
 * Each stack is its own top cell (its item, the stack below it, its depth): a push makes one
 * object and a pop of the top none, where a wrapper around a cell made two and one (the page's
 * fold pushes and pops at most events: issue 10).
 */
export class PStack<T> extends ListBase<T> {
  private static readonly EMPTY = new PStack<never>(undefined as never, undefined, 0);

  private constructor(
    private readonly item: T,
    /** The stack under the top (undefined only for the empty stack). */
    private readonly below: PStack<T> | undefined,
    readonly length: number,
  ) {
    super();
  }

  static empty<T>(): PStack<T> {
    return PStack.EMPTY as PStack<T>;
  }

  at(i: number): T | undefined {
    const k = i < 0 ? this.length + i : i;
    if (k < 0 || k >= this.length) return undefined;
    let cell: PStack<T> = this;
    while (cell.length > k + 1) cell = cell.below!;
    return cell.item;
  }

  slice(start?: number, end?: number): T[] {
    const [from, to] = clampRange(this.length, start, end);
    const out: T[] = [];
    for (let cell: PStack<T> = this; cell.length > from; cell = cell.below!) if (cell.length <= to) out.push(cell.item);
    return out.reverse();
  }

  push(item: T): PStack<T> {
    return new PStack(item, this, this.length + 1);
  }

  /**
   * The stack without its topmost entry that `match` accepts (itself when there is none).
   * `arg` is handed to `match` (see PQueue.removeFirst); the top itself (what an invocation
   * that suspends or ends almost always is) is removed without making anything.
   */
  removeTopmost<A = undefined>(match: (item: T, arg: A) => boolean, arg?: A): PStack<T> {
    if (this.length > 0 && match(this.item, arg as A)) return this.below!;
    const above: T[] = [];
    let cell: PStack<T> = this;
    while (cell.length > 0 && !match(cell.item, arg as A)) {
      above.push(cell.item);
      cell = cell.below!;
    }
    if (cell.length === 0) return this;
    let rest = cell.below!;
    for (let i = above.length - 1; i >= 0; i--) rest = rest.push(above[i]!);
    return rest;
  }
}
