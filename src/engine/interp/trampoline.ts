/**
 * Program frames on the heap past a depth threshold (issue 10: "async recursion under every
 * model ends in RecursionError / RangeError at the real depth, within bounded memory";
 * ARCHITECTURE.md "Recursion depth and the host stack").
 *
 * Below `CallStack.trampolineDepth` a user function's body runs in closure form on the host
 * stack (functions.ts invoke), 5–18 host frames per program frame. Past it, invoke runs a sync
 * body through `drive` below instead: the body in its *trampolined* form — the generator form
 * of the async bodies (compile-async*.ts) compiled with `FnCx.tramp`, in which every call is
 * a suspension point that yields a `CallRequest` (call-request.ts) — and every call that body
 * makes to another sync user function becomes a frame of the same driver: the driver binds
 * the callee's arguments, counts its frame, starts its trampolined body and pushes it; when a
 * body returns, the driver pops it and resumes the caller with the value; when it throws,
 * with the error. The host stack then holds the driver and one frame's expression
 * generators, however deep the program goes, and the frame counter alone decides where
 * recursion ends: CPython's `RecursionError`, and for JavaScript the frame budget calibrated
 * on Node (call-stack.ts JS_FRAME_LIMIT).
 *
 * Not trampolined (the call runs through calls.ts callValue on the host stack, as below the
 * threshold): async functions and generators (their bodies are driven by the models),
 * constructors, natives (a native that calls back into the program re-enters invoke, which
 * starts a nested driver past the threshold), calls between the languages, and a function
 * whose body has a construct without a generator form (`compileTramp` answers null once;
 * that function then always runs in closure form).
 */
import { EngineError } from '../errors';
import type { Pos } from '../events/types';
import { BoundMethod, type CallArgs, type FunctionValue, type Value } from '../runtime/values';
import type { BodyGenerator } from '../models/model';
import type { Cx, InterpState } from './context';
import type { Env } from './core';
import { compileStmtPartsG } from './compile';
import { PART_PLAIN } from './compile-async-stmt';
import { BodyRun, type AwaitingBody } from './body-run';
import { CallRequest } from '../runtime/call-request';
import { callValue } from './calls';
import { isHostOverflow, recursionError } from './try-support';
import { countFrame, ensureCompiled, frameEnv, InterpFunction, type FnCode } from './functions';

export type TrampBody = (env: Env) => BodyGenerator;

/**
 * The trampolined form of a sync body, or null when it makes no call the driver could take
 * or a construct of it has no generator form (an `unsupported` error from the generator-mode
 * compiler). Compiled on the first call past
 * the threshold, in the function's own scope: the slots the first compile declared are the
 * same; hidden slots this compile allocates extend the same template (scope.ts alloc).
 */
export function compileTramp(code: FnCode, cx: Cx): TrampBody | null {
  const tcx: Cx = { ...cx, fn: { gen: true, tramp: true, def: code.def, exceptSlots: [] } };
  let parts;
  try {
    parts = compileStmtPartsG(tcx, code.def.body);
  } catch (err) {
    if (err instanceof EngineError && err.kind === 'unsupported') return null;
    throw err;
  }
  // No call to turn into a request (a getter's `return self.deeper`): the driver would only
  // add its own host frames between the native that called the body and the natives it calls.
  if (parts.kinds.every((k) => k === PART_PLAIN)) return null;
  const d: AwaitingBody = { st: cx.st, kinds: parts.kinds, fns: parts.fns, locs: parts.locs, lang: code.lang, dflt: code.dflt };
  return (env) => new BodyRun(d, env);
}

/**
 * Run `body` (the trampolined body of the frame invoke has just entered) and every sync user
 * call under it as frames of one loop. Returns the body's return value; invoke does the
 * bottom frame's bookkeeping (its frame count, `st.current`, a constructor's result).
 */
