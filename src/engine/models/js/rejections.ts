/**
 * Unhandled rejections as Node ≥ 15 treats them by default (`--unhandled-rejections=throw`),
 * docs/semantics.md §1.13.
 *
 * HostPromiseRejectionTracker (ECMA-262 §27.2.1.9) only *records*: "reject" for a rejection
 * with no handler, "handle" when a handler is attached later. Node acts on the record in
 * `processPromiseRejections` (lib/internal/process/promises.js), which runs after the
 * nextTick and microtask queues of the current macrotask have drained. So:
 *  - a handler attached later in the same drain counts as handled (js/17);
 *  - microtasks and nextTicks already queued in that drain still ran; timers never run
 *    after (js/16);
 *  - each still-unhandled rejection, in rejection order, goes to the process's
 *    'unhandledRejection' / 'uncaughtException' listeners (process-events.ts); without
 *    any, the first ends the program with its reason, summarised as the conformance capture hook does (`Name: message` for an
 *    Error, `String(reason)` otherwise — the hook's 'unhandledRejection' listener sees the
 *    raw reason, before Node would wrap it in ERR_UNHANDLED_REJECTION);
 *  - a rejection a listener took that gets a handler later (`handledRejection`) is announced
 *    at the next such point, before any new rejection: 'rejectionHandled' (promise) to its
 *    listeners, or else the warning `PromiseRejectionHandledWarning: Promise rejection was
 *    handled asynchronously (rejection id: N)`, N counting every rejection that had no
 *    handler when it happened (Node's `lastPromiseId`).
 */
import type { Realm } from '../../runtime/realm';
import type { Value } from '../../runtime/values';
import type { EventLoop } from './event-loop';
import type { PromiseRecord } from './promise';
import { call, defineHidden, get, isErrorLike, jsError, noSideEffectsToString } from './host';

/** Node's promiseInfo of `maybeUnhandledPromises`. */
interface RejectionInfo {
  readonly uid: number;
  /** Reported to the listeners ('unhandledRejection'). */
  warned: boolean;
}

export class RejectionTracker {
  /** Node's pendingUnhandledRejections: rejected-without-handler, in rejection order. */
  private pending: PromiseRecord[] = [];
  /** Node's maybeUnhandledPromises: every rejection without a handler yet, with its id. */
  private readonly info = new Map<PromiseRecord, RejectionInfo>();
  private lastId = 0;
  /** Node's asyncHandledRejections: reported rejections that got a handler since. */
  private handledLate: { rec: PromiseRecord; uid: number }[] = [];

  constructor(
    private readonly loop: EventLoop,
    private readonly realm: Realm,
  ) {}

  /** HostPromiseRejectionTracker(promise, operation). */
  track(rec: PromiseRecord, operation: 'reject' | 'handle'): void {
    if (operation === 'reject') {
      rec.unhandled = true;
      this.pending.push(rec);
      this.info.set(rec, { uid: ++this.lastId, warned: false });
    } else {
      rec.unhandled = false;
      const info = this.info.get(rec);
      if (info === undefined) return;
      this.info.delete(rec);
      if (info.warned) this.handledLate.push({ rec, uid: info.uid });
    }
  }

  /**
   * A PromiseRejectionHandledWarning (name, message, `id`) handed to process.emitWarning, as
   * lib/internal/process/promises.js does: printed, and seen by 'warning' listeners, on a nextTick.
   */
  private warnHandledLate(uid: number): void {
    const js = this.realm.js;
    const w = js.newError('Error', `Promise rejection was handled asynchronously (rejection id: ${uid})`).value;
    js.setAttr(w, 'name', 'PromiseRejectionHandledWarning');
    js.setAttr(w, 'id', uid);
    const process = this.realm.builtins.js.get('process');
    call(this.realm, get(this.realm, process, 'emitWarning'), process, [w]);
  }

  /**
   * processPromiseRejections: each rejection still unhandled after the drain goes to the
   * process's listeners (process-events.ts); without one, the first crashes the process.
   */
  process(): void {
    if (this.handledLate.length > 0) {
      const late = this.handledLate;
      this.handledLate = [];
      for (const { rec, uid } of late) {
        const listened = this.loop.rejectionHandled(rec.obj);
        if (listened === undefined) return;
        if (!listened) this.warnHandledLate(uid);
      }
    }
    if (this.pending.length === 0) return;
    const pending = this.pending;
    this.pending = [];
    for (const rec of pending) {
      if (!rec.unhandled) continue;
      rec.unhandled = false;
      const info = this.info.get(rec);
      if (info !== undefined) info.warned = true;
      if (!this.loop.unhandledRejection(rec.result, rec.obj, rec.rejectLoc, this.wrap)) return;
    }
  }

  /**
   * generateUnhandledRejectionError (lib/internal/process/promises.js): what an
   * 'uncaughtException' listener receives for a rejection whose reason is not an Error.
   */
  private readonly wrap = (reason: Value): Value => {
    if (isErrorLike(this.realm, reason)) return reason;
    const message =
      'This error originated either by throwing inside of an async function without a catch block, ' +
      'or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason ' +
      `"${noSideEffectsToString(this.realm, reason)}".`;
    const err = jsError(this.realm, 'Error', message).value;
    defineHidden(this.realm, err, 'name', 'UnhandledPromiseRejection');
    this.realm.js.setAttr(err, 'code', 'ERR_UNHANDLED_REJECTION');
    return err;
  };
}
