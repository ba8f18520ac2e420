/**
 * The driver loop for async bodies in trampolined form (issue 10: "async recursion under
 * every model ends in RangeError at the real depth"; interp/async-tramp.ts has the why).
 *
 * Past the depth threshold the interpreter gives `callAsync` a body whose calls yield
 * CallRequests (runtime/call-request.ts). AsyncCallPromise.step passes the first request
 * here, and this loop runs what inline code runs inside the call, in the same order, but as
 * frames of one loop instead of nested host calls:
 *  - a call of a user async function (Interp.enterAsync entered it: its frame counted, its
 *    arguments bound) becomes a new frame: its promise and events made as startAsync makes
 *    them (`invocation`, then `started`, with the caller as `current`), then its body stepped;
 *  - its first segment ends when the body awaits, returns (the promise resolved, after
 *    `current` is the caller's again, as step does) or throws (the promise rejected while
 *    the callee is still `current`, as step's `catch` does); the frame is left
 *    (Interp.leaveAsync, invoke's `finally`) and the caller resumed with the promise, which
 *    is what the call evaluates to (docs/semantics.md §1.2);
 *  - a call of a sync user function (entered as interp/trampoline.ts `drive` enters one) is a
 *    frame too, so recursion that alternates async and sync calls stays on the heap: its body
 *    runs with the async call below it as `current`, as inline; it returns its value to its
 *    caller or throws its error into it;
 *  - any other call is made on the host stack (Interp.callRequested) and its value or error
 *    sent back into the caller; an error of the call itself (RangeError past the frame limit,
 *    a TypeError binding a Python call's arguments) is thrown into the caller at the call;
 *  - an engine error (the step budget, a cancel) leaves each frame as it would leave invoke
 *    and reaches the bottom frame's caller.
 * So `await f()` recursion holds one host frame of this loop per request, whatever its depth,
 * and the frame counter (runtime/call-stack.ts JS_FRAME_LIMIT) alone decides where it ends.
 */
import type { CallEntry } from '../../runtime/scheduling';
import { CallRequest } from '../../runtime/call-request';
import { Thrown } from '../../runtime/thrown';
import type { Value } from '../../runtime/values';
import type { BodyGenerator } from '../model';
import { rejectPromise, type Reactor } from './promise';
import { newAsyncCall, type AsyncCallPromise } from './async-function';

/** One frame of the loop: an async call (`call` set) or a sync call of the async call `owner` runs in. */
interface Frame {
  readonly gen: BodyGenerator;
  /** The async call whose body this is; null for a sync call. */
  readonly call: AsyncCallPromise | null;
  /** The async call that is `current` while this frame runs: its own, or the one below a sync frame. */
  readonly owner: AsyncCallPromise;
  /** How the frame was entered (undefined for the bottom frame, which step's caller entered). */
  readonly entry: CallEntry | undefined;
}

/**
 * Run `root`'s body, which has just yielded `first`, and every call it and its callees make
 * as frames, until `root` suspends or completes. `prev` / `prevDriver`: what `current` and
 * the model's driver were when `root` was stepped (restored at the end, as step restores them).
 */
export function driveCalls(root: AsyncCallPromise, first: CallRequest, prev: number | undefined, prevDriver: Reactor | null): void {
  const host = root.host;
  const interp = host.realm.interp;
  const r = host.realm.rec;
  const frames: Frame[] = [{ gen: root.gen, call: root, owner: root, entry: undefined }];
  let top = frames[0]!;
  let req: CallRequest | undefined = first;
  let sent: Value = undefined;
  let err: unknown = undefined;
  let failed = false;
  for (;;) {
    // As while the frame's body runs: its calls are made from inside it.
    r.current = top.owner.id;
    host.driver = top.owner;
    if (req !== undefined) {
      const q = req;
      req = undefined;
      try {
        const entry = interp.enterCall(q);
        if (entry === null) sent = interp.callRequested(q);
        else {
          let call: AsyncCallPromise | null = null;
          if (entry.info !== undefined) {
            call = newAsyncCall(host, entry.body, entry.info, 'async-call');
            r.current = call.id;
            host.driver = call;
          }
          top = { gen: entry.body, call, owner: call ?? top.owner, entry };
          frames.push(top);
          sent = undefined;
        }
      } catch (e) {
        err = e;
        failed = true;
      }
    }
    let next: IteratorResult<unknown, Value>;
    try {
      if (failed) {
        failed = false;
        next = top.gen.throw(err);
      } else next = top.gen.next(sent);
    } catch (e) {
      const call = top.call;
      if (call === null || !(e instanceof Thrown)) {
        // A sync call's error, or not the program's exception: it leaves the frame as it would
        // leave invoke, into the caller at its call.
        if (frames.length === 1) {
          r.current = prev;
          host.driver = prevDriver;
          throw e;
        }
        leaveFrame();
        err = e;
        failed = true;
        continue;
      }
      rejectPromise(host, call, e.value, e.loc);
      if (frames.length === 1) break;
      sent = leaveFrame();
      continue;
    }
    if (next.done === true) {
      const call = top.call;
      if (call === null) {
        leaveFrame();
        sent = next.value;
        continue;
      }
      const below = frames.length > 1 ? frames[frames.length - 2]!.owner : undefined;
      r.current = below ? below.id : prev;
      host.driver = below ?? prevDriver;
      call.complete(next.value);
      if (frames.length === 1) break;
      sent = leaveFrame();
      continue;
    }
    if (next.value instanceof CallRequest) {
      req = next.value;
      continue;
    }
    // A sync body suspends only at its calls; anything else is the compiler's bug, not the program's.
    if (top.call === null) throw new Error('internal error: a trampolined sync body yielded something other than a call');
    // Suspended at an await: the first segment of this call is over.
    if (frames.length === 1) break;
    sent = leaveFrame();
  }
  r.current = prev;
  host.driver = prevDriver;

  /** Pop the frame that is over; for an async call the caller gets its promise. */
  function leaveFrame(): Value {
    const done = frames.pop()!;
    interp.leaveCall(done.entry!);
    top = frames[frames.length - 1]!;
    return done.call?.obj;
  }
}
