/**
 * asyncio's `Handle` / `TimerHandle` (Lib/asyncio/events.py) and the two containers of
 * `BaseEventLoop`: the `_ready` deque and the `_scheduled` heap.
 *
 * The heap is keyed by (deadline, sequence). Deadlines are INTEGER nanoseconds: a float
 * clock makes `0.7 + 0.1 < 0.8` and reorders timers. The oracle's clock also advanced
 * 1 ns per read (tests/conformance/README.md "The event loop: virtual time"), so of two
 * timers with the same nominal delay the one created later always had the later deadline;
 * breaking ties by creation sequence reproduces exactly that order with a frozen clock.
 * Explicit `call_at` deadlines get no sequence (0): equal ones really tie, and the heap
 * (Python's heapq algorithm, below) pops them in CPython's order (semantics.md §2.3 py/06).
 */
import type { PyInstance } from '../../runtime/values';

/**
 * The loop runs `fn(arg)`: a function plus its argument rather than a closure, so that the
 * hottest entries (a task's `__step`, a future's done callbacks) allocate only the handle.
 */
export class Handle {
  cancelled = false;
  /** The Python object handed to user code (`loop.call_soon(...)` result), made on demand. */
  pyObject: PyInstance | undefined = undefined;
  constructor(
    /** What the loop runs. User callbacks are wrapped so that errors go to the exception handler. */
    readonly fn: (arg: any) => void,
    readonly arg: unknown,
    /** The invocation id the entry runs (events: enqueue/dequeue `item`). */
    readonly item: number,
    readonly label: string,
  ) {}

  run(): void {
    const fn = this.fn;
    fn(this.arg);
  }
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
    super(run, undefined, item, label);
  }
}

/**
 * `collections.deque` used as a FIFO: a ring buffer (power-of-two capacity, doubled when
 * full), so that a steady stream of push/shift allocates nothing and moves nothing.
 */
export class ReadyQueue {
  private items: (Handle | undefined)[] = new Array<Handle | undefined>(16).fill(undefined);
  private mask = 15;
  private head = 0;
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(h: Handle): void {
    if (this.count > this.mask) this.grow();
    this.items[(this.head + this.count) & this.mask] = h;
    this.count++;
  }

  /** Only when length > 0. */
  shift(): Handle {
    const i = this.head;
    const h = this.items[i]!;
    this.items[i] = undefined;
    this.head = (i + 1) & this.mask;
    this.count--;
    return h;
  }

  private grow(): void {
    const old = this.items;
    const n = old.length;
    const items = new Array<Handle | undefined>(n * 2).fill(undefined);
    for (let k = 0; k < n; k++) items[k] = old[(this.head + k) & this.mask];
    this.items = items;
    this.mask = n * 2 - 1;
    this.head = 0;
  }

  clear(): void {
    this.items.fill(undefined);
    this.head = 0;
    this.count = 0;
  }

  *[Symbol.iterator](): IterableIterator<Handle> {
    for (let k = 0; k < this.count; k++) yield this.items[(this.head + k) & this.mask]!;
  }
}

/**
 * `TimerHandle.__lt__` orders by deadline only; `seq` breaks ties only for deadlines read
 * from the clock (call_later, sleep: distinct reads on the oracle's moving clock), while
 * explicit `call_at` deadlines carry seq 0 so that equal ones tie and come out in heapq's
 * order (semantics.md §2.3 py/06).
 */
function before(a: TimerHandle, b: TimerHandle): boolean {
  return a.when < b.when || (a.when === b.when && a.seq < b.seq);
}

/** Python's heapq (Lib/heapq.py `heappush`/`heappop`, `_siftdown`/`_siftup`), exactly, so ties pop as CPython's do. */
export class TimerHeap {
  private a: TimerHandle[] = [];

  get size(): number {
    return this.a.length;
  }

  peek(): TimerHandle | undefined {
    return this.a[0];
  }

  push(t: TimerHandle): void {
    this.a.push(t);
    this.siftdown(0, this.a.length - 1);
  }

  pop(): TimerHandle | undefined {
    const a = this.a;
    const last = a.pop();
    if (last === undefined || a.length === 0) return last;
    const top = a[0];
    a[0] = last;
    this.siftup(0);
    return top;
  }

  clear(): void {
    this.a = [];
  }

  private siftdown(startpos: number, pos: number): void {
    const a = this.a;
    const newitem = a[pos];
    while (pos > startpos) {
      const parentpos = (pos - 1) >> 1;
      const parent = a[parentpos];
      if (before(newitem, parent)) {
        a[pos] = parent;
        pos = parentpos;
        continue;
      }
      break;
    }
    a[pos] = newitem;
  }

  private siftup(pos: number): void {
    const a = this.a;
    const endpos = a.length;
    const startpos = pos;
    const newitem = a[pos];
    let childpos = 2 * pos + 1;
    while (childpos < endpos) {
      const rightpos = childpos + 1;
      if (rightpos < endpos && !before(a[childpos], a[rightpos])) childpos = rightpos;
      a[pos] = a[childpos];
      pos = childpos;
      childpos = 2 * pos + 1;
    }
    a[pos] = newitem;
    this.siftdown(startpos, pos);
  }
}
