/**
 * Generator-mode statements: the statements of an async body that contain `await`.
 * Same semantics as the plain versions (compile-stmt.ts, compile-loops.ts,
 * compile-try.ts); child statements without `await` stay plain.
 *
 * try/finally around an await also runs the finally block when the driver closes the
 * body with `gen.return()` (the host `finally` below), as a coroutine's close() does.
 */
import type { Assert, AugAssign, ExceptHandler, ForC, ForIn, ForOf, Stmt, Switch, Try } from '../ir/nodes';
import { EngineError, unsupported } from '../errors';
import { None, type Value } from '../runtime/values';
import { Thrown } from '../runtime/thrown';
import type { Cx } from './context';
import { userError } from './context';
import { BREAK, RETURN, pending, type Completion, type DStmt, type Env, type GenExprFn, type GenStmtFn, type StmtFn } from './core';
import { compileBodyD, compileExpr, compileExprD, compileStmtsD, tagLoc } from './compile';
import { compileTarget } from './patterns';
import { openBlock } from './compile-stmt';
import { chainContext, isHostOverflow, pyHandlerBinding, recursionError, toThrown } from './compile-try';
import { binaryModifierG, compileAugNameG, compileRmwG } from './compile-async';
import { containsAwait, patternNames } from './analysis';
import { jsIterableGuard } from './iterable-errors';
import { callValue } from './calls';
import { compileWithG } from './compile-with';
import { compileMatchG } from './compile-match';
import { compileTryStarG } from './compile-try-star';

import { compileForCG, compileForEachG, compileWhileG } from './compile-loops';
import { compileForAwaitG } from './compile-for-await';
import { compilePyAsyncForG } from './compile-async-for-py';

type Gen<T> = Generator<unknown, T, unknown>;

/**
 * How a generator-mode statement list runs one entry (compile-list.ts). Every
 * `yield*` level is paid again on each resume, so the statements that are just "evaluate
 * an expression generator" are run by the list itself instead of through a wrapper
 * generator: an expression statement or compound assignment (value discarded) and a
 * `return` of an awaiting expression.
 */
export const PART_PLAIN = 0; // StmtFn
export const PART_STMT = 1; // GenStmtFn: yields, then completes
export const PART_EXPR = 2; // GenExprFn: value discarded, completes normally
export const PART_RETURN = 3; // GenExprFn: its value is the return value
export type PartKind = 0 | 1 | 2 | 3;

/** A statement of an async body for a list entry (PART_*): the generator and how to run it. */
export function compileStmtPartG(cx: Cx, s: Stmt): { kind: PartKind; fn: GenStmtFn | GenExprFn } {
  switch (s.kind) {
    case 'ExprStmt':
      return { kind: PART_EXPR, fn: compileExprD(cx, s.expr).g! };
    case 'Return':
      return { kind: PART_RETURN, fn: compileExprD(cx, s.value!).g! };
    case 'AugAssign':
      return { kind: PART_EXPR, fn: compileAugAssignG(cx, s) };
    default:
      return { kind: PART_STMT, fn: compileStmtG(cx, s) };
  }
}

function compileAugAssignG(cx: Cx, s: AugAssign): GenExprFn {
  if (containsAwait(s.target)) throw unsupported('await or yield inside an assignment target', s.loc);
  const value = compileExprD(cx, s.value);
  if (s.target.kind === 'Name') return compileAugNameG(cx, s.target, s.op, value, s.loc);
  return compileRmwG(cx, s.target, binaryModifierG(cx, s.op, value, s.loc));
}

