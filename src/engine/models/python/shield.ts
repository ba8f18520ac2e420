/**
 * asyncio.shield (Lib/asyncio/tasks.py 3.14, pure Python there too).
 *
 *  - `inner = ensure_future(arg)`; a done inner is returned as it is.
 *  - Otherwise a new `outer` future: inner gets `_clear_awaited_by_callback` (only when
 *    called from a task: the awaited-by bookkeeping; it still takes its own turn in `_ready`)
 *    and `_inner_done_callback` (copies the outcome to outer unless outer was cancelled);
 *    outer gets `_outer_done_callback`. So `await shield(x)` resumes 2 iterations after x
 *    completes (inner's callback, then the awaiting task's wakeup).
 *  - Cancelling the awaiting task cancels only outer: inner goes on; outer's callback then
 *    swaps inner's `_inner_done_callback` for `_log_on_exception`, which reports an exception
 *    of inner nobody will see: `T exception in shielded future` through the loop's handler.
 */
import { None, type Value } from '../../runtime/values';
import type { Pos } from '../../events/types';
import type { PyModelContext } from './context';
import type { DoneCallback, Future } from './future';
import { ensureFuture } from './tasks-api';
import { pyTypeName } from './host';
import { asyncioCallback } from './reprs';

const CLEAR_AWAITED_BY = asyncioCallback('shield.<locals>._clear_awaited_by_callback', 'tasks.py', 975);
const INNER_DONE = asyncioCallback('shield.<locals>._inner_done_callback', 'tasks.py', 978);
const OUTER_DONE = asyncioCallback('shield.<locals>._outer_done_callback', 'tasks.py', 991);
/** A module-level function: every shield's `_log_on_exception` is the same callback. */
const LOG_ON_EXCEPTION = asyncioCallback('_log_on_exception', 'tasks.py', 911);

/** `shield(arg)`; `site`: the call (the `started` position of a task it creates). */
export function shield(ctx: PyModelContext, arg: Value, site?: Pos): Future {
  const realm = ctx.realm;
  const inner = ensureFuture(ctx, arg, undefined, site) as Future;
  if (inner.done()) return inner; // Shortcut.
  const loop = inner.loop;
  const outer = loop.createFuture('shield');
  const curTask = loop.currentTask;

  const logOnException = (fut: Future): void => {
    if (fut.cancelled()) return;
    const exc = fut.exception();
    if (exc === None) return;
    const message = `${pyTypeName(realm, exc)} exception in shielded future`;
    loop.callExceptionHandler(
      [
        ['message', message],
        ['exception', exc],
        ['future', fut],
      ],
      `${message}: ${realm.py.errorSummary(exc)}`,
      fut.id,
    );
  };
  const innerDone = (f: Future): void => {
    if (outer.cancelled()) return;
    if (f.cancelled()) outer.cancel();
    else {
      const exc = f.exception();
      if (exc !== None) outer.setException(exc);
      else outer.setResult(f.result());
    }
  };
  if (curTask !== null) inner.onDone(() => undefined, inner.id, '_clear_awaited_by_callback', CLEAR_AWAITED_BY);
  const innerCb: DoneCallback = inner.onDone(innerDone, outer.id, '_inner_done_callback', INNER_DONE);
  outer.onDone(
    () => {
      if (!inner.done()) {
        inner.removeCallback(innerCb);
        // Keep only one callback to log on cancel.
        inner.removeMatching((cb) => cb.desc === LOG_ON_EXCEPTION);
        inner.onDone(logOnException, inner.id, '_log_on_exception', LOG_ON_EXCEPTION);
      }
    },
    outer.id,
    '_outer_done_callback',
    OUTER_DONE,
  );
  return outer;
}
