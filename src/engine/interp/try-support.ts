/**
 * What every try statement, `with` and function boundary shares about exceptions: which
 * host errors are catchable, CPython's implicit chaining, and the hidden binding of the
 * exception a Python handler is handling (compile-try.ts writes the statements themselves).
 *
 *  - Only user-level exceptions (`Thrown`) are catchable. A host stack overflow is first
 *    turned into the language's own error (RecursionError / RangeError); EngineErrors
 *    (budget, unsupported, cancelled) pass through every handler and every `finally`.
 *  - Python: `except E as n` unbinds n when the handler ends (CPython emits `n = None;
 *    del n`); an exception escaping a handler gets the handled one as `__context__`;
 *    a bare `raise` re-raises the exception of the innermost enclosing handler, or, outside
 *    every handler of its function, the one the stack is handling (a helper called from a
 *    handler: call-stack.ts `handled`).
 */
import type { ExceptHandler, Expr, Lang } from '../ir/nodes';
import type { Value } from '../runtime/values';
import { unsupported } from '../errors';
import { compileExpr } from './compile';
import { keptCalleeText } from './callee-text';
import { Thrown } from '../runtime/thrown';
import type { Cx, FnCx, InterpState } from './context';
import { HOLE, up, type Env } from './core';
import { compileDelete } from './names';
import { compileTarget } from './patterns';

/** Is this a host stack overflow (V8 / SpiderMonkey / JSC wording)? */
export function isHostOverflow(err: unknown): boolean {
  // No regular expression here: this runs with almost no stack left. If even this check
  // overflows, the new RangeError reaches the next enclosing call, which checks again.
  if (!(err instanceof RangeError) && !(err instanceof Error && err.name === 'InternalError')) return false;
  const m = err.message;
  return m.indexOf('call stack') >= 0 || m.indexOf('too much recursion') >= 0 || m.indexOf('stack overflow') >= 0;
}

/** The user-level error for recursion that exceeded the interpreter's depth limit or the host stack. */
export function recursionError(st: InterpState, lang: Lang): Thrown {
  return lang === 'py'
    ? st.realm.py.newError('RecursionError', 'maximum recursion depth exceeded')
    : st.realm.js.newError('RangeError', 'Maximum call stack size exceeded');
}

/** Normalise what a `catch` caught: a Thrown, or rethrow anything that is not user-level. */
export function toThrown(st: InterpState, lang: Lang, err: unknown): Thrown {
  if (err instanceof Thrown) return err;
  if (isHostOverflow(err)) return recursionError(st, lang);
  throw err;
}

/** CPython's implicit exception chaining: the exception being handled becomes __context__. */
export function chainContext(st: InterpState, raised: Value, handled: Value): void {
  if (raised === handled || typeof raised !== 'object' || raised === null) return;
  if (st.chained.has(raised)) return;
  st.chained.add(raised);
  st.realm.py.chainException?.(raised, handled, undefined);
}

/**
 * The exception the innermost enclosing handler of `cx`'s function is handling (its hidden
 * slot, or undefined outside any handler at run time), or undefined when `cx` is in no handler.
 */
export function handledException(cx: Cx): ((e: Env) => Value) | undefined {
  const inner = cx.fn.exceptSlots[cx.fn.exceptSlots.length - 1];
  if (!inner) return undefined;
  const d = cx.scope.depthTo(inner.scope);
  const slot = inner.slot;
  return (e) => {
    const v = up(e, d)[slot];
    return v === HOLE ? undefined : v;
  };
}

/**
 * What every Python `except [T] as name:` handler binds (compile.c compiler_try_except): the
 * handled exception in a hidden slot (bare `raise` and implicit chaining read it), the
 * target, and on the way out the slot restored and the name deleted. Shared by the plain,
 * generator and `except*` handlers, which differ only in how they run the body.
 */
export interface PyHandlerBinding {
  /** The context to compile the handler's body in (it knows the hidden slot). */
  hcx: Cx;
  /** Makes `exc` the handled exception; returns what `leave` restores. */
  enter(e: Env, exc: Value): Value;
  /** Binds the `as` target (inside the handler's try: a failing unpack is chained to `exc`). */
  bindTarget(e: Env, exc: Value): void;
  leave(e: Env, saved: Value): void;
}

export function pyHandlerBinding(cx: Cx, h: ExceptHandler): PyHandlerBinding {
  const slot = cx.scope.alloc(HOLE);
  /** The stack's handled exception on entry (call-stack.ts `handled`), which `leave` puts back. */
  const outerSlot = cx.scope.alloc(HOLE);
  const stack = cx.realm.stack;
  const slotDepth = cx.scope.depthTo(cx.scope.owner);
  const fn: FnCx = { ...cx.fn, exceptSlots: [...cx.fn.exceptSlots, { scope: cx.scope.owner, slot }] };
  const hcx: Cx = { ...cx, fn };
  const set = h.target ? compileTarget(hcx, h.target) : undefined;
  const unbind = h.target && h.target.kind === 'Name' ? compileDelete(hcx, h.target.id, h.loc, true) : undefined;
  return {
    hcx,
    enter(e, exc) {
      const holder = up(e, slotDepth);
      const saved = holder[slot];
      holder[slot] = exc;
      holder[outerSlot] = stack.handled;
      stack.handled = exc;
      stack.handledDepth++;
      return saved;
    },
    bindTarget(e, exc) {
      if (set) set(e, exc);
    },
    leave(e, saved) {
      const holder = up(e, slotDepth);
      holder[slot] = saved;
      const outer = holder[outerSlot];
      stack.handled = outer === HOLE ? undefined : outer;
      stack.handledDepth--;
      if (unbind) unbind(e);
    },
  };
}

/**
 * The type of a Python `except T:` clause. Under js, a Python snippet's asyncio names come
 * from shims/asyncio.js, and one it lacks (`except asyncio.TimeoutError:`) reads
 * `undefined`: when an exception reaches the clause, the run stops naming it, where CPython's
 * "catching classes that do not inherit from BaseException is not allowed" (placed at the
 * `try`) did not say which name, nor why (issue 10).
 */
export function compileExceptType(cx: Cx, type: Expr): (e: Env) => Value {
  const get = compileExpr(cx, type);
  const text = keptCalleeText(type, 'py', cx.realm.modelName);
  if (text === undefined || type.kind !== 'Member') return get;
  return (e) => {
    const v = get(e);
    if (v === undefined) throw unsupported(`except ${text}: under js, shims/asyncio.js does not define ${text}`, type.loc);
    return v;
  };
}
