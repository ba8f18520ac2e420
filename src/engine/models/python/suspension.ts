/**
 * What the awaits of the Python models note for the events of a suspension (recording only):
 * the innermost await that yields to the task says what it waits on, and every recorded
 * frame the yield travels up through records its own `awaited` with it (await.ts, sleep0.ts).
 */
import type { Pos } from '../../events/types';
import type { PyModelContext } from './context';

/**
 * Where a suspension starts (recording only): the innermost await that yields to the task
 * notes what it waits on, for every recorded frame the yield then travels up through.
 */
export function noteSuspension(ctx: PyModelContext, loc: Pos | undefined, on: number | undefined, what: string): void {
  ctx.suspendSite = loc;
  ctx.suspendOn = on;
  ctx.suspendWhat = what;
}

/** The recorded frame an await belongs to: the coroutine whose body runs it (0: none, or a quiet one). */
export function frameId(ctx: PyModelContext): number {
  return ctx.realm.rec.on ? (ctx.runningCoro?.id ?? 0) : 0;
}
