/**
 * asyncio.gather (Lib/asyncio/tasks.py, 3.12+), docs/semantics.md §2.6:
 *  1. arguments are walked in order and passed to ensure_future (coroutines become tasks in
 *     argument order; duplicate arguments share one child; children gather created do not
 *     log "destroyed but pending");
 *  2. `_done_callback` is attached to every pending child; children already done are
 *     processed synchronously after the outer future exists (gh-104144), so the outer
 *     future can be done when gather() returns;
 *  3. the first failure is set on the outer future at once, the others keep running;
 *     `return_exceptions=True` lists exceptions instead;
 *  4. results come in argument order;
 *  5. cancelling the outer future cancels every child.
 */
import { None, type Value } from '../../runtime/values';
import type { Pos } from '../../events/types';
import type { PyModelContext } from './context';
import { getEventLoop, type EventLoop } from './event-loop';
import { Future } from './future';
import { Task } from './task';
import { Coroutine } from './coroutine';
import { ensureFuture } from './tasks-api';
import { isNone, pyExceptionArgs } from './host';
import { asyncioCallback } from './reprs';

export class GatheringFuture extends Future {
  constructor(
    ctx: PyModelContext,
    loop: EventLoop,
    readonly children: Future[],
  ) {
    super(ctx, loop, ctx.cls.gatheringFuture, 'promise', `gather(${children.length})`);
  }

  override cancel(msg: Value = None): boolean {
    if (this.done()) return false;
    let ret = false;
    for (const child of this.children) if (child.cancel(msg)) ret = true;
    if (ret) this.cancelRequested = true;
    return ret;
  }
}

const GATHER_DONE_CALLBACK = asyncioCallback('gather.<locals>._done_callback', 'tasks.py', 810);

/** `site`: the gather call (the `started` position of the tasks it creates). */
export function gather(ctx: PyModelContext, args: Value[], returnExceptions: boolean, site?: Pos): Future {
  const realm = ctx.realm;
  if (args.length === 0) {
    const loop = getEventLoop(ctx);
    const outer = loop.createFuture('gather(0)');
    outer.setResult([]);
    return outer;
  }
  const argToFut = new Map<Value, Future>();
  const children: Future[] = [];
  const doneFuts: Future[] = [];
  let nfuts = 0;
  let nfinished = 0;
  let loop: EventLoop | undefined;
  let outer: GatheringFuture | undefined;

  const doneCallback = (fut: Future): void => {
    nfinished++;
    if (outer === undefined || outer.done()) {
      if (!fut.cancelled()) fut.exception(); // mark the exception retrieved
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) {
        outer.setException(fut.makeCancelledError());
        return;
      }
      const exc = fut.exception();
      if (exc !== None) {
        outer.setException(exc);
        return;
      }
    }
    if (nfinished === nfuts) {
      const results: Value[] = [];
      for (const child of children) {
        if (child.cancelled()) {
          const m = child.cancelMessage;
          // `CancelledError('' if fut._cancel_message is None else fut._cancel_message)`
          results.push(pyExceptionArgs(realm, ctx.cls.cancelledError, [isNone(m) ? '' : m]));
        } else {
          const res = child.exception();
          results.push(res === None ? child.result() : res);
        }
      }
      if (outer.cancelRequested) outer.setException(fut.makeCancelledError());
      else outer.setResult(results);
    }
  };

  let probe: Value | undefined;
  for (const a of args) {
    // `if arg not in arg_to_fut`: an unhashable argument (a list passed without `*`) fails
    // there, with the dict's own message.
    if (!(a instanceof Future || a instanceof Coroutine)) realm.py.compare('in', a, (probe ??= realm.py.makeDict([])));
    let fut = argToFut.get(a);
    if (fut === undefined) {
      fut = ensureFuture(ctx, a, loop, site) as Future;
      if (loop === undefined) loop = fut.loop;
      if (fut !== a && fut instanceof Task) fut.logDestroyPending = false;
      nfuts++;
      argToFut.set(a, fut);
      if (fut.done()) doneFuts.push(fut);
      else fut.onDone(doneCallback, fut.id, 'gather', GATHER_DONE_CALLBACK);
    }
    children.push(fut);
  }
  outer = new GatheringFuture(ctx, loop!, children);
  for (const f of doneFuts) doneCallback(f);
  return outer;
}
