/**
 * asyncio.Queue, LifoQueue, PriorityQueue (Lib/asyncio/queues.py): optional maxsize; the
 * subclasses change only `_put`/`_get` (list append/pop; heapq.heappush/heappop, the
 * runtime's `heapq` module, so ties and the repr's `_queue` order are CPython's).
 *  - `get()` on an empty queue waits on a getter future; `put_nowait` wakes the first
 *    getter that is not done (`_wakeup_next`), which resumes one iteration later.
 *  - `put()` on a full queue waits on a putter future that `get_nowait` wakes.
 *  - `task_done()` / `join()` count unfinished items through an internal Event.
 *  - `shutdown(immediate=False)` (3.13+): later puts raise `QueueShutDown`, gets too once the
 *    queue is empty; every waiting getter and putter is woken to re-check (so they raise);
 *    `immediate` also drops the items, counting them done (which may release `join()`).
 *  - A program's subclass goes through `self` as queues.py does (QueueCore.py): its
 *    `_init`/`_put`/`_get`, `full`, `put_nowait`... overrides take part, and the `_queue`
 *    its `_init` sets holds the items.
 */
import { None, PyInstance, type CallArgs, type PyClass, type PyModule, type Value } from '../../runtime/values';
import { at, bindInit, bindMethod, noArgs } from './signature';
import { defineBuiltinClass, defineExceptionClass, pyClass, pyNative } from '../../runtime/python/classes';
import { PyProperty } from '../../runtime/python/objects';
import type { PyModelContext } from './context';
import { getRunningLoop } from './event-loop';
import type { Future } from './future';
import { awaitFuture } from './await';
import { nativeCoroutine } from './tasks-api';
import { callValue, hexAddress, pyError, toNumber } from './host';
import type { NativeCode } from './coroutine';

type Body = Generator<unknown, Value, unknown>;

/** Lib/asyncio/queues.py: the coroutines' `async def` lines and the awaits they suspend in. */
const PUT_CODE: NativeCode = { file: 'queues.py', first: 125, line: 139 };
const GET_CODE: NativeCode = { file: 'queues.py', first: 172, line: 186 };
const JOIN_CODE: NativeCode = { file: 'queues.py', first: 239, line: 248 };

/** `_wakeup_next`: wake the first waiter that is not done. */
function wakeupNext(waiters: Future[]): void {
  while (waiters.length > 0) {
    const w = waiters.shift()!;
    if (!w.done()) {
      w.setResult(None);
      break;
    }
  }
}

/**
 * One queue's state and behaviour (the Python `Queue` wraps one; `as_completed` uses one
 * internally, as tasks.py's `_AsCompletedIterator` uses a `queues.Queue`).
 */
export type QueueKind = 'fifo' | 'lifo' | 'priority';

export class QueueCore {
  readonly items: Value[] = [];
  readonly getters: Future[] = [];
  readonly putters: Future[] = [];
  unfinished = 0;
  /** `_finished` Event: set when no task is unfinished. */
  finished = true;
  isShutdown = false;
  readonly joiners: Future[] = [];

  constructor(
    private readonly ctx: PyModelContext,
    /** The `maxsize` argument as given (the repr shows it), and as a number. */
    readonly maxsizeArg: Value,
    private readonly errors: { empty: PyClass; full: PyClass; shutdown: PyClass },
    readonly kind: QueueKind = 'fifo',
  ) {
    // NaN: not a number (full() then compares the argument itself).
    this.maxsize = toNumber(maxsizeArg);
  }

  readonly maxsize: number;

  /**
   * A program's subclass of a queue class: queues.py's methods call one another through
   * `self` (`put()` calls `self.full()` and `self.put_nowait(item)`, which calls
   * `self._put(item)`...), so the subclass's overrides take part. Null for the three classes
   * themselves, which take the direct path.
   */
  py: PyInstance | null = null;
  /** `self._queue` once the program sets it (a subclass's `_init`): the items live there. */
  pyContainer: Value | undefined = undefined;

  private via(name: string, args: Value[]): Value {
    return callValue(this.ctx.realm, this.ctx.realm.py.getAttr(this.py!, name), args);
  }
  pyCall(obj: Value, name: string, args: Value[]): Value {
    return callValue(this.ctx.realm, this.ctx.realm.py.getAttr(obj, name), args);
  }

  /** `qsize()`: `len(self._queue)`. */
  qsize(): number {
    if (this.pyContainer === undefined) return this.items.length;
    return toNumber(callValue(this.ctx.realm, this.ctx.realm.builtins.py.get('len')!, [this.pyContainer]));
  }

