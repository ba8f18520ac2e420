/**
 * asyncio's `Handle` / `TimerHandle` (Lib/asyncio/events.py) and the two containers of
 * `BaseEventLoop`: the `_ready` deque and the `_scheduled` heap.
 *
 * The heap is keyed by (deadline, sequence). Deadlines are INTEGER nanoseconds: a float
 * clock makes `0.7 + 0.1 < 0.8` and reorders timers. The oracle's clock also advanced
 * 1 ns per read (tests/conformance/README.md "The event loop: virtual time"), so of two
 * timers with the same nominal delay the one created later always had the later deadline;
 * breaking ties by creation sequence reproduces exactly that order with a frozen clock.
 * (semantics.md §2.3 py/06 shows heap order for *explicitly shared* `call_at` deadlines;
 * the corpus never relies on it.)
 */
import type { PyInstance } from '../../runtime/values';

export class Handle {
  cancelled = false;
  /** The Python object handed to user code (`loop.call_soon(...)` result), made on demand. */
  pyObject: PyInstance | undefined;
  constructor(
    /** What the loop runs. User callbacks are wrapped so that errors go to the exception handler. */
    readonly run: () => void,
    /** The invocation id the entry runs (events: enqueue/dequeue `item`). */
    readonly item: number,
    readonly label: string,
  ) {}
}

export class TimerHandle extends Handle {
  /** Still in `_scheduled` (not yet moved to `_ready`). */
  scheduled = true;
  constructor(
    run: () => void,
    item: number,
    label: string,
    /** Deadline in integer nanoseconds. */
    readonly when: number,
    readonly seq: number,
  ) {
    super(run, item, label);
  }
}

/** `collections.deque` used as a FIFO: amortised O(1) push and shift. */
export class ReadyQueue {
  private items: (Handle | undefined)[] = [];
  private head = 0;

  get length(): number {
    return this.items.length - this.head;
  }

  push(h: Handle): void {
    this.items.push(h);
  }

  shift(): Handle {
    const h = this.items[this.head]!;
    this.items[this.head++] = undefined;
    if (this.head > 1024 && this.head * 2 > this.items.length) {
      this.items = this.items.slice(this.head);
      this.head = 0;
    }
    return h;
  }

  clear(): void {
    this.items = [];
    this.head = 0;
  }

  *[Symbol.iterator](): IterableIterator<Handle> {
    for (let i = this.head; i < this.items.length; i++) yield this.items[i]!;
  }
}

function before(a: TimerHandle, b: TimerHandle): boolean {
  return a.when < b.when || (a.when === b.when && a.seq < b.seq);
}

/** Binary min-heap of timers ordered by (when, seq). */
export class TimerHeap {
  private a: TimerHandle[] = [];

  get size(): number {
    return this.a.length;
  }

  peek(): TimerHandle | undefined {
    return this.a[0];
  }

  push(t: TimerHandle): void {
    const a = this.a;
    a.push(t);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!before(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }

  pop(): TimerHandle | undefined {
    const a = this.a;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && before(a[l], a[m])) m = l;
        if (r < a.length && before(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }

  clear(): void {
    this.a = [];
  }
}
