/**
 * Orders CPython leaves to memory addresses, marked as races.
 *
 * A few of asyncio's steps walk a set of tasks or coroutines, and CPython hashes those objects
 * by address. The order in which they start or are cancelled is then whatever the allocator
 * made it, and it differs between runs and between machines:
 *  - `as_completed(aws)` makes its tasks from `set(aws)` (tasks.py `_AsCompletedIterator`),
 *    so coroutines passed to it start in set order;
 *  - `TaskGroup._abort` cancels `self._tasks`, a set (taskgroups.py);
 *  - `asyncio.run`'s `_cancel_all_tasks` cancels `tasks.all_tasks(loop)`, a set built from a
 *    WeakSet (runners.py).
 *
 * The models keep one fixed order, the order of creation, which is what the engine's sets
 * iterate. The lane-trace comparisons allow-list the programs where CPython's real order
 * differs (tests/trace/allow-list.json). Each pair of neighbours in such a walk is recorded
 * as a `race` with reason `set-order`, so the page says that a real run may order them
 * either way, as it does for timers due within 1 ms of each other (event-loop.ts
 * `markRace`).
 */
import type { PyModelContext } from './context';
import type { Task } from './task';

/** Records a `set-order` race between each task and the next, in the order the model runs them. */
export function markSetOrder(ctx: PyModelContext, ids: readonly number[]): void {
  const rec = ctx.realm.rec;
  if (!rec.on) return;
  for (let i = 1; i < ids.length; i++) {
    const first = ids[i - 1]!;
    const second = ids[i]!;
    if (first !== 0 && second !== 0) rec.emit({ type: 'race', first, second, reason: 'set-order' });
  }
}

/**
 * Cancels `tasks`, which CPython holds as a set, in the model's order (creation), and marks
 * the ones whose order shows: a task waiting
 * on a future wakes when that future's cancellation runs its callbacks, so those wake in the
 * order they were cancelled. A task already on the ready queue keeps its place there, and a
 * task that is done is not cancelled at all.
 */
export function cancelTaskSet(ctx: PyModelContext, tasks: Iterable<Task>): void {
  const waking: number[] = [];
  for (const t of tasks) {
    if (t.done()) continue;
    const waiting = t.futWaiter !== null && !t.futWaiter.done();
    if (t.cancel() && waiting) waking.push(t.id);
  }
  markSetOrder(ctx, waking);
}
