/**
 * Python statements → IR: blocks, simple statements and the dispatcher.
 * Compound statements (if/while/for/try) live in compound.ts, with in with.ts, match in
 * match.ts, def/class in functions.ts.
 *
 * CPython compile-time checks reproduced here (Python/compile.c, Python/symtable.c):
 * `'return' outside function`, `'break' outside loop`, `'continue' not properly in
 * loop`, `nonlocal declaration not allowed at module level`.
 */
import { checkAssert } from './compile-warnings';
import type { BinaryOperator, Expr, Import, Stmt } from '../../ir/nodes';
import { syntaxError, unsupported } from '../../errors';
import { kids, splitOn, type SyntaxNode } from './cursor';
import type { PyContext } from './context';
import { lowerExpr, lowerExprList, lowerYield } from './expressions';
import { lowerTarget, lowerTargetList } from './targets';
import { lowerDefinition } from './functions';
import { lowerFor, lowerIf, lowerTry, lowerWhile } from './compound';
import { lowerWith } from './with';
import { lowerMatch } from './match';

const EXCEPT_STAR_EXIT = "'break', 'continue' and 'return' cannot appear in an except* block";
const CONSTANTS = new Set(['Number', 'String', 'Boolean', 'None']);

type StmtHandler = (cx: PyContext, node: SyntaxNode) => Stmt | Stmt[];

const handlers: Record<string, StmtHandler> = {
  StatementGroup: (cx, n) =>
    lowerStatements(
      cx,
      kids(n).filter((k) => k.name !== ';'),
    ),
  ExpressionStatement: lowerExpressionStatement,
  AssignStatement: lowerAssign,
  UpdateStatement: lowerUpdate,
  DeleteStatement: lowerDelete,
  PassStatement: (cx, n) => ({ kind: 'Pass', loc: cx.src.loc(n) }),
  BreakStatement: lowerBreakContinue,
  ContinueStatement: lowerBreakContinue,
  ReturnStatement: lowerReturn,
  YieldStatement: (cx, n) => ({ kind: 'ExprStmt', expr: lowerYield(cx, n), loc: cx.src.loc(n) }),
  RaiseStatement: lowerRaise,
  ImportStatement: lowerImport,
  ScopeStatement: lowerScope,
  AssertStatement: lowerAssert,
  IfStatement: lowerIf,
  WhileStatement: lowerWhile,
  ForStatement: lowerFor,
  TryStatement: lowerTry,
  FunctionDefinition: (cx, n) => lowerDefinition(cx, n, [], n),
  ClassDefinition: (cx, n) => lowerDefinition(cx, n, [], n),
  DecoratedStatement: lowerDecorated,
  WithStatement: lowerWith,
  MatchStatement: lowerMatch,
  TypeDefinition: (cx, n) => {
    throw unsupported("'type' alias statements", cx.src.pos(n.from));
  },
  PrintStatement: (cx, n) => {
    throw syntaxError("Missing parentheses in call to 'print'. Did you mean print(...)?", cx.src.pos(n.from));
  },
};

export function lowerStatements(cx: PyContext, nodes: SyntaxNode[]): Stmt[] {
  const out: Stmt[] = [];
  for (const node of nodes) {
    const handler = handlers[node.name];
    if (!handler) throw syntaxError('invalid syntax', cx.src.pos(node.from));
    const result = handler(cx, node);
    if (Array.isArray(result)) out.push(...result);
    else out.push(result);
  }
  return out;
}

/** A `Body` node: `:` followed by an inline simple statement or an indented block. */
export function lowerBody(cx: PyContext, body: SyntaxNode): Stmt[] {
  return lowerStatements(
    cx,
    kids(body).filter((k) => k.name !== ':'),
  );
}

function lowerExpressionStatement(cx: PyContext, node: SyntaxNode): Stmt {
  return { kind: 'ExprStmt', expr: lowerExprList(cx, kids(node)), loc: cx.src.loc(node) };
}

/** The value side of `=`: a yield expression or an expression list. */
function lowerValue(cx: PyContext, nodes: SyntaxNode[]): Expr {
  if (nodes.length === 1 && nodes[0]!.name === 'YieldExpression') return lowerYield(cx, nodes[0]!);
  return lowerExprList(cx, nodes);
}

