/**
 * asyncio.Queue (Lib/asyncio/queues.py): FIFO with optional maxsize.
 *  - `get()` on an empty queue waits on a getter future; `put_nowait` wakes the first
 *    getter that is not done (`_wakeup_next`), which resumes one iteration later.
 *  - `put()` on a full queue waits on a putter future that `get_nowait` wakes.
 *  - `task_done()` / `join()` count unfinished items through an internal Event.
 */
import { None, PyInstance, type Value } from '../../runtime/values';
import { defineBuiltinClass, defineExceptionClass, pyClass } from '../../runtime/python/classes';
import type { PyModelContext } from './context';
import { getRunningLoop } from './event-loop';
import type { Future } from './future';
import { awaitFuture } from './await';
import { nativeCoroutine } from './tasks-api';
import { arg, hexAddress, pyError, required, toNumber } from './host';
import type { NativeCode } from './coroutine';

interface QueueState {
  maxsize: number;
  /** The `maxsize` argument as given (the repr shows it). */
  maxsizeArg: Value;
  items: Value[];
  getters: Future[];
  putters: Future[];
  unfinished: number;
  /** `_finished` Event: set when no task is unfinished. */
  finished: boolean;
  joiners: Future[];
}

type Body = Generator<unknown, Value, unknown>;

/** Lib/asyncio/queues.py: the coroutines' `async def` lines and the awaits they suspend in. */
const PUT_CODE: NativeCode = { file: 'queues.py', first: 125, line: 139 };
const GET_CODE: NativeCode = { file: 'queues.py', first: 172, line: 186 };
const JOIN_CODE: NativeCode = { file: 'queues.py', first: 239, line: 248 };

function wakeupNext(waiters: Future[]): void {
  while (waiters.length > 0) {
    const w = waiters.shift()!;
    if (!w.done()) {
      w.setResult(None);
      break;
    }
  }
}

export function defineQueueClasses(ctx: PyModelContext): Record<string, Value> {
  const realm = ctx.realm;
  const QueueEmpty = defineExceptionClass(realm, 'QueueEmpty', 'Exception', 'asyncio');
  const QueueFull = defineExceptionClass(realm, 'QueueFull', 'Exception', 'asyncio');
  const q = (s: Value) => (s as PyInstance).internal as QueueState;
  const full = (st: QueueState) => st.maxsize > 0 && st.items.length >= st.maxsize;

  const putNowait = (st: QueueState, item: Value): void => {
    if (full(st)) throw pyError(realm, QueueFull);
    st.items.push(item);
    st.unfinished++;
    st.finished = false;
    wakeupNext(st.getters);
  };
  const getNowait = (st: QueueState): Value => {
    if (st.items.length === 0) throw pyError(realm, QueueEmpty);
    const item = st.items.shift()!;
    wakeupNext(st.putters);
    return item;
  };
  /** Wait on a fresh future registered in `waiters`; on error, pass the wakeup on as queues.py does. */
  function* waitOn(st: QueueState, waiters: Future[], ready: () => boolean, label: string): Body {
    const w = getRunningLoop(ctx).createFuture(label);
    waiters.push(w);
    try {
      yield* awaitFuture(ctx, w);
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
  const format = (st: QueueState): string => {
    let r = `maxsize=${realm.py.repr(st.maxsizeArg)}`;
    if (st.items.length > 0) r += ` _queue=${realm.py.repr(st.items.slice())}`;
    if (st.getters.length > 0) r += ` _getters[${st.getters.length}]`;
    if (st.putters.length > 0) r += ` _putters[${st.putters.length}]`;
    if (st.unfinished > 0) r += ` tasks=${st.unfinished}`;
    return r;
  };

  const Queue = defineBuiltinClass(realm, 'Queue', [pyClass(realm, 'object')], {
    module: 'asyncio',
    register: false,
    construct: (cls, args) =>
      new PyInstance(cls, {
        maxsize: toNumber(arg(args, 0, 'maxsize', 0)) || 0,
        maxsizeArg: arg(args, 0, 'maxsize', 0),
        items: [],
        getters: [],
        putters: [],
        unfinished: 0,
        finished: true,
        joiners: [],
      } satisfies QueueState),
    methods: {
      qsize: (s) => q(s).items.length,
      empty: (s) => q(s).items.length === 0,
      full: (s) => full(q(s)),
      put_nowait: (s, a) => (putNowait(q(s), required(realm, a, 0, 'item', 'put_nowait')), None),
      get_nowait: (s) => getNowait(q(s)),
      put: (s, a) => {
        const st = q(s);
        const item = required(realm, a, 0, 'item', 'put');
        return nativeCoroutine(ctx, 'put', 'Queue.put', (function* (): Body {
          while (full(st)) yield* waitOn(st, st.putters, () => !full(st), 'Queue.put');
          putNowait(st, item);
          return None;
        })(), PUT_CODE);
      },
      get: (s) => {
        const st = q(s);
        return nativeCoroutine(ctx, 'get', 'Queue.get', (function* (): Body {
          while (st.items.length === 0) yield* waitOn(st, st.getters, () => st.items.length > 0, 'Queue.get');
          return getNowait(st);
        })(), GET_CODE);
      },
      task_done: (s) => {
        const st = q(s);
        if (st.unfinished <= 0) throw pyError(realm, 'ValueError', 'task_done() called too many times');
        st.unfinished--;
        if (st.unfinished === 0) {
          st.finished = true;
          for (const f of st.joiners) if (!f.done()) f.setResult(true);
        }
        return None;
      },
      join: (s) => {
        const st = q(s);
        return nativeCoroutine(ctx, 'join', 'Queue.join', (function* (): Body {
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
        })(), JOIN_CODE);
      },
      // queues.py: `__repr__` is `<Queue at 0x... FORMAT>`, `__str__` (what print shows) `<Queue FORMAT>`.
      __repr__: (s) => `<${(s as PyInstance).cls.name} at ${hexAddress(realm, s as PyInstance)} ${format(q(s))}>`,
      __str__: (s) => `<${(s as PyInstance).cls.name} ${format(q(s))}>`,
    },
  });
  return { Queue, QueueEmpty, QueueFull };
}