  /** `empty()`: `not self._queue`. */
  empty(): boolean {
    return this.pyContainer === undefined ? this.items.length === 0 : !this.ctx.realm.py.truthy(this.pyContainer);
  }

  private isEmpty(): boolean {
    return this.py === null ? this.items.length === 0 : this.ctx.realm.py.truthy(this.via('empty', []));
  }
  private isFull(): boolean {
    return this.py === null ? this.full() : this.ctx.realm.py.truthy(this.via('full', []));
  }

  full(): boolean {
    const size = () => (this.py === null ? this.items.length : toNumber(this.via('qsize', [])));
    if (Number.isNaN(this.maxsize)) {
      // queues.py `full()` compares the argument as given: `Queue(maxsize=None)` (not a way
      // to say "unbounded") fails there, at the first put, with the comparison's TypeError.
      const py = this.ctx.realm.py;
      if (py.truthy(py.compare('<=', this.maxsizeArg, 0))) return false;
      return py.truthy(py.compare('>=', size(), this.maxsizeArg));
    }
    return this.maxsize > 0 && size() >= this.maxsize;
  }

  /** `_put(item)`: append (heappush for PriorityQueue). */
  putItem(item: Value): void {
    const c = this.pyContainer;
    if (c !== undefined) {
      if (this.kind === 'priority') this.heapq('heappush', [c, item]);
      else this.pyCall(c, 'append', [item]);
    } else if (this.kind === 'priority') this.heapq('heappush', [this.items, item]);
    else this.items.push(item);
  }

  /** `_get()`: popleft (pop for LifoQueue, heappop for PriorityQueue). */
  getItem(): Value {
    const c = this.pyContainer;
    if (c !== undefined) {
      if (this.kind === 'priority') return this.heapq('heappop', [c]);
      return this.pyCall(c, this.kind === 'fifo' ? 'popleft' : 'pop', []);
    }
    return this.kind === 'fifo' ? this.items.shift()! : this.kind === 'lifo' ? this.items.pop()! : this.heapq('heappop', [this.items]);
  }

  putNowait(item: Value): void {
    if (this.isShutdown) throw pyError(this.ctx.realm, this.errors.shutdown);
    if (this.isFull()) throw pyError(this.ctx.realm, this.errors.full);
    if (this.py === null) this.putItem(item);
    else this.via('_put', [item]);
    this.unfinished++;
    this.finished = false;
    wakeupNext(this.getters);
  }

  getNowait(): Value {
    if (this.isEmpty()) throw pyError(this.ctx.realm, this.isShutdown ? this.errors.shutdown : this.errors.empty);
    const item = this.py === null ? this.getItem() : this.via('_get', []);
    wakeupNext(this.putters);
    return item;
  }

  /**
   * `self._queue`, the container queues.py keeps the items in (a collections.deque; a list
   * for LifoQueue and PriorityQueue): private, but tutorials print it and StackOverflow's
   * "drain a queue" is `q._queue.clear()`, so it is the live container, not a copy.
   */
  container(): Value {
    if (this.pyContainer !== undefined) return this.pyContainer;
    if (this.kind !== 'fifo') return this.items;
    if (this.dequeView === undefined) {
      const realm = this.ctx.realm;
      const deque = (realm.modules.get('collections') as PyModule).dict.get('deque') as PyClass;
      this.dequeView = new PyInstance(deque, { items: this.items, maxlen: undefined });
    }
    return this.dequeView;
  }
  private dequeView: PyInstance | undefined = undefined;

  private heapq(fn: string, args: Value[]): Value {
    const mod = this.ctx.realm.modules.get('heapq') as PyModule;
    return callValue(this.ctx.realm, mod.dict.get(fn), args);
  }

  /** The body of `get()`. */
  *get(): Body {
    while (this.isEmpty()) {
      if (this.isShutdown) throw pyError(this.ctx.realm, this.errors.shutdown);
      yield* this.waitOn(this.getters, () => !this.isEmpty(), 'Queue.get');
    }
    return this.py === null ? this.getNowait() : this.via('get_nowait', []);
  }

  /** The body of `put(item)`. */
  *put(item: Value): Body {
    while (this.isFull()) {
      if (this.isShutdown) throw pyError(this.ctx.realm, this.errors.shutdown);
      yield* this.waitOn(this.putters, () => !this.isFull(), 'Queue.put');
    }
    if (this.py === null) this.putNowait(item);
    else this.via('put_nowait', [item]);
    return None;
  }