/** `a = b = value`, `a, *b = value`, `x: T = value`, `x: T` (an annotation alone is a Pass). */
function lowerAssign(cx: PyContext, node: SyntaxNode): Stmt {
  const loc = cx.src.loc(node);
  const groups = splitOn(kids(node), 'AssignOp');
  const first = groups[0]!;
  const annotation = first.findIndex((n) => n.name === 'TypeDef');
  if (annotation >= 0) {
    const targetNodes = first.slice(0, annotation);
    if (targetNodes.length !== 1) {
      throw syntaxError('only single target (not tuple) can be annotated', cx.src.pos(targetNodes[0]!.from));
    }
    if (groups.length > 2) throw syntaxError('invalid syntax', cx.src.pos(node.from));
    const target = lowerTarget(cx, targetNodes[0]!, 'assign');
    // A simple name annotated in a class body (outside loops) joins the class's
    // __annotations__, which dataclasses read.
    const typeDef = first[annotation]!;
    const typeNodes = kids(typeDef).filter((n) => n.name !== ':');
    if (cx.scope.kind === 'class' && cx.scope.annotations && target.kind === 'Name' && typeNodes.length > 0 && cx.scope.loopDepth === 0) {
      cx.scope.annotations.push({
        name: target.id,
        value: lowerValue(cx, typeNodes),
        text: cx.src.text.slice(typeNodes[0]!.from, typeNodes[typeNodes.length - 1]!.to),
        loc: cx.src.loc(typeDef),
      });
    }
    if (groups.length === 1) return { kind: 'Pass', loc };
    return { kind: 'Assign', targets: [target], value: lowerValue(cx, groups[1]!), loc };
  }
  // Language Reference §7.2: the value is evaluated first, then targets left to right.
  const value = lowerValue(cx, groups[groups.length - 1]!);
  const targets = groups.slice(0, -1).map((g) => lowerTargetList(cx, g, 'assign'));
  return { kind: 'Assign', targets, value, loc };
}

const AUG_OPS: Record<string, BinaryOperator> = {
  '+=': '+',
  '-=': '-',
  '*=': '*',
  '/=': '/',
  '//=': '//',
  '%=': '%',
  '**=': '**',
  '@=': '@',
  '<<=': '<<',
  '>>=': '>>',
  '&=': '&',
  '|=': '|',
  '^=': '^',
};

function lowerUpdate(cx: PyContext, node: SyntaxNode): Stmt {
  const children = kids(node);
  const opAt = children.findIndex((c) => c.name === 'UpdateOp');
  const opNode = children[opAt]!;
  const op = AUG_OPS[cx.src.textOf(opNode)];
  if (!op) throw syntaxError('invalid syntax', cx.src.pos(opNode.from));
  const targetNodes = children.slice(0, opAt);
  if (targetNodes.length !== 1) {
    throw syntaxError("'tuple' is an illegal expression for augmented assignment", cx.src.pos(targetNodes[0]!.from));
  }
  const target = lowerTarget(cx, targetNodes[0]!, 'aug');
  const value = lowerValue(cx, children.slice(opAt + 1));
  return { kind: 'AugAssign', target, op, value, loc: cx.src.loc(node) };
}

function lowerDelete(cx: PyContext, node: SyntaxNode): Stmt {
  const groups = splitOn(kids(node).slice(1));
  if (groups[groups.length - 1]!.length === 0) groups.pop();
  const targets = groups.map((g) => lowerTarget(cx, g[0]!, 'del'));
  return { kind: 'Delete', targets, loc: cx.src.loc(node) };
}

function lowerBreakContinue(cx: PyContext, node: SyntaxNode): Stmt {
  const loc = cx.src.loc(node);
  if (cx.scope.loopDepth === 0) {
    const message = node.name === 'BreakStatement' ? "'break' outside loop" : "'continue' not properly in loop";
    throw syntaxError(message, cx.src.pos(node.from));
  }
  if (cx.exitsExceptStar(false)) throw syntaxError(EXCEPT_STAR_EXIT, cx.src.pos(node.from));
  if (cx.exitsFinally()) cx.warn(`'${node.name === 'BreakStatement' ? 'break' : 'continue'}' in a 'finally' block`, cx.src.pos(node.from));
  return node.name === 'BreakStatement' ? { kind: 'Break', loc } : { kind: 'Continue', loc };
}

