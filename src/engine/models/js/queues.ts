/**
 * The queues of Node's event loop (docs/semantics.md §1.1):
 *  - `Fifo`: the V8 microtask queue (promise jobs + queueMicrotask), Node's nextTick queue
 *    and the check queue of setImmediate callbacks. All are strict FIFOs.
 *  - `TimerHeap`: pending timers keyed by (due ms, sequence). Node keeps one list per
 *    duration, each in insertion order, and a priority queue of lists by expiry
 *    (lib/internal/timers.js); ordering by (due, creation sequence) gives the same order
 *    for timers created at the same virtual instant (js/12: 0, -5 and 1 ms share a list).
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
