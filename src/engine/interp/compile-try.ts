/**
 * try/except/else/finally (Python), try/catch/finally (JS), raise/throw. Written once, in
 * generator form; build/derive-sync.ts derives the plain form (compile-try.sync.ts), and
 * compile.ts / compile-async-stmt.ts pick one per statement: the generator form only for a
 * statement of an async body that awaits. What is catchable, implicit chaining and the
 * handled-exception binding are try-support.ts; `except*` is compile-try-star.ts.
 *
 *  - `finally` runs after normal completion, break/continue/return and exceptions; an
 *    abrupt completion of the finally block itself overrides (CPython and ECMA-262 agree).
 *    The pending return value is saved around it (core.ts `pending`).
 *  - A generator-form try/finally around an await also runs the finally block when the
 *    driver closes the body with `gen.return()` (the host `finally`, gen-only), as a
 *    coroutine's close() does; a plain closure is never closed half-way.
 */
import type { ExceptHandler, Throw, Try } from '../ir/nodes';
import { EngineError, unsupported } from '../errors';
import { None, type Value } from '../runtime/values';
import { Thrown } from '../runtime/thrown';
import type { Cx } from './context';
import { userError } from './context';
import { pending, up, type Completion, type Env, type Gen, type GenStmtFn } from './core';
import { compileBodyD, compileExpr, compileExprD, compileStmtsD } from './compile';
import { openBlock } from './compile-stmt';
import { compileTarget } from './patterns';
import { compileTryStarG } from './compile-try-star';
import { containsAwait, patternNames } from './analysis';
import {
  chainContext,
  compileExceptType,
  handledException,
  isHostOverflow,
  pyHandlerBinding,
  recursionError,
  toThrown,
} from './try-support';

interface HandlerG {
  /** Python: the `except T` type, evaluated when an exception reaches the clause. */
  type?: (e: Env) => Value;
  run: (e: Env, exc: Value) => Gen<Completion>;
}

function compileHandlerG(cx: Cx, h: ExceptHandler): HandlerG {
  const st = cx.st;
  if (cx.lang === 'py') {
    const binding = pyHandlerBinding(cx, h);
    const body = compileStmtsD(binding.hcx, h.body);
    return {
      type: h.type ? compileExceptType(cx, h.type) : undefined,
      run: function* (e, exc) {
        const saved = binding.enter(e, exc);
        try {
          binding.bindTarget(e, exc);
          return body.g ? yield* body.g(e) : body.p(e);
        } catch (err) {
          if (err instanceof Thrown) chainContext(st, err.value, exc);
          throw err;
        } finally {
          binding.leave(e, saved);
        }
      },
    };
  }
  // JS: the catch parameter is a let binding of the catch block's scope.
  const names = h.target ? patternNames(h.target) : [];
  const b = openBlock(cx, h.body, { names, kind: 'let' });
  const set = h.target ? compileTarget(b.bcx, h.target, 'init') : undefined;
  const body = compileStmtsD(b.bcx, h.body);
  const enter = b.enter;
  return {
    run: function* (e0, exc) {
      const e = enter ? enter(e0) : e0;
      if (set) set(e, exc);
      return body.g ? yield* body.g(e) : body.p(e);
    },
  };
}

/** The try/except part: the first handler whose type matches runs; none matching re-raises. */
function compileExceptG(cx: Cx, s: Try): GenStmtFn {
  const st = cx.st;
  const lang = cx.lang;
  const body = compileBodyD(cx, s.body);
  const handlers = s.handlers.map((h) => compileHandlerG(cx, h));
  const orelse = s.orelse.length ? compileBodyD(cx, s.orelse) : undefined;
  const py = lang === 'py' ? cx.realm.py : undefined;
  const handling = py ? handledException(cx) : undefined;
  return function* (e) {
    let c: Completion;
    try {
      c = body.g ? yield* body.g(e) : body.p(e);
    } catch (err) {
      const t = toThrown(st, lang, err);
      // Raised while an enclosing handler handles another: that one is its __context__,
      // also when it is caught here, inside the handler (CPython chains at the raise).
      const handled = handling?.(e);
      if (handled !== undefined) chainContext(st, t.value, handled);
      for (const h of handlers) {
        if (h.type && py && !py.exceptionMatches(t.value, h.type(e))) continue;
        return yield* h.run(e, t.value);
      }
      throw t;
    }
    if (orelse && c === undefined) return orelse.g ? yield* orelse.g(e) : orelse.p(e);
    return c;
  };
}