function lowerReturn(cx: PyContext, node: SyntaxNode): Stmt {
  const loc = cx.src.loc(node);
  const rest = kids(node).slice(1);
  cx.noteReturn(loc, rest.length > 0);
  if (cx.exitsExceptStar(true)) {
    // Python/codegen.c reports a constant's position for `return <constant>`.
    const value = rest.length === 1 && CONSTANTS.has(rest[0]!.name) ? rest[0]! : node;
    throw syntaxError(EXCEPT_STAR_EXIT, cx.src.pos(value.from));
  }
  if (cx.scope.finallyLoops.length > 0) cx.warn("'return' in a 'finally' block", cx.src.pos(node.from));
  if (rest.length === 0) return { kind: 'Return', loc };
  return { kind: 'Return', value: lowerExprList(cx, rest), loc };
}

function lowerRaise(cx: PyContext, node: SyntaxNode): Stmt {
  const loc = cx.src.loc(node);
  const rest = kids(node).slice(1);
  if (rest.length === 0) return { kind: 'Throw', loc };
  if (rest.some((n) => n.name === ',')) throw syntaxError('invalid syntax', cx.src.pos(rest[1]!.from));
  const value = lowerExpr(cx, rest[0]!);
  if (rest[1]?.name === 'from') return { kind: 'Throw', value, cause: lowerExpr(cx, rest[2]!), loc };
  return { kind: 'Throw', value, loc };
}

/** `import a.b as c, d` and `from ..m import (x as y, z)`. */
function lowerImport(cx: PyContext, node: SyntaxNode): Stmt {
  const loc = cx.src.loc(node);
  const children = kids(node);
  const importAt = children.findIndex((c) => c.name === 'import');
  let from: string | undefined;
  if (children[0]!.name === 'from') {
    from = children
      .slice(1, importAt)
      .map((c) => cx.src.textOf(c))
      .join('');
  }
  const rest = children.slice(importAt + 1).filter((c) => c.name !== '(' && c.name !== ')');
  if (rest[0]?.name === '*') throw unsupported("'from ... import *'", cx.src.pos(rest[0].from));
  const groups = splitOn(rest);
  if (groups[groups.length - 1]!.length === 0) groups.pop();
  const names: Import['names'] = groups.map((g) => {
    const asAt = g.findIndex((c) => c.name === 'as');
    const nameNodes = asAt >= 0 ? g.slice(0, asAt) : g;
    const entry: Import['names'][number] = { name: nameNodes.map((c) => cx.src.textOf(c)).join('') };
    if (asAt >= 0) entry.asname = cx.src.textOf(g[asAt + 1]!);
    return entry;
  });
  const stmt: Import = { kind: 'Import', names, loc };
  if (from !== undefined) stmt.from = from;
  return stmt;
}

function lowerScope(cx: PyContext, node: SyntaxNode): Stmt {
  const loc = cx.src.loc(node);
  const children = kids(node);
  const names = children.filter((c) => c.name === 'VariableName').map((c) => cx.src.textOf(c));
  if (children[0]!.name === 'nonlocal') {
    if (cx.scope.kind === 'module') {
      throw syntaxError('nonlocal declaration not allowed at module level', cx.src.pos(node.from));
    }
    return { kind: 'Nonlocal', names, loc };
  }
  for (const n of names) cx.scope.globals.add(n);
  return { kind: 'Global', names, loc };
}

function lowerAssert(cx: PyContext, node: SyntaxNode): Stmt {
  const groups = splitOn(kids(node).slice(1));
  const stmt: Stmt = { kind: 'Assert', test: lowerExpr(cx, groups[0]![0]!), loc: cx.src.loc(node) };
  checkAssert(cx, stmt.test, cx.src.pos(node.from));
  if (groups[1]?.[0]) stmt.msg = lowerExpr(cx, groups[1][0]);
  return stmt;
}

function lowerDecorated(cx: PyContext, node: SyntaxNode): Stmt {
  const children = kids(node);
  const decorators = children.filter((c) => c.name === 'Decorator');
  const def = children[children.length - 1]!;
  return lowerDefinition(cx, def, decorators, node);
}
