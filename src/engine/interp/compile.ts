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
import { containsAwait, containsCall } from './analysis';
import { type DExpr, type DStmt, type Env, type ExprFn, type GenExprFn, type StmtFn } from './core';
import { PART_EXPR, PART_PLAIN, PART_RETURN, compileStmtPartG, type PartKind } from './compile-async-stmt';
import { compileBodyG, compileStmtsG } from './compile-list';
import { compileBody, compileStmts } from './compile-list.sync';

export { compileBody, compileStmts };
import * as E from './compile-expr';
import * as A from './compile-access';
import * as O from './compile-ops';
import * as S from './compile-stmt';
import * as B from './compile-branch.sync';
import * as L from './compile-loops.sync';
import * as T from './compile-try.sync';
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
    case 'TemplateObject':
      return E.compileTemplateObject(cx, node);
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

/**
 * A point where a generator-mode body can suspend: an await or yield, and in the trampolined
 * form of a sync body (interp/trampoline.ts) a call too.
 */
export function suspends(cx: Cx, node: object): boolean {
  return containsAwait(node) || (cx.fn.tramp === true && containsCall(node));
}

export function anySuspends(cx: Cx, nodes: readonly object[]): boolean {
  for (const n of nodes) if (suspends(cx, n)) return true;
  return false;
}

export function compileExprD(cx: Cx, node: Expr): DExpr {
  if (cx.fn.gen && suspends(cx, node)) return { g: G.compileExprG(cx, node) };
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
      return B.compileIf(cx, s);
    case 'While':
    case 'DoWhile':
      return L.compileWhile(cx, s);
    case 'ForOf':
      // An async loop always contains an await, so it reaches here only outside an async body.
      if (s.isAsync)
        throw unsupported(cx.lang === 'py' ? "'async for' outside an async function" : 'for await outside an async function', s.loc);
      return L.compileForEach(cx, s);
    case 'ForIn':
      return L.compileForEach(cx, s);
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
      return B.compileAssert(cx, s);
    case 'Block':
      return B.compileBlock(cx, s);
    case 'Switch':
      return B.compileSwitch(cx, s);
    case 'With':
      return W.compileWith(cx, s);
    case 'Match':
      return M.compileMatch(cx, s);
  }
}

export function compileStmtD(cx: Cx, s: Stmt): DStmt {
  if (cx.fn.gen && suspends(cx, s)) return { g: G.compileStmtG(cx, s) };
  return { p: compileStmt(cx, s) };
}

/**
 * Attach the innermost statement position to a user-level exception that has none yet
 * (the error event and the editor marker use it).
 */
export function tagLoc(err: unknown, loc: Loc): void {
  if (err instanceof Thrown && !err.loc) err.loc = { line: loc.line, col: loc.col };
}

/**
 * The entries of a list (compile-list.ts). In plain mode, as in generator mode, the statements
 * that only evaluate an expression are run by the list itself, without a statement closure
 * around the expression: an expression statement or compound assignment (PART_EXPR, value
 * discarded) and `return <value>` (PART_RETURN); the rest are statement closures (PART_PLAIN).
 */
export interface StmtParts {
  kinds: PartKind[];
  fns: ((e: Env) => unknown)[];
  locs: Loc[];
}

export function compileStmtParts(cx: Cx, body: readonly Stmt[]): StmtParts {
  const kinds: PartKind[] = [];
  const fns: ((e: Env) => unknown)[] = [];
  for (const s of body) {
    if (s.kind === 'ExprStmt') {
      kinds.push(PART_EXPR);
      fns.push(compileExpr(cx, s.expr));
    } else if (s.kind === 'AugAssign') {
      kinds.push(PART_EXPR);
      fns.push(S.compileAugAssignExpr(cx, s));
    } else if (s.kind === 'Return' && s.value) {
      kinds.push(PART_RETURN);
      fns.push(compileExpr(cx, s.value));
    } else {
      kinds.push(PART_PLAIN);
      fns.push(compileStmt(cx, s));
    }
  }
  return { kinds, fns, locs: body.map((s) => s.loc) };
}

/** The entries of a generator-mode list: the statements that await run as PART_STMT / PART_EXPR / PART_RETURN. */
export function compileStmtPartsG(cx: Cx, body: readonly Stmt[]): StmtParts {
  const kinds: PartKind[] = [];
  const fns: ((e: Env) => unknown)[] = [];
  for (const s of body) {
    if (suspends(cx, s)) {
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

/** A statement list that may contain awaits: the generator form only when it does, in an async body. */
export function compileStmtsD(cx: Cx, body: readonly Stmt[]): DStmt {
  if (!cx.fn.gen || !anySuspends(cx, body)) return { p: compileStmts(cx, body) };
  return { g: compileStmtsG(cx, body) };
}

/** A statement list as a block scope, possibly containing awaits. */
export function compileBodyD(cx: Cx, body: readonly Stmt[]): DStmt {
  if (!cx.fn.gen || !anySuspends(cx, body)) return { p: compileBody(cx, body) };
  return { g: compileBodyG(cx, body) };
}
