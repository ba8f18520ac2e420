/**
 * Async calls as frames of the model's driver past the depth threshold (issue 10: "async
 * recursion under every model ends in RecursionError / RangeError at the real depth";
 * ARCHITECTURE.md "Recursion depth and the host stack", item 4).
 *
 * Calling a JavaScript async function runs its body at once, up to its first `await`
 * (docs/semantics.md §1.2), so `return 1 + await f(n - 1)` recursion nests every level's
 * first segment inside the caller's: the call goes through callValue, invoke, the model's
 * callAsync and its driver's step before the callee's body runs, 12 host frames per level,
 * and it stopped at 569 levels in Node (334 in a worker-sized stack) where Node reaches
 * 8,796. Past `CallStack.trampolineDepth`, under a model that drives calls
 * (SchedulingModel.drivesCalls: the js model), invoke hands the model the body's
 * *trampolined* form instead: the generator form compiled with `FnCx.tramp` (trampoline.ts
 * compileTramp), in which every call yields a CallRequest. The model's driver
 * (models/js/async-calls.ts) asks `enterAsync` for each request: a user async function is
 * entered here exactly as invoke enters it (the step, the frame count, `st.current`, the
 * environment and the arguments bound) and its body becomes a frame of the driver's loop;
 * when that body's first segment is over (it awaits, returns or throws) the driver calls
 * `leaveAsync`, as invoke's `finally` would have, and resumes the caller with the promise.
 * Every other call is made on the host stack (`callRequested`), as callValue would make it.
 */
import type { CallEntry } from '../runtime/scheduling';
import type { CallRequest } from '../runtime/call-request';
import type { FunctionValue, Value } from '../runtime/values';
import { isThrown } from '../runtime/thrown';
import { tick } from '../runtime/realm';
import { enterJsAsync, leaveJsAsync } from '../runtime/call-stack';
import type { InterpState } from './context';
import { callValue } from './calls';
import { CALLEE, compileTramp, enterSync, leaveSync, requestCallee, type TrampBody } from './trampoline';
import { isHostOverflow, recursionError } from './try-support';
import { callInfoOf, countFrame, ensureCompiled, frameEnv, rethrowing, type FnCode } from './functions';

/** The trampolined form of an async body (made at its first call past the threshold), or null. */
export function asyncTrampOf(code: FnCode): TrampBody | null {
  if (code.asyncTramp === undefined) code.asyncTramp = compileTramp(code, code.cx!);
  return code.asyncTramp;
}

/** An entered call (CallEntry), with the function that was current before it. */
interface Entry extends CallEntry {
  readonly saved: FunctionValue | undefined;
  /** A JavaScript async frame whose extra weight is counted (not one whose binding threw). */
  readonly weighed: boolean;
}

/**
 * Interp.enterCall: the callee of `req` entered as a frame for the driver — a user async
 * function of the caller's language, or a sync one as trampoline.ts `drive` would enter it —
 * or null when it is neither (or has no trampolined form).
 */
export function enterCall(st: InterpState, req: CallRequest): CallEntry | null {
  const entered = enterAsync(st, req);
  if (entered !== null) return entered;
  const sync = enterSync(st, req);
  if (sync === null) return null;
  const entry: Entry = { body: sync.body, info: undefined, saved: sync.saved, weighed: false };
  return entry;
}

function enterAsync(st: InterpState, req: CallRequest): Entry | null {
  if (!requestCallee(req)) return null;
  const { fv, thisArg, args } = CALLEE;
  const code = fv.code;
  ensureCompiled(st, code);
  if (code.asyncBody === null || code.def.isGenerator) return null;
  const tramp = asyncTrampOf(code);
  if (tramp === null) return null;
  // invoke's prologue, in its order (functions.ts).
  countFrame(st, code, req.loc);
  const stack = st.stack;
  const saved = st.current;
  st.current = fv;
  try {
    const env = frameEnv(st, code, fv, thisArg, undefined);
    try {
      code.bind(env, fv, args);
    } catch (err) {
      // As invoke: a throwing default rejects the returned promise, not the call; such a
      // call's frame carries no async weight (invoke's does not either).
      if (!code.rejectsBinding || !isThrown(err)) throw err;
      const info = { name: fv.keyName ?? code.name, qualname: code.def.qualname, callSite: req.loc };
      return { body: rethrowing(err), info, saved, weighed: false };
    }
    if (code.hoist) code.hoist(env);
    if (code.soleLoc) tick(st.budget, code.soleLoc);
    // As invoke: a JavaScript async frame weighs 7/6 of a sync one (call-stack.ts enterJsAsync).
    const weighed = code.lang === 'js';
    if (weighed && !enterJsAsync(stack)) {
      leaveJsAsync(stack);
      throw recursionError(st, 'js');
    }
    return { body: tramp(env), info: callInfoOf(fv, code, req.loc), saved, weighed };
  } catch (e) {
    stack.depth--;
    st.current = saved;
    throw isHostOverflow(e) ? recursionError(st, code.lang) : e;
  }
}

/** Interp.leaveCall: the end of an entered call (an async call's first segment): invoke's `finally`. */
export function leaveCall(st: InterpState, entry: CallEntry): void {
  const e = entry as Entry;
  if (e.weighed) leaveJsAsync(st.stack);
  if (e.info === undefined) leaveSync(st, e.saved);
  else {
    st.stack.depth--;
    st.current = e.saved;
  }
}

/** Interp.callRequested: a call that is not the driver's, made as the closure form makes it. */
export function callRequested(st: InterpState, req: CallRequest): Value {
  return callValue(st, req.fn, req.thisArg, req.args, req.lang, req.loc, req.text);
}