export function compileStmtG(cx: Cx, s: Stmt): GenStmtFn {
  const ops = cx.ops;
  switch (s.kind) {
    case 'ExprStmt': {
      const g = compileExprD(cx, s.expr).g!;
      return function* (e) {
        yield* g(e);
        return undefined;
      };
    }
    case 'VarDecl': {
      const mode = s.declKind === 'var' ? 'assign' : 'init';
      const parts = s.declarations.map((d) => {
        if (containsAwait(d.target)) throw unsupported('await or yield inside a destructuring default', d.loc);
        const guard = d.init && d.target.kind === 'ArrayPattern' ? jsIterableGuard(cx, d.init, 'declaration') : undefined;
        return {
          v: d.init ? compileExprD(cx, d.init) : undefined,
          set: compileTarget(cx, d.target, mode),
          decl: s.declKind !== 'var',
          guard,
        };
      });
      return function* (e) {
        for (const p of parts) {
          if (p.v) {
            const x = p.v.g ? yield* p.v.g(e) : p.v.p(e);
            p.guard?.(x);
            p.set(e, x);
          } else if (p.decl) p.set(e, undefined);
        }
        return undefined;
      };
    }
    case 'Assign': {
      if (s.targets.some((t) => containsAwait(t))) throw unsupported('await or yield inside an assignment target', s.loc);
      const v = compileExprD(cx, s.value);
      const targets = s.targets.map((t) => compileTarget(cx, t));
      return function* (e) {
        const x = v.g ? yield* v.g(e) : v.p(e);
        for (const t of targets) t(e, x);
        return undefined;
      };
    }
    case 'AugAssign': {
      const rmw = compileAugAssignG(cx, s);
      return function* (e) {
        yield* rmw(e);
        return undefined;
      };
    }
    case 'Return': {
      const g = compileExprD(cx, s.value!).g!;
      return function* (e) {
        pending.value = yield* g(e);
        return RETURN;
      };
    }
    case 'If': {
      const test = compileExprD(cx, s.test);
      const body = compileBodyD(cx, s.body);
      const orelse = compileBodyD(cx, s.orelse);
      return function* (e) {
        const t = test.g ? yield* test.g(e) : test.p(e);
        const d = ops.truthy(t) ? body : orelse;
        return d.g ? yield* d.g(e) : d.p(e);
      };
    }
    case 'While':
    case 'DoWhile':
      return compileWhileG(cx, s);
    case 'ForOf':
      if (s.isAsync) return cx.lang === 'py' ? compilePyAsyncForG(cx, s) : compileForAwaitG(cx, s);
      return compileForEachG(cx, s);
    case 'ForIn':
      return compileForEachG(cx, s);
    case 'ForC':
      return compileForCG(cx, s);
    case 'Try':
      return compileTryG(cx, s);
    case 'Throw': {
      if (s.cause && containsAwait(s.cause)) throw unsupported('await in a raise ... from clause', s.loc);
      const v = compileExprD(cx, s.value!);
      const py = cx.realm.py;
      const lang = cx.lang;
      const cause = s.cause ? compileExpr(cx, s.cause) : undefined;
      const loc = { line: s.loc.line, col: s.loc.col };
      return function* (e) {
        let x = v.g ? yield* v.g(e) : v.p(e);
        if (lang === 'py') {
          x = py.toException(x, s.loc);
          if (cause) {
            const c = cause(e);
            py.chainException?.(x, undefined, c === None ? None : py.toException(c, s.loc));
          }
        }
        const t = new Thrown(x);
        t.loc = loc;
        throw t;
      };
    }
    case 'Block': {
      const body = compileBodyD(cx, s.body);
      const label = s.label;
      return function* (e) {
        const c = body.g ? yield* body.g(e) : body.p(e);
        if (c !== undefined && label !== undefined && c.kind === 0 && c.label === label) return undefined;
        return c;
      };
    }
    case 'Switch':
      return compileSwitchG(cx, s);
    case 'Assert':
      return compileAssertG(cx, s);
    case 'With':
      return compileWithG(cx, s);
    case 'Match':
      return compileMatchG(cx, s);
    default:
      throw unsupported(`await inside ${s.kind}`, s.loc);
  }
}

interface HandlerG {
  type?: (e: Env) => Value;
  run: (e: Env, exc: Value) => Gen<Completion>;
}

