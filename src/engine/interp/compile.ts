/**
 * Dispatch: one handler per IR node kind, grouped by area in the compile-*.ts files.
 *
 * Plain mode compiles to `(env) => value` / `(env) => completion` closures. In an async
 * body (FnCx.gen) only the nodes that statically contain `await` compile to generator
 * closures (compile-async.ts); everything else in them stays plain (the `D*` forms carry
 * either). A statement list runs through `runStmts`, which also charges the step budget.
 */
import type { Expr, Loc, Stmt } from '../ir/nodes';
import { unsupported } from '../errors';
import { Thrown } from '../runtime/thrown';
import type { Cx } from './context';
import { anyAwait, containsAwait } from './analysis';
import {
  RETURN,
  pending,
  type Completion,
  type DExpr,
  type DStmt,
  type Env,
  type ExprFn,
  type GenExprFn,
  type GenStmtFn,
  type StmtFn,
} from './core';
import { PART_EXPR, PART_PLAIN, PART_RETURN, compileStmtPartG, type PartKind } from './compile-async-stmt';
import * as E from './compile-expr';
import * as A from './compile-access';
import * as O from './compile-ops';
import * as S from './compile-stmt';
import * as L from './compile-loops';
import * as T from './compile-try';
import * as G from './compile-async';
import * as W from './compile-with';
import * as M from './compile-match';
import { compileFunctionExpr, compileNamedFunctionExpr } from './functions';
import { compileClassExpr } from './classes';
import { compileGet } from './names';

export function compileExpr(cx: Cx, node: Expr): ExprFn {
  switch (node.kind) {
    case 'Num':
    case 'Str':
    case 'Bool':
    case 'None':
    case 'Null':
    case 'Undefined':
      return E.compileLiteral(cx, node);
    case 'Template':
      return E.compileTemplate(cx, node);
    case 'Name':
      return E.compileName(cx, node);
    case 'Member':
      return A.compileMember(cx, node, false);
    case 'Index':
      return A.compileIndex(cx, node, false);
    case 'Slice':
      return E.compileSlice(cx, node);
    case 'Call':
      return A.compileCall(cx, node, false);
    case 'New':
      return A.compileNew(cx, node);
    case 'BinOp':
      return O.compileBinOp(cx, node);
    case 'Compare':
      return O.compileCompare(cx, node);
    case 'Logical':
      return O.compileLogical(cx, node);
    case 'Unary':
      return O.compileUnary(cx, node);
    case 'Cond':
      return O.compileCond(cx, node);
    case 'FunctionExpr':
      return node.ownName && cx.lang === 'js' ? compileNamedFunctionExpr(cx, node.fn) : compileFunctionExpr(cx, node.fn);
    case 'ClassExpr':
      return compileClassExpr(cx, node.cls);
    case 'Await':
      throw unsupported('await in this position', node.loc);
    case 'Yield':
      throw unsupported('yield in this position', node.loc);
    case 'List':
      return E.compileList(cx, node);
    case 'Tuple':
      return E.compileTuple(cx, node);
    case 'Set':
      return E.compileSet(cx, node);
    case 'Dict':
      return E.compileDict(cx, node);
    case 'Object':
      return E.compileObject(cx, node);
    case 'Comprehension':
      return E.compileComprehension(cx, node);
    case 'AssignExpr':
      return O.compileAssignExpr(cx, node);
    case 'Update':
      return O.compileUpdate(cx, node);
    case 'Sequence':
      return O.compileSequence(cx, node);
    case 'This':
      return A.compileThis(cx, node);
    case 'RegExp':
      return E.compileRegExpLiteral(cx, node);
    case 'PrivateName':
      // The class scope binds each `#name` it declares to its Private Name (classes-js.ts).
      return compileGet(cx, node.name, node.loc);
    case 'NewTarget':
      return A.compileNewTarget(cx);
    case 'SuperMember':
      return A.compileSuperMember(cx, node);
    case 'SuperCall':
      return A.compileSuperCall(cx, node);
    case 'Starred':
    case 'Spread':
      throw unsupported(`${node.kind === 'Starred' ? 'starred' : 'spread'} expression here`, node.loc);
  }
}

export function compileExprD(cx: Cx, node: Expr): DExpr {
  if (cx.fn.gen && containsAwait(node)) return { g: G.compileExprG(cx, node) };
  return { p: compileExpr(cx, node) };
}

/** A generator closure for any expression (plain ones wrapped). */
export function compileExprAsGen(cx: Cx, node: Expr): GenExprFn {
  const d = compileExprD(cx, node);
  if (d.g) return d.g;
  const p = d.p;
  return function* (e) {
    return p(e);
  };
}