export function compileTryG(cx: Cx, s: Try): GenStmtFn {
  const st = cx.st;
  const lang = cx.lang;
  const stack = cx.realm.stack;
  const fin = s.finalbody ? compileBodyD(cx, s.finalbody) : undefined;
  const star = () => compileTryStarG(cx, s, compileBodyD(cx, s.body), s.orelse.length ? compileBodyD(cx, s.orelse) : undefined);
  if (!fin) return s.star ? star() : compileExceptG(cx, s);
  // try/finally without handlers runs the body itself (one closure less).
  const body = s.handlers.length ? undefined : compileBodyD(cx, s.body);
  const tryExcept = body ? undefined : s.star ? star() : compileExceptG(cx, s);
  return function* (e) {
    let c: Completion;
    let thrown: unknown;
    let threw = false;
    // gen-only {
    let settled = false;
    // } gen-only
    try {
      if (tryExcept) c = yield* tryExcept(e);
      else if (body) c = body.g ? yield* body.g(e) : body.p(e);
      // gen-only {
      settled = true;
      // } gen-only
    } catch (err) {
      // gen-only {
      settled = true;
      // } gen-only
      if (err instanceof EngineError) throw err;
      thrown = isHostOverflow(err) ? recursionError(st, lang) : err;
      threw = true;
      // gen-only {
    } finally {
      // Reached without settling only when the driver called gen.return(): run the
      // finally block (its own completion cannot change a forced return).
      if (!settled) {
        if (fin.g) yield* fin.g(e);
        else fin.p(e);
      }
      // } gen-only
    }
    const savedReturn = pending.value;
    let fc: Completion;
    // Python: while an exception is on its way out, the finally block runs as its handler
    // (compile.c pushes its exc_info): `sys.exception()` and a bare `raise` see it.
    const handling = threw && lang === 'py' && thrown instanceof Thrown;
    const outerHandled = stack.handled;
    if (handling) {
      stack.handled = (thrown as Thrown).value;
      stack.handledDepth++;
    }
    try {
      fc = fin.g ? yield* fin.g(e) : fin.p(e);
    } catch (err) {
      // Python: an exception raised by the finally block while another was on its way out
      // has that one as its __context__ (the finally block runs as its handler does).
      if (handling && err instanceof Thrown) chainContext(st, err.value, (thrown as Thrown).value);
      throw err;
    } finally {
      if (handling) {
        stack.handled = outerHandled;
        stack.handledDepth--;
      }
    }
    if (fc !== undefined) return fc;
    if (threw) throw thrown;
    pending.value = savedReturn;
    return c;
  };
}

/** `raise [X [from Y]]` / `throw X`: a Python value becomes an exception instance first. */
export function compileThrowG(cx: Cx, s: Throw): GenStmtFn {
  const loc = { line: s.loc.line, col: s.loc.col };
  if (cx.lang === 'js') {
    const v = compileExprD(cx, s.value!);
    return function* (e) {
      const t = new Thrown(v.g ? yield* v.g(e) : v.p(e));
      t.loc = loc;
      throw t;
    };
  }
  const py = cx.realm.py;
  if (!s.value) {
    // A bare `raise`: the exception of the innermost enclosing handler (try-support.ts).
    const slots = cx.fn.exceptSlots;
    const inner = slots[slots.length - 1];
    if (!inner) {
      // Outside every handler of this function: the exception the stack is handling, as
      // CPython's RAISE_VARARGS reads the thread's exc_info (a helper called from a handler).
      const stack = cx.realm.stack;
      return function* () {
        const handled = stack.handled;
        if (handled === undefined) throw userError(cx, 'py', 'RuntimeError', 'No active exception to reraise', s.loc);
        const t = new Thrown(handled as Value);
        t.loc = loc;
        throw t;
      };
    }
    const d = cx.scope.depthTo(inner.scope);
    const slot = inner.slot;
    return function* (e) {
      const t = new Thrown(up(e, d)[slot]);
      t.loc = loc;
      throw t;
    };
  }
  if (s.cause && containsAwait(s.cause)) throw unsupported('await in a raise ... from clause', s.loc);
  const v = compileExprD(cx, s.value);
  const cause = s.cause ? compileExpr(cx, s.cause) : undefined;
  return function* (e) {
    const exc = py.toException(v.g ? yield* v.g(e) : v.p(e), s.loc);
    if (cause) {
      const c = cause(e);
      py.chainException?.(exc, undefined, c === None ? None : py.toException(c, s.loc));
    }
    const t = new Thrown(exc);
    t.loc = loc;
    throw t;
  };
}
