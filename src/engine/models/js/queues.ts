/**
 * The queues of Node's event loop (docs/semantics.md §1.1):
 *  - `JobRing`: the V8 microtask queue (promise jobs + queueMicrotask), a strict FIFO whose
 *    entries are written into one array, four slots each, so queueing a promise reaction
 *    allocates nothing (issue 10: a job object per reaction was one allocation per await).
 *  - `Fifo`: Node's nextTick queue and the check queue of setImmediate callbacks, strict FIFOs.
 *  - `TimerQueue`: pending timers keyed by (due ms, sequence). Node keeps one list per
 *    duration, each in insertion order, and a priority queue of lists by expiry
 *    (lib/internal/timers.js); ordering by (due, creation sequence) gives the same order
 *    for timers created at the same virtual instant (js/12: 0, -5 and 1 ms share a list).
 *    As Node's lists do, it keeps the timers that arrive in order (one delay, armed as the
 *    clock moves on) in a FIFO, and only the others in a heap (`TimerHeap`).
 */

/** A FIFO with O(1) amortised push/shift (an array with a moving head). */
export class Fifo<T> {
  private items: (T | undefined)[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(item: T): void {
    this.items.push(item);
  }

  /** The first item, left in place. */
  peek(): T | undefined {
    return this.items[this.head];
  }

  /** The item pushed last (undefined when empty). */
  last(): T | undefined {
    return this.items.length > this.head ? this.items[this.items.length - 1] : undefined;
  }

  shift(): T | undefined {
    if (this.head >= this.items.length) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return item;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }
}

/**
 * A FIFO of (target, kind, argument, by) entries in a power-of-two ring of slots, growing
 * by doubling. `shift` returns an entry's target and leaves its other three slots in
 * `kind`, `argument` and `by` until the next shift.
 */
export class JobRing<T extends object> {
  private slots: unknown[] = new Array<unknown>(4 * 256).fill(undefined);
  /** Slot index of the first entry, and of the first free slot; `mask` wraps a slot index. */
  private head = 0;
  private tail = 0;
  private mask = 4 * 256 - 1;
  private size = 0;
  /** The shifted entry's other slots. */
  kind = 0;
  argument: unknown = undefined;
  by: unknown = undefined;

  get length(): number {
    return this.size;
  }

  push(target: T, kind: number, argument: unknown, by: unknown): void {
    if (this.size * 4 > this.mask) this.grow();
    const s = this.slots;
    const t = this.tail;
    s[t] = target;
    s[t + 1] = kind;
    s[t + 2] = argument;
    s[t + 3] = by;
    this.tail = (t + 4) & this.mask;
    this.size++;
  }

  shift(): T | undefined {
    if (this.size === 0) return undefined;
    const s = this.slots;
    const h = this.head;
    const target = s[h] as T;
    this.kind = s[h + 1] as number;
    this.argument = s[h + 2];
    this.by = s[h + 3];
    // Let go of what the entry held: the ring may keep its slots for a long time.
    s[h] = undefined;
    s[h + 2] = undefined;
    s[h + 3] = undefined;
    this.head = (h + 4) & this.mask;
    this.size--;
    return target;
  }

  private grow(): void {
    const old = this.slots;
    const n = old.length;
    const slots = new Array<unknown>(n * 2).fill(undefined);
    // The entries in order from the head: the ring is full, so they fill all n slots.
    for (let i = 0; i < n; i++) slots[i] = old[(this.head + i) & this.mask];
    this.slots = slots;
    this.head = 0;
    this.tail = n;
    this.mask = n * 2 - 1;
  }

  clear(): void {
    this.slots.fill(undefined);
    this.head = 0;
    this.tail = 0;
    this.size = 0;
    this.argument = undefined;
    this.by = undefined;
  }
}

export interface TimerKey {
  /** Virtual milliseconds when the timer is due. */
  due: number;
  /** Creation sequence: breaks ties in insertion order. */
  seq: number;
}

function before(a: TimerKey, b: TimerKey): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}