  /** `shutdown(immediate)`. */
  shutdown(immediate: boolean): void {
    this.isShutdown = true;
    if (immediate) {
      while (!this.isEmpty()) {
        if (this.py === null) this.getItem();
        else this.via('_get', []);
        if (this.unfinished > 0) this.unfinished--;
      }
      if (this.unfinished === 0) this.setFinished();
    }
    // All getters and putters re-check the state (and raise QueueShutDown).
    for (const waiters of [this.getters, this.putters]) {
      while (waiters.length > 0) {
        const w = waiters.shift()!;
        if (!w.done()) w.setResult(None);
      }
    }
  }

  /** `_finished.set()`: wake every `join()`. */
  setFinished(): void {
    this.finished = true;
    for (const f of this.joiners) if (!f.done()) f.setResult(true);
  }

  /** Wait on a fresh future registered in `waiters`; on error, pass the wakeup on as queues.py does. */
  private *waitOn(waiters: Future[], ready: () => boolean, label: string): Body {
    const w = getRunningLoop(this.ctx).createFuture(label);
    waiters.push(w);
    try {
      yield* awaitFuture(this.ctx, w);
    } catch (e) {
      w.cancel();
      const i = waiters.indexOf(w);
      if (i >= 0) waiters.splice(i, 1);
      if (ready() && !w.cancelled()) wakeupNext(waiters);
      throw e;
    }
    return None;
  }

  /** queues.py `Queue._format`. */
  format(): string {
    const realm = this.ctx.realm;
    let r = `maxsize=${realm.py.repr(this.maxsizeArg)}`;
    const c = this.pyContainer;
    if (c === undefined ? this.items.length > 0 : realm.py.truthy(c)) {
      const items = c === undefined ? this.items.slice() : callValue(realm, realm.builtins.py.get('list')!, [c]);
      r += ` _queue=${realm.py.repr(items)}`;
    }
    if (this.getters.length > 0) r += ` _getters[${this.getters.length}]`;
    if (this.putters.length > 0) r += ` _putters[${this.putters.length}]`;
    if (this.unfinished > 0) r += ` tasks=${this.unfinished}`;
    // 3.13+ queues.py `_format`: a queue that was shut down says so last.
    if (this.isShutdown) r += ' shutdown';
    return r;
  }
}

export interface QueueClasses {
  Queue: PyClass;
  LifoQueue: PyClass;
  PriorityQueue: PyClass;
  QueueEmpty: PyClass;
  QueueFull: PyClass;
  QueueShutDown: PyClass;
  /** A queue for the model's own use (as_completed). */
  newQueue(): QueueCore;
}

/**
 * `Queue.join()`'s body: one module-level generator function, not one made per call (each
 * generator function made at run time gives its generators a hidden class of their own:
 * issue 10, tasks-api.ts wrapAwaitable).
 */
function* queueJoin(ctx: PyModelContext, st: QueueCore): Body {
  if (st.unfinished > 0 && !st.finished) {
    const f = getRunningLoop(ctx).createFuture('Queue.join');
    st.joiners.push(f);
    try {
      yield* awaitFuture(ctx, f);
    } finally {
      st.joiners.splice(st.joiners.indexOf(f), 1);
    }
  }
  return None;
}

