/**
 * How the Python models' virtual clock moves outside the event loop's own reads
 * (event-loop.ts states those: +1 ns per `loop.time()`, the whole wait at a select):
 *
 *  - A read of the `time` module's clocks (`time.monotonic()`, `perf_counter()`, `time()`,
 *    their `_ns` forms, and so `datetime.now()`, `time.strftime()` without a time) moves the
 *    clock 1 µs, then reads it. That is the rule that lets a busy-wait on the clock end
 *    (`while time.monotonic() < end: pass` makes (end - now) / 1 µs reads), and it is
 *    coarse enough that such a loop stays within the step budget for seconds of virtual time.
 *  - `time.sleep(d)` blocks: the clock moves `round(d * 1e9)` ns at once and nothing else
 *    runs meanwhile, so every timer that came due during the sleep fires late, together, at
 *    the next `_run_once` — the "never block the event loop" lesson.
 *
 *  - Inside a modelled worker thread (threads.ts) both act on the thread's own clock: the
 *    loop is not blocked by a thread's sleep. On the loop thread they let out what the
 *    threads printed up to the new reading (threads.ts `flushThreadPrints`).
 *
 * The oracle's harness patches CPython's `time` module with the same rules
 * (tests/oracle/pyodide_harness.py `_VirtualTime`), so outputs compare exactly.
 */
import type { PyModelContext } from './context';
import { flushThreadPrints } from './threads';

/** The virtual cost of one `time`-module clock read. */
export const CLOCK_READ_NS = 1000;

export function readClockNs(ctx: PyModelContext): number {
  if (ctx.threadClock !== null) return (ctx.threadClock += CLOCK_READ_NS);
  ctx.setClock(ctx.clock + CLOCK_READ_NS);
  if (ctx.threadPrints.length > 0) flushThreadPrints(ctx);
  return ctx.clock;
}

export function blockingSleep(ctx: PyModelContext, ns: number): void {
  if (ctx.threadClock !== null) ctx.threadClock += ns;
  else {
    ctx.advanceClock(ns);
    // The worker threads go on while the loop thread sleeps (threads.ts).
    if (ctx.threadPrints.length > 0) flushThreadPrints(ctx);
  }
}