/** A binary min-heap of timers by (due, seq). Cancelled entries are dropped lazily by the caller. */
export class TimerHeap<T extends TimerKey> {
  private heap: T[] = [];

  get size(): number {
    return this.heap.length;
  }

  peek(): T | undefined {
    return this.heap[0];
  }

  push(t: T): void {
    // Sift up through a hole: parents that `t` goes before move down, then `t` fills the hole.
    const h = this.heap;
    let i = h.length;
    h.push(t);
    while (i > 0) {
      const parentPos = (i - 1) >> 1;
      const parent = h[parentPos];
      if (parent === undefined || !before(t, parent)) break;
      h[i] = parent;
      i = parentPos;
    }
    h[i] = t;
  }

  pop(): T | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined || h.length === 0) return top;
    // Sift `last` down from the root through a hole: the smaller child moves up while it goes
    // before `last` (ties keep the parent, then the left child).
    let i = 0;
    for (;;) {
      let m = 2 * i + 1;
      let child = h[m];
      if (child === undefined) break;
      const right = h[m + 1];
      if (right !== undefined && before(right, child)) {
        m++;
        child = right;
      }
      if (!before(child, last)) break;
      h[i] = child;
      i = m;
    }
    h[i] = last;
    return top;
  }

  clear(): void {
    this.heap = [];
  }
}

/**
 * Pending timers in (due, seq) order: a run of timers that were pushed in that order (a FIFO:
 * an append and a shift each) and a heap for the ones that arrived out of order (a shorter
 * delay after a longer one). Node's per-duration lists make the common case as cheap
 * (lib/internal/timers.js); a single heap cost O(log n) per timer, and 100k concurrent
 * `setTimeout(r, 0)` kept 100k timers in it (issue 10: cost linear in the number of tasks).
 * `peek` and `pop` take the earlier of the run's head and the heap's top, so the order is
 * exactly the single heap's. Cancelled entries are dropped lazily by the caller.
 */
export class TimerQueue<T extends TimerKey> {
  private readonly run = new Fifo<T>();
  private readonly heap = new TimerHeap<T>();

  get size(): number {
    return this.run.length + this.heap.size;
  }

  peek(): T | undefined {
    const r = this.run.peek();
    const h = this.heap.peek();
    if (r === undefined) return h;
    return h !== undefined && before(h, r) ? h : r;
  }

  push(t: T): void {
    const last = this.run.last();
    if (last === undefined || !before(t, last)) this.run.push(t);
    else this.heap.push(t);
  }

  pop(): T | undefined {
    const r = this.run.peek();
    const h = this.heap.peek();
    if (r === undefined || (h !== undefined && before(h, r))) return this.heap.pop();
    return this.run.shift();
  }

  clear(): void {
    this.run.clear();
    this.heap.clear();
  }
}

// ---- the loop's tasks (event-loop.ts) --------------------------------------------

/** One entry of the microtask or nextTick FIFO. `item` is its invocation id for events (0: not shown). */
export interface Job {
  readonly item: number;
  run(): void;
}

/** A timer or immediate callback. */
export interface Macrotask {
  readonly item: number;
  cancelled: boolean;
  run(): void;
}

/** A setImmediate callback; an unref'd one (Immediate.prototype.unref) does not keep the loop alive. */
export interface ImmediateTask extends Macrotask {
  refed: boolean;
  /** Queued, not yet run or cancelled. */
  pending: boolean;
}

export interface TimerTask extends Macrotask, TimerKey {
  /** A ref'd timer keeps the loop alive (Timeout.prototype.unref clears it). */
  refed: boolean;
  /** In the heap and not yet fired or cancelled. */
  active: boolean;
  /** The millisecond clock when it was (re)armed, and its delay: together they name its Node timer list. */
  start?: number;
  delay?: number;
}