export function defineQueueClasses(ctx: PyModelContext): QueueClasses {
  const realm = ctx.realm;
  // Defined in Lib/asyncio/queues.py: `<class 'asyncio.queues.QueueFull'>`.
  const QueueEmpty = defineExceptionClass(realm, 'QueueEmpty', 'Exception', 'asyncio.queues');
  const QueueFull = defineExceptionClass(realm, 'QueueFull', 'Exception', 'asyncio.queues');
  const QueueShutDown = defineExceptionClass(realm, 'QueueShutDown', 'Exception', 'asyncio.queues');
  const errors = { empty: QueueEmpty, full: QueueFull, shutdown: QueueShutDown };
  const q = (s: Value) => (s as PyInstance).internal as QueueCore;
  // The subclasses inherit Queue's `__init__`, and its name in messages.
  const maxsizeArg = (args: CallArgs) => at(bindInit(realm, 'Queue', ['maxsize'], 0, args), 0) ?? 0;

  const own = new Set<PyClass>();
  const newQueue = (cls: PyClass, args: CallArgs, kind: QueueKind): PyInstance => {
    const maxsize = maxsizeArg(args);
    const core = new QueueCore(ctx, maxsize, errors, kind);
    const inst = new PyInstance(cls, core);
    if (!own.has(cls)) {
      core.py = inst;
      core.pyCall(inst, '_init', [maxsize]);
    }
    return inst;
  };
  const Queue = defineBuiltinClass(realm, 'Queue', [pyClass(realm, 'object')], {
    pythonLevel: true,
    module: 'asyncio.queues',
    register: false,
    construct: (cls, args) => newQueue(cls, args, 'fifo'),
    // queues.py: a read-only `property` (setting it says so as a property does), the argument
    // as given (`Queue(maxsize=2.5).maxsize` is 2.5).
    // queues.py's private attributes tutorials print (`_queue`: QueueCore.container).
    properties: {
      _queue: { get: (s) => q(s).container(), set: (s, v) => void (q(s).pyContainer = v) },
      _unfinished_tasks: { get: (s) => q(s).unfinished },
      _maxsize: { get: (s) => q(s).maxsizeArg },
    },
    attrs: {
      maxsize: new PyProperty(
        pyNative('maxsize', (_s, a) => q(a.positional[0]!).maxsizeArg),
        None,
        None,
      ),
    },
    methods: {
      qsize: (s, a) => (noArgs(realm, 'Queue.qsize', a), q(s).qsize()),
      empty: (s, a) => (noArgs(realm, 'Queue.empty', a), q(s).empty()),
      // The hooks a subclass overrides (queues.py: `_init` makes `self._queue`, a deque here
      // until the subclass sets its own).
      _init: (_s, a) => (bindMethod(realm, 'Queue._init', ['maxsize'], 1, a), None),
      _put: (s, a) => (q(s).putItem(bindMethod(realm, 'Queue._put', ['item'], 1, a)[0]!), None),
      _get: (s, a) => (noArgs(realm, 'Queue._get', a), q(s).getItem()),
      full: (s, a) => (noArgs(realm, 'Queue.full', a), q(s).full()),
      put_nowait: (s, a) => (q(s).putNowait(bindMethod(realm, 'Queue.put_nowait', ['item'], 1, a)[0]!), None),
      get_nowait: (s, a) => (noArgs(realm, 'Queue.get_nowait', a), q(s).getNowait()),
      put: (s, a) => {
        const item = bindMethod(realm, 'Queue.put', ['item'], 1, a)[0]!;
        return nativeCoroutine(ctx, 'put', 'Queue.put', q(s).put(item), PUT_CODE);
      },
      get: (s, a) => (noArgs(realm, 'Queue.get', a), nativeCoroutine(ctx, 'get', 'Queue.get', q(s).get(), GET_CODE)),
      task_done: (s, a) => {
        noArgs(realm, 'Queue.task_done', a);
        const st = q(s);
        if (st.unfinished <= 0) throw pyError(realm, 'ValueError', 'task_done() called too many times');
        st.unfinished--;
        if (st.unfinished === 0) st.setFinished();
        return None;
      },
      shutdown: (s, a) => {
        const immediate = at(bindMethod(realm, 'Queue.shutdown', ['immediate'], 0, a), 0) ?? false;
        q(s).shutdown(realm.py.truthy(immediate));
        return None;
      },
      join: (s, a) => {
        noArgs(realm, 'Queue.join', a);
        const st = q(s);
        return nativeCoroutine(ctx, 'join', 'Queue.join', queueJoin(ctx, st), JOIN_CODE);
      },
      // queues.py: `__repr__` is `<Queue at 0x... FORMAT>`, `__str__` (what print shows) `<Queue FORMAT>`.
      __repr__: (s) => `<${(s as PyInstance).cls.name} at ${hexAddress(realm, s as PyInstance)} ${q(s).format()}>`,
      __str__: (s) => `<${(s as PyInstance).cls.name} ${q(s).format()}>`,
    },
  });
  const subclass = (name: string, kind: QueueKind) =>
    defineBuiltinClass(realm, name, [Queue], {
      pythonLevel: true,
      module: 'asyncio.queues',
      register: false,
      construct: (cls, args) => newQueue(cls, args, kind),
    });
  const LifoQueue = subclass('LifoQueue', 'lifo');
  const PriorityQueue = subclass('PriorityQueue', 'priority');
  for (const c of [Queue, LifoQueue, PriorityQueue]) own.add(c);
  return {
    Queue,
    LifoQueue,
    PriorityQueue,
    QueueEmpty,
    QueueFull,
    QueueShutDown,
    newQueue: () => new QueueCore(ctx, 0, errors),
  };
}
