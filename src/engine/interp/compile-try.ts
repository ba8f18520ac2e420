/**
 * try/except/else/finally (Python), try/catch/finally (JS), raise/throw.
 *
 *  - Only user-level exceptions (`Thrown`) are catchable. A host stack overflow is first
 *    turned into the language's own error (RecursionError / RangeError); EngineErrors
 *    (budget, unsupported, cancelled) pass through every handler and every `finally`.
 *  - `finally` runs after normal completion, break/continue/return and exceptions; an
 *    abrupt completion of the finally block itself overrides (CPython and ECMA-262 agree).
 *    The pending return value is saved around it (core.ts `pending`).
 *  - Python: `except E as n` unbinds n when the handler ends (CPython emits `n = None;
 *    del n`); an exception escaping a handler gets the handled one as `__context__`;
 *    a bare `raise` re-raises the exception of the innermost enclosing handler.
 */
import type { ExceptHandler, Throw, Try } from '../ir/nodes';
import { EngineError } from '../errors';
import { None, type Value } from '../runtime/values';
import { Thrown } from '../runtime/thrown';
import type { Cx, FnCx, InterpState } from './context';
import { userError } from './context';
import { HOLE, pending, up, type Completion, type Env, type StmtFn } from './core';
import { compileExpr } from './compile';
import { openBlock } from './compile-stmt';
import { compileBody } from './compile';
import { compileDelete } from './names';
import { compileTarget } from './patterns';
import { compileStmts } from './compile';
import { compileTryStar } from './compile-try-star';
import { patternNames } from './analysis';
import type { Lang } from '../ir/nodes';

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

interface CompiledHandler {
  type?: (e: Env) => Value;
  run: (e: Env, exc: Value) => Completion;
}

function compilePyHandler(cx: Cx, h: ExceptHandler): CompiledHandler {
  const st = cx.st;
  const binding = pyHandlerBinding(cx, h);
  const body = compileStmts(binding.hcx, h.body);
  return {
    type: h.type ? compileExpr(cx, h.type) : undefined,
    run: (e, exc) => {
      const saved = binding.enter(e, exc);
      try {
        binding.bindTarget(e, exc);
        return body(e);
      } catch (err) {
        if (err instanceof Thrown) chainContext(st, err.value, exc);
        throw err;
      } finally {
        binding.leave(e, saved);
      }
    },
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
      return saved;
    },
    bindTarget(e, exc) {
      if (set) set(e, exc);
    },
    leave(e, saved) {
      up(e, slotDepth)[slot] = saved;
      if (unbind) unbind(e);
    },
  };
}

function compileJsHandler(cx: Cx, h: ExceptHandler): CompiledHandler {
  const names = h.target ? patternNames(h.target) : [];
  const b = openBlock(cx, h.body, { names, kind: 'let' });
  const set = h.target ? compileTarget(b.bcx, h.target, 'init') : undefined;
  const body = compileStmts(b.bcx, h.body);
  const enter = b.enter;
  return {
    run: (e0, exc) => {
      const e = enter ? enter(e0) : e0;
      if (set) set(e, exc);
      return body(e);
    },
  };
}

export function compileHandlers(cx: Cx, handlers: readonly ExceptHandler[]): CompiledHandler[] {
  return handlers.map((h) => (cx.lang === 'py' ? compilePyHandler(cx, h) : compileJsHandler(cx, h)));
}

/** Find the handler for `exc` and run it; undefined when none matches (the caller rethrows). */
export function dispatch(cx: Cx, handlers: CompiledHandler[], e: Env, exc: Value): { c: Completion } | undefined {
  const py = cx.lang === 'py' ? cx.realm.py : undefined;
  for (const h of handlers) {
    if (h.type && py && !py.exceptionMatches(exc, h.type(e))) continue;
    return { c: h.run(e, exc) };
  }
  return undefined;
}

export function compileTry(cx: Cx, s: Try): StmtFn {
  const st = cx.st;
  const lang = cx.lang;
  const body = compileBody(cx, s.body);
  const handlers = s.star ? [] : compileHandlers(cx, s.handlers);
  const orelse = s.orelse.length ? compileBody(cx, s.orelse) : undefined;
  const fin = s.finalbody ? compileBody(cx, s.finalbody) : undefined;

  const tryExcept: StmtFn = s.star
    ? compileTryStar(cx, s, body, orelse)
    : handlers.length === 0
      ? body
      : (e) => {
          let c: Completion;
          try {
            c = body(e);
          } catch (err) {
            const t = toThrown(st, lang, err);
            const r = dispatch(cx, handlers, e, t.value);
            if (!r) throw t;
            return r.c;
          }
          return orelse && c === undefined ? orelse(e) : c;
        };
  if (!fin) return tryExcept;
  return (e) => {
    let c: Completion;
    let thrown: unknown;
    let threw = false;
    try {
      c = tryExcept(e);
    } catch (err) {
      if (err instanceof EngineError) throw err;
      thrown = isHostOverflow(err) ? recursionError(st, lang) : err;
      threw = true;
    }
    const savedReturn = pending.value;
    const fc = fin(e);
    if (fc !== undefined) return fc;
    if (threw) throw thrown;
    pending.value = savedReturn;
    return c;
  };
}

export function compileThrow(cx: Cx, s: Throw): StmtFn {
  const loc = { line: s.loc.line, col: s.loc.col };
  if (cx.lang === 'js') {
    const v = compileExpr(cx, s.value!);
    return (e) => {
      const t = new Thrown(v(e));
      t.loc = loc;
      throw t;
    };
  }
  const py = cx.realm.py;
  if (!s.value) {
    const slots = cx.fn.exceptSlots;
    const inner = slots[slots.length - 1];
    if (!inner) {
      return () => {
        throw userError(cx, 'py', 'RuntimeError', 'No active exception to reraise', s.loc);
      };
    }
    const d = cx.scope.depthTo(inner.scope);
    const slot = inner.slot;
    return (e) => {
      const t = new Thrown(up(e, d)[slot]);
      t.loc = loc;
      throw t;
    };
  }
  const v = compileExpr(cx, s.value);
  const cause = s.cause ? compileExpr(cx, s.cause) : undefined;
  return (e) => {
    const exc = py.toException(v(e), s.loc);
    if (cause) {
      const c = cause(e);
      py.chainException?.(exc, undefined, c === None ? None : py.toException(c, s.loc));
    }
    const t = new Thrown(exc);
    t.loc = loc;
    throw t;
  };
}
