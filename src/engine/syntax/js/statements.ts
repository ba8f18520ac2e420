/**
 * Statements: one handler per ESTree statement type (loops and labels live in loops.ts).
 * Bodies from `{ ... }` are flattened into Stmt[]; see the conventions in parse.ts.
 */

import { lowerImport } from './imports';
import type * as A from 'acorn';
import { unsupported } from '../../errors';
import type { Block, ExceptHandler, Expr, Return, Stmt, Switch, Throw, Try, VarDecl } from '../../ir/nodes';
import type { LowerContext } from './context';
import { lowerExpr } from './expressions';
import { lowerClassDeclaration } from './classes';
import { lowerFunctionDeclaration, lowerNamed } from './functions';
import { lowerDoWhile, lowerFor, lowerForIn, lowerForOf, lowerLabeled, lowerWhile } from './loops';
import { lowerPattern } from './patterns';

export type AnyStatement = A.Statement | A.ModuleDeclaration;

export function lowerStatements(cx: LowerContext, nodes: readonly AnyStatement[]): Stmt[] {
  const out: Stmt[] = [];
  for (const node of nodes) out.push(lowerStatement(cx, node));
  return out;
}

/** The body of if/loops: a `{ ... }` is flattened (its own scope), anything else is one statement. */
export function lowerBody(cx: LowerContext, node: A.Statement): Stmt[] {
  if (node.type === 'BlockStatement') return lowerStatements(cx, node.body);
  return [lowerStatement(cx, node)];
}

export function lowerStatement(cx: LowerContext, node: AnyStatement): Stmt {
  switch (node.type) {
    case 'ExpressionStatement':
      return { kind: 'ExprStmt', expr: lowerExpr(cx, node.expression), loc: cx.loc(node) };
    case 'BlockStatement':
      return lowerBlock(cx, node);
    case 'EmptyStatement':
      return { kind: 'Pass', loc: cx.loc(node) };
    case 'VariableDeclaration':
      return lowerVarDecl(cx, node);
    case 'FunctionDeclaration':
      return lowerFunctionDeclaration(cx, node);
    case 'ClassDeclaration':
      return lowerClassDeclaration(cx, node);
    case 'ReturnStatement':
      return lowerReturn(cx, node);
    case 'IfStatement':
      return lowerIf(cx, node);
    case 'SwitchStatement':
      return lowerSwitch(cx, node);
    case 'ThrowStatement':
      return lowerThrow(cx, node);
    case 'TryStatement':
      return lowerTry(cx, node);
    case 'WhileStatement':
      return lowerWhile(cx, node);
    case 'DoWhileStatement':
      return lowerDoWhile(cx, node);
    case 'ForStatement':
      return lowerFor(cx, node);
    case 'ForInStatement':
      return lowerForIn(cx, node);
    case 'ForOfStatement':
      return lowerForOf(cx, node);
    case 'LabeledStatement':
      return lowerLabeled(cx, node);
    case 'BreakStatement':
      return { kind: 'Break', ...labelOf(node.label), loc: cx.loc(node) };
    case 'ContinueStatement':
      return { kind: 'Continue', ...labelOf(node.label), loc: cx.loc(node) };
    case 'DebuggerStatement':
      throw unsupported('debugger statement', cx.pos(node));
    case 'WithStatement':
      // Unreachable in module code (strict mode rejects it), kept for completeness.
      throw unsupported('with statement', cx.pos(node));
    case 'ImportDeclaration':
      return lowerImport(cx, node);
    case 'ExportNamedDeclaration':
    case 'ExportDefaultDeclaration':
    case 'ExportAllDeclaration':
      throw unsupported('export declaration', cx.pos(node));
    default:
      throw unsupported(`statement ${(node as A.Node).type}`, cx.pos(node));
  }
}

function labelOf(label: A.Identifier | null | undefined): { label?: string } {
  return label ? { label: label.name } : {};
}

export function lowerBlock(cx: LowerContext, node: A.BlockStatement): Block {
  return { kind: 'Block', body: lowerStatements(cx, node.body), loc: cx.loc(node) };
}

export function lowerVarDecl(cx: LowerContext, node: A.VariableDeclaration): VarDecl {
  const declKind = node.kind;
  if (declKind !== 'var' && declKind !== 'let' && declKind !== 'const') {
    throw unsupported(`'${declKind}' declaration`, cx.pos(node));
  }
  const declarations = node.declarations.map((d) => {
    const target = lowerPattern(cx, d.id);
    const decl: VarDecl['declarations'][number] = { target, loc: cx.loc(d) };
    if (d.init) {
      // NamedEvaluation: `const f = async () => {}` gives the arrow the name 'f' (spec 14.3.1.2).
      decl.init = d.id.type === 'Identifier' ? lowerNamed(cx, d.init, d.id.name) : lowerExpr(cx, d.init);
    }
    return decl;
  });
  return { kind: 'VarDecl', declKind, declarations, loc: cx.loc(node) };
}

/** `return v` in an async generator awaits v in the body (§15.8 ReturnStatement evaluation): `return await v`. */
function lowerReturn(cx: LowerContext, node: A.ReturnStatement): Return {
  const loc = cx.loc(node);
  const ret: Return = { kind: 'Return', loc };
  if (node.argument) {
    const value = lowerExpr(cx, node.argument);
    ret.value = cx.inAsyncGenerator ? { kind: 'Await', value, loc } : value;
  }
  return ret;
}

function lowerIf(cx: LowerContext, node: A.IfStatement): Stmt {
  return {
    kind: 'If',
    test: lowerExpr(cx, node.test),
    body: lowerBody(cx, node.consequent),
    // `else if` is an If inside orelse, as Python's elif chains.
    orelse: node.alternate ? lowerBody(cx, node.alternate) : [],
    loc: cx.loc(node),
  };
}

export function lowerSwitch(cx: LowerContext, node: A.SwitchStatement): Switch {
  return {
    kind: 'Switch',
    discriminant: lowerExpr(cx, node.discriminant),
    cases: node.cases.map((c) => {
      const test = c.test ? { test: lowerExpr(cx, c.test) } : {};
      return { ...test, body: lowerStatements(cx, c.consequent), loc: cx.loc(c) };
    }),
    loc: cx.loc(node),
  };
}

function lowerThrow(cx: LowerContext, node: A.ThrowStatement): Throw {
  const value: Expr = lowerExpr(cx, node.argument);
  return { kind: 'Throw', value, loc: cx.loc(node) };
}

function lowerTry(cx: LowerContext, node: A.TryStatement): Try {
  const handlers: ExceptHandler[] = [];
  if (node.handler) {
    const h = node.handler;
    // Optional catch binding (`catch { ... }`) leaves target undefined.
    const target = h.param ? { target: lowerPattern(cx, h.param) } : {};
    handlers.push({ ...target, body: lowerStatements(cx, h.body.body), loc: cx.loc(h) });
  }
  const result: Try = {
    kind: 'Try',
    body: lowerStatements(cx, node.block.body),
    handlers,
    orelse: [],
    loc: cx.loc(node),
  };
  if (node.finalizer) result.finalbody = lowerStatements(cx, node.finalizer.body);
  return result;
}
