/**
 * The end-of-run "garbage collection" (tests/conformance/README.md "Capturing output"):
 * after the run the oracle dropped the program's globals and collected, which fired the
 * finalizers below. Their order relative to stdout is undefined, so they are emitted
 * together at the end (the conformance compares warnings as a multiset).
 *
 *  - a coroutine never started: `RuntimeWarning: coroutine 'QUALNAME' was never awaited`
 *    (`_PyGen_Finalize`); an async generator's asend/athrow awaitable never awaited:
 *    `RuntimeWarning: coroutine method 'asend' of 'QUALNAME' was never awaited`;
 *  - a task still pending: `Task was destroyed but it is pending! (QUALNAME)` (Task.__del__;
 *    not for tasks with `_log_destroy_pending` cleared — gather's and run_until_complete's own;
 *    not for the REPL's main code, which reports `main code never finished (waits forever)`);
 *  - a future whose exception nobody retrieved: `Task exception was never retrieved (QUALNAME):
 *    T: m` / `Future exception was never retrieved: T: m` (Future.__del__).
 * `Exception in callback: T: m` is not here: the loop reports it when the callback raises.
 */
import type { PyModelContext } from './context';
import { Task } from './task';
import { pyRuntime } from '../../runtime/python/index';
import { errorSummary } from './host';

export function collectGarbage(ctx: PyModelContext): void {
  const realm = ctx.realm;
  for (const c of ctx.settleUnstarted()) realm.warn(`RuntimeWarning: coroutine '${c.qualname}' was never awaited`, c.id || undefined);
  const rt = pyRuntime(realm);
  for (const a of rt.unawaited) realm.warn(a.unawaitedWarning!);
  rt.unawaited.clear();
  // Future.__del__ / Task.__del__ report through their loop's exception handler (a user
  // handler set with set_exception_handler still sees them, as in promisio/06).
  for (const t of ctx.pendingTasks) {
    if (t === ctx.mainTask || !t.logDestroyPending || t.done()) continue;
    const msg = 'Task was destroyed but it is pending!';
    t.loop.callExceptionHandler(
      [
        ['task', t],
        ['message', msg],
      ],
      `${msg} (${t.coro.qualname})`,
      t.id,
    );
  }
  for (const f of ctx.unretrieved) {
    const summary = errorSummary(realm, f.exceptionValue);
    // futures.py `__del__`: named by the object's class (`_GatheringFuture`, a Future subclass).
    const msg = `${f.cls.name} exception was never retrieved`;
    // The oracle names the task by `get_coro().__qualname__`, `None` once the coroutine is dropped.
    const text = f instanceof Task ? `${msg} (${f.coroDropped ? 'None' : f.coro.qualname}): ${summary}` : `${msg}: ${summary}`;
    f.loop.callExceptionHandler(
      [
        ['message', msg],
        ['exception', f.exceptionValue],
        ['future', f],
      ],
      text,
      f.id,
    );
  }
  ctx.clearUnstarted();
  ctx.pendingTasks.clear();
  ctx.unretrieved.clear();
}
