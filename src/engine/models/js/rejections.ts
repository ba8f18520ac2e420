/**
 * Unhandled rejections as Node ≥ 15 treats them by default (`--unhandled-rejections=throw`),
 * ../shared/semantics.md §1.13.
 *
 * HostPromiseRejectionTracker (ECMA-262 §27.2.1.9) only *records*: "reject" for a rejection
 * with no handler, "handle" when a handler is attached later. Node acts on the record in
 * `processPromiseRejections` (lib/internal/process/promises.js), which runs after the
 * nextTick and microtask queues of the current macrotask have drained. So:
 *  - a handler attached later in the same drain counts as handled (js/17);
 *  - microtasks and nextTicks already queued in that drain still ran; timers never run
 *    after (js/16);
 *  - the first still-unhandled rejection, in rejection order, ends the program with its
 *    reason, summarised as the conformance capture hook does (`Name: message` for an
 *    Error, `String(reason)` otherwise — the hook's 'unhandledRejection' listener sees the
 *    raw reason, before Node would wrap it in ERR_UNHANDLED_REJECTION).
 */
import type { EventLoop } from './event-loop';
import type { PromiseRecord } from './promise';

export class RejectionTracker {
  /** Node's pendingUnhandledRejections: rejected-without-handler, in rejection order. */
  private pending: PromiseRecord[] = [];

  constructor(private readonly loop: EventLoop) {}

  /** HostPromiseRejectionTracker(promise, operation). */
  track(rec: PromiseRecord, operation: 'reject' | 'handle'): void {
    if (operation === 'reject') {
      rec.unhandled = true;
      this.pending.push(rec);
    } else {
      rec.unhandled = false;
    }
  }

  /** processPromiseRejections: crash on the first rejection still unhandled after the drain. */
  process(): void {
    if (this.pending.length === 0) return;
    const pending = this.pending;
    this.pending = [];
    for (const rec of pending) {
      if (!rec.unhandled) continue;
      rec.unhandled = false;
      this.loop.crash(rec.result, 'unhandled-rejection', rec.rejectLoc);
      return;
    }
  }
}