export function compileStmt(cx: Cx, s: Stmt): StmtFn {
  switch (s.kind) {
    case 'ExprStmt':
      return S.compileExprStmt(cx, s);
    case 'VarDecl':
      return S.compileVarDecl(cx, s);
    case 'Assign':
      return S.compileAssign(cx, s);
    case 'AugAssign':
      return S.compileAugAssign(cx, s);
    case 'FunctionDecl':
      return S.compileFunctionDecl(cx, s);
    case 'ClassDecl':
      return S.compileClassDecl(cx, s);
    case 'Return':
      return S.compileReturn(cx, s);
    case 'If':
      return S.compileIf(cx, s);
    case 'While':
      return L.compileWhile(cx, s);
    case 'DoWhile':
      return L.compileDoWhile(cx, s);
    case 'ForOf':
      return L.compileForOf(cx, s);
    case 'ForIn':
      return L.compileForIn(cx, s);
    case 'ForC':
      return L.compileForC(cx, s);
    case 'Break':
    case 'Continue':
      return S.compileJump(cx, s);
    case 'Try':
      return T.compileTry(cx, s);
    case 'Throw':
      return T.compileThrow(cx, s);
    case 'Pass':
    case 'Global':
    case 'Nonlocal':
      return () => undefined;
    case 'Import':
      return S.compileImport(cx, s);
    case 'Delete':
      return S.compileDelete(cx, s);
    case 'Assert':
      return S.compileAssert(cx, s);
    case 'Block':
      return S.compileBlockStmt(cx, s);
    case 'Switch':
      return S.compileSwitch(cx, s);
    case 'With':
      return W.compileWith(cx, s);
    case 'Match':
      return M.compileMatch(cx, s);
  }
}

export function compileStmtD(cx: Cx, s: Stmt): DStmt {
  if (cx.fn.gen && containsAwait(s)) return { g: G.compileStmtG(cx, s) };
  return { p: compileStmt(cx, s) };
}

/**
 * Attach the innermost statement position to a user-level exception that has none yet
 * (the error event and the editor marker use it).
 */
export function tagLoc(err: unknown, loc: Loc): void {
  if (err instanceof Thrown && !err.loc) err.loc = { line: loc.line, col: loc.col };
}

/** A statement list in plain mode: budget per statement, first abrupt completion wins. */
export function compileStmts(cx: Cx, body: readonly Stmt[]): StmtFn {
  const fns = body.map((s) => compileStmt(cx, s));
  const locs = body.map((s) => s.loc);
  const budget = cx.st.budget;
  const n = fns.length;
  if (n === 0) return () => undefined;
  if (n === 1) {
    const f = fns[0]!;
    const loc = locs[0]!;
    return (e) => {
      if (++budget.used > budget.limit) budget.exceeded(loc);
      try {
        return f(e);
      } catch (err) {
        tagLoc(err, loc);
        throw err;
      }
    };
  }
  return (e) => {
    let i = 0;
    try {
      for (; i < n; i++) {
        if (++budget.used > budget.limit) budget.exceeded(locs[i]);
        const c = fns[i]!(e);
        if (c !== undefined) return c;
      }
    } catch (err) {
      tagLoc(err, locs[i]!);
      throw err;
    }
    return undefined;
  };
}

/** The entries of a generator-mode statement list (compile-async-stmt.ts PART_*). */
export interface StmtPartsG {
  kinds: PartKind[];
  fns: ((e: Env) => unknown)[];
  locs: Loc[];
}

export function compileStmtPartsG(cx: Cx, body: readonly Stmt[]): StmtPartsG {
  const kinds: PartKind[] = [];
  const fns: ((e: Env) => unknown)[] = [];
  for (const s of body) {
    if (containsAwait(s)) {
      const part = compileStmtPartG(cx, s);
      kinds.push(part.kind);
      fns.push(part.fn);
    } else {
      kinds.push(PART_PLAIN);
      fns.push(compileStmt(cx, s));
    }
  }
  return { kinds, fns, locs: body.map((s) => s.loc) };
}

/**
 * A statement list that may contain awaits. One generator runs the whole list; only the
 * entries that await add a generator level (compileStmtPartG).
 */
export function compileStmtsD(cx: Cx, body: readonly Stmt[]): DStmt {
  if (!cx.fn.gen || !anyAwait(body)) return { p: compileStmts(cx, body) };
  const { kinds, fns, locs } = compileStmtPartsG(cx, body);
  const budget = cx.st.budget;
  const n = fns.length;
  const pend = pending;
  const RET = RETURN;
  return {
    g: function* (e: Env): Generator<unknown, Completion, unknown> {
      let i = 0;
      try {
        for (; i < n; i++) {
          if (++budget.used > budget.limit) budget.exceeded(locs[i]);
          const k = kinds[i];
          if (k === PART_PLAIN) {
            const c = (fns[i] as StmtFn)(e);
            if (c !== undefined) return c;
          } else if (k === PART_EXPR) {
            yield* (fns[i] as GenExprFn)(e);
          } else if (k === PART_RETURN) {
            pend.value = yield* (fns[i] as GenExprFn)(e);
            return RET;
          } else {
            const c = yield* (fns[i] as GenStmtFn)(e);
            if (c !== undefined) return c;
          }
        }
      } catch (err) {
        tagLoc(err, locs[i]!);
        throw err;
      }
      return undefined;
    },
  };
}
