/**
 * Operators: binary (arithmetic → BinOp, comparisons → Compare with one op), logical,
 * unary, update and assignment (all compound forms incl. `&&=`, `||=`, `??=`).
 */

import type * as A from 'acorn';
import { unsupported } from '../../errors';
import type { AssignExpr, BinaryOperator, CompareOperator, Expr, Logical, Unary, Update } from '../../ir/nodes';
import type { LowerContext } from './context';
import { lowerExpr } from './expressions';
import { lowerNamed } from './functions';
import { lowerPattern } from './patterns';

const ARITHMETIC: ReadonlySet<string> = new Set<BinaryOperator>(['+', '-', '*', '/', '%', '**', '<<', '>>', '>>>', '&', '|', '^']);

const COMPARISON: ReadonlySet<string> = new Set<CompareOperator>(['==', '!=', '===', '!==', '<', '<=', '>', '>=', 'instanceof', 'in']);

export function lowerBinary(cx: LowerContext, node: A.BinaryExpression): Expr {
  const left: Expr =
    node.left.type === 'PrivateIdentifier'
      ? { kind: 'PrivateName', name: `#${node.left.name}`, loc: cx.loc(node.left) }
      : lowerExpr(cx, node.left);
  const right = lowerExpr(cx, node.right);
  const loc = cx.loc(node);
  if (ARITHMETIC.has(node.operator)) {
    return { kind: 'BinOp', op: node.operator as BinaryOperator, left, right, loc };
  }
  if (COMPARISON.has(node.operator)) {
    return { kind: 'Compare', left, ops: [node.operator as CompareOperator], comparators: [right], loc };
  }
  throw unsupported(`operator ${node.operator}`, cx.pos(node));
}

const LOGICAL: Record<A.LogicalOperator, Logical['op']> = { '&&': 'and', '||': 'or', '??': '??' };

export function lowerLogical(cx: LowerContext, node: A.LogicalExpression): Logical {
  return {
    kind: 'Logical',
    op: LOGICAL[node.operator],
    left: lowerExpr(cx, node.left),
    right: lowerExpr(cx, node.right),
    loc: cx.loc(node),
  };
}

const UNARY: Record<A.UnaryOperator, Unary['op']> = {
  '!': 'not',
  '-': '-',
  '+': '+',
  '~': '~',
  typeof: 'typeof',
  void: 'void',
  delete: 'delete',
};

export function lowerUnary(cx: LowerContext, node: A.UnaryExpression): Unary {
  return { kind: 'Unary', op: UNARY[node.operator], operand: lowerExpr(cx, node.argument), loc: cx.loc(node) };
}

export function lowerUpdate(cx: LowerContext, node: A.UpdateExpression): Update {
  return {
    kind: 'Update',
    op: node.operator,
    prefix: node.prefix,
    target: lowerPattern(cx, node.argument as A.Pattern),
    loc: cx.loc(node),
  };
}

/** Operators whose right side gets NamedEvaluation when the target is an identifier (spec 13.15.2). */
const NAMING_ASSIGNMENTS: ReadonlySet<string> = new Set(['=', '&&=', '||=', '??=']);

export function lowerAssignment(cx: LowerContext, node: A.AssignmentExpression): AssignExpr {
  const target = lowerPattern(cx, node.left);
  const value =
    node.left.type === 'Identifier' && NAMING_ASSIGNMENTS.has(node.operator)
      ? lowerNamed(cx, node.right, node.left.name)
      : lowerExpr(cx, node.right);
  return { kind: 'AssignExpr', op: node.operator, target, value, loc: cx.loc(node) };
}
