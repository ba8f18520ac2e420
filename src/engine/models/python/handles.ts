/**
 * asyncio's `Handle` / `TimerHandle` (Lib/asyncio/events.py) and the two containers of
 * `BaseEventLoop`: the `_ready` deque and the `_scheduled` heap.
 *
 * The heap is keyed by the deadline only, a float in seconds computed as CPython computes
 * it (`loop.time() + delay`, base_events.py `call_later`), as `TimerHandle.__lt__` compares.
 * The clock moves 1 ns at every read, as the oracle's does (tests/conformance/README.md
 * "The event loop: virtual time"), so of two timers with the same delay the one created
 * later has the later deadline, and near-ties (0.5 s twice vs 1 s once) come out as they
 * do in CPython. Equal deadlines (explicit `call_at` with one value) really tie and the heap
 * (Python's heapq algorithm, below) pops them in CPython's order (docs/semantics.md §2.3 py/06).
 */
import { PyInstance, type Value } from '../../runtime/values';
import type { PyModelContext } from './context';
import type { EventLoop } from './event-loop';

/** A Task's default name is this and its number (tasks.py `_task_name_counter`). */
export const TASK_NAME_PREFIX = 'Task-';

/**
 * The loop runs `fn(arg)`: a function plus its argument rather than a closure, so that the
 * hottest entries (a task's `__step`, a future's done callbacks) allocate only the handle.
 */
export class Handle {
  cancelled = false;
  /** The Python object handed to user code (`loop.call_soon(...)` result), made on demand. */
  pyObject: PyInstance | undefined = undefined;
  /** The user's callable (`Handle._callback`), for the handle's repr and the exception handler's context. */
  callback: Value | undefined = undefined;
  /** The user's arguments (`Handle._args`), which `TimerHandle.__eq__` compares. */
  args: Value[] | undefined = undefined;
  constructor(
    /** What the loop runs. User callbacks are wrapped so that errors go to the exception handler. */
    readonly fn: (arg: any) => void,
    /** Mutable, as `label` is: a task reuses its `__step` handle from one step to the next (task.ts). */
    public arg: unknown,
    /** The invocation id the entry runs (events: enqueue/dequeue `item`). */
    readonly item: number,
    public label: string,
    /**
     * N when `label` is a Task's default name `Task-N`, else -1: its enqueue event is then
     * recorded as the number (recorder.ts `enqueueNumbered`), not as a new string per Task.
     */
    public labelNumber = -1,
  ) {}

  run(): void {
    const fn = this.fn;
    fn(this.arg);
  }
}

/**
 * A done callback of the model's own that is its own `_ready` entry: when its future
 * completes, the future queues this object (with itself as `arg`) instead of a new Handle
 * around a closure (future.ts `scheduleCallbacks`). Each is made for one registration on one
 * future, which completes once, so it is queued at most once. Under promisio every async call
 * registers two (the TaskPromise's and the `await`'s `catch`) and every blocking await a
 * task's `__wakeup`: a closure, its context, the callback record and the Handle made at
 * completion were four objects each (issue 10: allocation per task step).
 */
export abstract class CallbackHandle extends Handle {
  constructor(item: number, label: string, labelNumber = -1) {
    super(runNothing, undefined, item, label, labelNumber);
  }

  /** How the future's repr lists it (reprs.ts `callbackDesc`); undefined: `label()`. */
  get desc(): string | undefined {
    return undefined;
  }

  /** The Python callable (remove_done_callback): never, for the model's own. */
  get py(): undefined {
    return undefined;
  }

  /** The loop runs it: `arg` is the future that completed. */
  abstract override run(): void;
}

function runNothing(): void {}

export class TimerHandle extends Handle {
  /** Still in `_scheduled` (not yet moved to `_ready`). */
  scheduled = true;
  /**
   * A worker thread's `call_soon_threadsafe`, due when the thread ends (threads.ts): the
   * invocation that submitted the work (its race partner when nothing else is queued), else 0.
   */
  handOffFrom = 0;
  handOff = false;
  constructor(
    run: () => void,
    item: number,
    label: string,
    /** Deadline: loop-time seconds (a Python float). */
    readonly when: number,
    /**
     * For the `race` mark only (event-loop.ts): the loop iteration that created the timer and
     * its delay (NaN for an explicit `call_at` deadline).
     */
    readonly createdTurn: number,
    readonly delay: number,
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

/** `TimerHandle.__lt__` (Lib/asyncio/events.py): by deadline only. */
function before(a: TimerHandle, b: TimerHandle): boolean {
  return a.when < b.when;
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
    if (newitem === undefined) return;
    while (pos > startpos) {
      const parentpos = (pos - 1) >> 1;
      const parent = a[parentpos];
      if (parent === undefined || !before(newitem, parent)) break;
      a[pos] = parent;
      pos = parentpos;
    }
    a[pos] = newitem;
  }

  private siftup(pos: number): void {
    const a = this.a;
    const startpos = pos;
    const newitem = a[pos];
    if (newitem === undefined) return;
    // Move the smaller child up until a leaf (heapq._siftup), then sift newitem down to its place.
    let childpos = 2 * pos + 1;
    for (let child = a[childpos]; child !== undefined; child = a[childpos]) {
      const right = a[childpos + 1];
      if (right !== undefined && !before(child, right)) {
        childpos++;
        child = right;
      }
      a[pos] = child;
      pos = childpos;
      childpos = 2 * pos + 1;
    }
    a[pos] = newitem;
    this.siftdown(startpos, pos);
  }
}

/** The Python object for a loop handle (what call_soon/call_later return, the exception handler's `handle`). */
export function handleObject(ctx: PyModelContext, loop: EventLoop, h: Handle): PyInstance {
  if (!h.pyObject) h.pyObject = new PyInstance(h instanceof TimerHandle ? ctx.cls.timerHandle : ctx.cls.handle, { h, loop });
  return h.pyObject;
}