function compileHandlerG(cx: Cx, h: ExceptHandler): HandlerG {
  const st = cx.st;
  if (cx.lang === 'py') {
    const binding = pyHandlerBinding(cx, h);
    const body = compileStmtsD(binding.hcx, h.body);
    return {
      type: h.type ? compileExpr(cx, h.type) : undefined,
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

function compileTryG(cx: Cx, s: Try): GenStmtFn {
  const st = cx.st;
  const lang = cx.lang;
  const body = compileBodyD(cx, s.body);
  const handlers = s.star ? [] : s.handlers.map((h) => compileHandlerG(cx, h));
  const orelse = s.orelse.length ? compileBodyD(cx, s.orelse) : undefined;
  const fin = s.finalbody ? compileBodyD(cx, s.finalbody) : undefined;
  const py = lang === 'py' ? cx.realm.py : undefined;

  const plainExcept = function* (e: Env): Gen<Completion> {
    let c: Completion;
    try {
      c = body.g ? yield* body.g(e) : body.p(e);
    } catch (err) {
      if (handlers.length === 0) throw err;
      const t = toThrown(st, lang, err);
      for (const h of handlers) {
        if (h.type && py && !py.exceptionMatches(t.value, h.type(e))) continue;
        return yield* h.run(e, t.value);
      }
      throw t;
    }
    if (orelse && c === undefined) return orelse.g ? yield* orelse.g(e) : orelse.p(e);
    return c;
  };
  const tryExcept = s.star ? compileTryStarG(cx, s, body, orelse) : plainExcept;
  if (!fin) return tryExcept;
  return function* (e) {
    let c: Completion;
    let thrown: unknown;
    let threw = false;
    let settled = false;
    try {
      c = yield* tryExcept(e);
      settled = true;
    } catch (err) {
      settled = true;
      if (err instanceof EngineError) throw err;
      thrown = isHostOverflow(err) ? recursionError(st, lang) : err;
      threw = true;
    } finally {
      // Reached without settling only when the driver called gen.return(): run the
      // finally block (its own completion cannot change a forced return).
      if (!settled) {
        if (fin.g) yield* fin.g(e);
        else fin.p(e);
      }
    }
    const savedReturn = pending.value;
    const fc = fin.g ? yield* fin.g(e) : fin.p(e);
    if (fc !== undefined) return fc;
    if (threw) throw thrown;
    pending.value = savedReturn;
    return c;
  };
}

function compileSwitchG(cx: Cx, s: Switch): GenStmtFn {
  const disc = compileExprD(cx, s.discriminant);
  const b = openBlock(
    cx,
    s.cases.flatMap((c) => c.body),
  );
  const bcx = b.bcx;
  const cases = s.cases.map((c) => ({ test: c.test ? compileExprD(bcx, c.test) : undefined, body: compileStmtsD(bcx, c.body) }));
  const dflt = s.cases.findIndex((c) => !c.test);
  const ops = cx.ops;
  const enter = b.enter;
  const label = s.label;
  return function* (e0) {
    const v = disc.g ? yield* disc.g(e0) : disc.p(e0);
    const e = enter ? enter(e0) : e0;
    let start = -1;
    for (let i = 0; i < cases.length; i++) {
      const t = cases[i]!.test;
      if (!t) continue;
      const tv = t.g ? yield* t.g(e) : t.p(e);
      if (ops.truthy(ops.compare('===', v, tv))) {
        start = i;
        break;
      }
    }
    if (start < 0) start = dflt;
    if (start < 0) return undefined;
    for (let i = start; i < cases.length; i++) {
      const d = cases[i]!.body;
      const c: Completion = d.g ? yield* d.g(e) : d.p(e);
      if (c === undefined) continue;
      if (c === BREAK || (c.kind === 0 && c.label === label)) return undefined;
      return c;
    }
    return undefined;
  };
}

function compileAssertG(cx: Cx, s: Assert): GenStmtFn {
  const test = compileExprD(cx, s.test);
  const msg = s.msg ? compileExprD(cx, s.msg) : undefined;
  const py = cx.realm.py;
  const st = cx.st;
  const loc = s.loc;
  return function* (e) {
    const t = test.g ? yield* test.g(e) : test.p(e);
    if (py.truthy(t)) return undefined;
    const args: Value[] = [];
    if (msg) args.push(msg.g ? yield* msg.g(e) : msg.p(e));
    const cls = cx.realm.builtins.py.get('AssertionError');
    if (cls === undefined) throw userError(cx, 'py', 'AssertionError', args.length ? py.display(args[0]) : '', loc);
    const err = new Thrown(callValue(st, cls, undefined, { positional: args }, 'py', loc));
    err.loc = { line: loc.line, col: loc.col };
    throw err;
  };
}