export function drive(st: InterpState, body: BodyGenerator): Value {
  const gens: BodyGenerator[] = [body];
  /** `st.current` below each frame above the bottom one (restored when it is popped). */
  const saved: (FunctionValue | undefined)[] = [undefined];
  let gen = body;
  let sent: Value = undefined;
  let err: unknown = undefined;
  let failed = false;
  for (;;) {
    let r: IteratorResult<unknown, Value>;
    try {
      if (failed) {
        failed = false;
        r = gen.throw(err);
      } else r = gen.next(sent);
    } catch (e) {
      // The frame ended with an error: the caller's generator gets it at its call.
      if (gens.length === 1) throw e;
      gens.pop();
      leave(st, saved.pop());
      gen = gens[gens.length - 1]!;
      err = e;
      failed = true;
      continue;
    }
    if (r.done === true) {
      if (gens.length === 1) return r.value;
      gens.pop();
      leave(st, saved.pop());
      gen = gens[gens.length - 1]!;
      sent = r.value;
      continue;
    }
    const req = r.value;
    // A sync body suspends only at its calls; anything else is the compiler's bug, not the program's.
    if (!(req instanceof CallRequest)) throw new Error('internal error: a trampolined body yielded something other than a call');
    try {
      const callee = enter(st, req);
      if (callee === null) {
        sent = callValue(st, req.fn, req.thisArg, req.args, req.lang, req.loc, req.text);
        continue;
      }
      saved.push(st.current);
      st.current = entered;
      entered = undefined;
      gen = callee;
      gens.push(gen);
      sent = undefined;
    } catch (e) {
      err = isHostOverflow(e) ? recursionError(st, req.lang) : e;
      failed = true;
    }
  }
}

function leave(st: InterpState, current: FunctionValue | undefined): void {
  st.stack.depth--;
  st.current = current;
}

/**
 * For a model's driver (async-tramp.ts enterCall): a sync callee entered as `drive` enters
 * it — its trampolined body, with `st.current` the callee — or null when the call is not one
 * for a driver. `saved` is what `leaveSync` restores.
 */
export function enterSync(st: InterpState, req: CallRequest): { body: BodyGenerator; saved: FunctionValue | undefined } | null {
  const saved = st.current;
  const body = enter(st, req);
  if (body === null) return null;
  st.current = entered;
  entered = undefined;
  return { body, saved };
}

/** The end of a frame enterSync entered: uncounted, the caller current again. */
export function leaveSync(st: InterpState, saved: FunctionValue | undefined): void {
  leave(st, saved);
}

/** The function `enter` made a frame for (read at once by drive: no record per frame). */
let entered: InterpFunction | undefined;

/**
 * invoke's prologue for a trampolined callee (functions.ts: the step, the frame count, the
 * environment and the arguments bound): the callee's body, its function in `entered`; or null
 * when the call is not one for the driver.
 */
function enter(st: InterpState, req: CallRequest): BodyGenerator | null {
  if (!requestCallee(req)) return null;
  const { fv, thisArg, args } = CALLEE;
  const code = fv.code;
  ensureCompiled(st, code);
  if (code.asyncBody !== null) return null;
  const tramp = code.tramp === undefined ? (code.tramp = compileTramp(code, code.cx!)) : code.tramp;
  if (tramp === null) return null;
  const gen = tramp(bindFrame(st, fv, code, thisArg, args, req.loc));
  entered = fv;
  return gen;
}

/** What requestCallee found (read at once by its caller: no record per call). */
export const CALLEE: { fv: InterpFunction; thisArg: Value; args: CallArgs } = { fv: undefined!, thisArg: undefined, args: undefined! };

/**
 * Whether a request calls a user function of the caller's language (a plain function,
 * method, closure, lambda or arrow, not a class; or a Python bound method), the function,
 * `this` and the arguments its frame gets then left in CALLEE.
 */
export function requestCallee(req: CallRequest): boolean {
  const f = req.fn;
  if (f instanceof InterpFunction) {
    if (f.classInfo !== undefined || f.lang !== req.lang) return false;
    CALLEE.fv = f;
    CALLEE.thisArg = req.thisArg;
    CALLEE.args = req.args;
    return true;
  }
  if (f instanceof BoundMethod && f.fn instanceof InterpFunction && f.fn.lang === 'py' && req.lang === 'py') {
    CALLEE.fv = f.fn;
    CALLEE.thisArg = undefined;
    const positional = [f.self, ...req.args.positional];
    CALLEE.args = req.args.keywords ? { positional, keywords: req.args.keywords } : { positional };
    return true;
  }
  return false;
}

/** Count the callee's frame and bind its arguments (the frame is uncounted again if binding throws). */
function bindFrame(st: InterpState, fv: InterpFunction, code: FnCode, thisArg: Value, args: CallArgs, callSite: Pos | undefined): Env {
  countFrame(st, code, callSite);
  const stack = st.stack;
  const saved = st.current;
  st.current = fv;
  try {
    const env = frameEnv(st, code, fv, thisArg, undefined);
    code.bind(env, fv, args);
    if (code.hoist) code.hoist(env);
    return env;
  } catch (e) {
    stack.depth--;
    throw isHostOverflow(e) ? recursionError(st, code.lang) : e;
  } finally {
    st.current = saved;
  }
}
