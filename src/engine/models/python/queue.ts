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
import { arg, pyError, required, toNumber } from './host';

interface QueueState {
  maxsize: number;
  items: Value[];
  getters: Future[];
  putters: Future[];
  unfinished: number;
  /** `_finished` Event: set when no task is unfinished. */
  finished: boolean;
  joiners: Future[];
}

type Body = Generator<unknown, Value, unknown>;

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

  const Queue = defineBuiltinClass(realm, 'Queue', [pyClass(realm, 'object')], {
    module: 'asyncio',
    register: false,
    construct: (cls, args) =>
      new PyInstance(cls, {
        maxsize: toNumber(arg(args, 0, 'maxsize', 0)) || 0,
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
        })());
      },
      get: (s) => {
        const st = q(s);
        return nativeCoroutine(ctx, 'get', 'Queue.get', (function* (): Body {
          while (st.items.length === 0) yield* waitOn(st, st.getters, () => st.items.length > 0, 'Queue.get');
          return getNowait(st);
        })());
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
        })());
      },
    },
  });
  return { Queue, QueueEmpty, QueueFull };
}
