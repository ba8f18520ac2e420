/**
 * Generator-mode statements: the statements of an async body that contain `await`, with
 * the same semantics as the plain versions in compile-stmt.ts; child statements without
 * `await` stay plain. Loops, try and raise are written once for both modes
 * (compile-loops.ts, compile-try.ts: the generator form, the plain one derived from it).
 */
import type { Assert, AugAssign, Stmt, Switch } from '../ir/nodes';
import { unsupported } from '../errors';
import type { Value } from '../runtime/values';
import { Thrown } from '../runtime/thrown';
import type { Cx } from './context';
import { userError } from './context';
import { BREAK, RETURN, pending, type Completion, type GenExprFn, type GenStmtFn } from './core';
import { compileBodyD, compileExprD, compileStmtsD } from './compile';
import { compileTarget } from './patterns';
import { openBlock } from './compile-stmt';
import { binaryModifierG, compileAugNameG, compileRmwG } from './compile-async';
import { containsAwait } from './analysis';
import { jsIterableGuard } from './iterable-errors';
import { callValue } from './calls';
import { compileWithG } from './compile-with';
import { compileMatchG } from './compile-match';

import { compileForCG, compileForEachG, compileWhileG } from './compile-loops';
import { compileThrowG, compileTryG } from './compile-try';
import { compileForAwaitG } from './compile-for-await';
import { compilePyAsyncForG } from './compile-async-for-py';

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
    case 'Throw':
      return compileThrowG(cx, s);
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
