/**
 * Expression dispatch: one case per ESTree expression type, delegating to the area files
 * (operators, chains, literals, objects, templates, functions, classes).
 */

import type * as A from 'acorn';
import { unsupported } from '../../errors';
import type { Await, Cond, Expr, Sequence, Yield } from '../../ir/nodes';
import type { LowerContext } from './context';
import { lowerChain, lowerMember, lowerCall, lowerNew } from './chains';
import { lowerClassExpression } from './classes';
import { lowerFunctionExpression } from './functions';
import { lowerArray, lowerIdentifier, lowerLiteral } from './literals';
import { lowerObject } from './objects';
import { lowerAssignment, lowerBinary, lowerLogical, lowerUnary, lowerUpdate } from './operators';
import { lowerTaggedTemplate, lowerTemplate } from './templates';

export function lowerExpr(cx: LowerContext, node: A.Expression): Expr {
  switch (node.type) {
    case 'Identifier':
      return lowerIdentifier(cx, node);
    case 'Literal':
      return lowerLiteral(cx, node);
    case 'ThisExpression':
      return { kind: 'This', loc: cx.loc(node) };
    case 'ArrayExpression':
      return lowerArray(cx, node);
    case 'ObjectExpression':
      return lowerObject(cx, node);
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return lowerFunctionExpression(cx, node, undefined);
    case 'ClassExpression':
      return lowerClassExpression(cx, node, undefined);
    case 'UnaryExpression':
      return lowerUnary(cx, node);
    case 'UpdateExpression':
      return lowerUpdate(cx, node);
    case 'BinaryExpression':
      return lowerBinary(cx, node);
    case 'LogicalExpression':
      return lowerLogical(cx, node);
    case 'AssignmentExpression':
      return lowerAssignment(cx, node);
    case 'MemberExpression':
      return lowerMember(cx, node);
    case 'CallExpression':
      return lowerCall(cx, node);
    case 'ChainExpression':
      return lowerChain(cx, node);
    case 'NewExpression':
      return lowerNew(cx, node);
    case 'ConditionalExpression':
      return lowerConditional(cx, node);
    case 'SequenceExpression':
      return lowerSequence(cx, node);
    case 'AwaitExpression':
      return lowerAwait(cx, node);
    case 'YieldExpression':
      return lowerYield(cx, node);
    case 'TemplateLiteral':
      return lowerTemplate(cx, node);
    case 'TaggedTemplateExpression':
      return lowerTaggedTemplate(cx, node);
    case 'MetaProperty':
      if (node.meta.name === 'new' && node.property.name === 'target') return { kind: 'NewTarget', loc: cx.loc(node) };
      throw unsupported(`${node.meta.name}.${node.property.name}`, cx.pos(node));
    case 'ImportExpression':
      throw unsupported('dynamic import()', cx.pos(node));
    case 'ParenthesizedExpression':
      // Only produced with acorn's preserveParens option, which parse.ts does not set.
      return lowerExpr(cx, node.expression);
    default:
      throw unsupported(`expression ${(node as A.Node).type}`, cx.pos(node));
  }
}

function lowerConditional(cx: LowerContext, node: A.ConditionalExpression): Cond {
  return {
    kind: 'Cond',
    test: lowerExpr(cx, node.test),
    then: lowerExpr(cx, node.consequent),
    else: lowerExpr(cx, node.alternate),
    loc: cx.loc(node),
  };
}

function lowerSequence(cx: LowerContext, node: A.SequenceExpression): Sequence {
  return { kind: 'Sequence', exprs: node.expressions.map((e) => lowerExpr(cx, e)), loc: cx.loc(node) };
}

function lowerAwait(cx: LowerContext, node: A.AwaitExpression): Await {
  cx.markAwait();
  return { kind: 'Await', value: lowerExpr(cx, node.argument), loc: cx.loc(node) };
}

/**
 * In an async generator `yield v` is AsyncGeneratorYield(? Await(v)) (ECMA-262 §15.5.5
 * Yield): the operand — `undefined` for a bare `yield` — is awaited in the body, where a
 * rejection is catchable, so it lowers to `yield await v`. `yield*` does not await the
 * inner iterator's values.
 */
function lowerYield(cx: LowerContext, node: A.YieldExpression): Yield {
  cx.markGenerator();
  const loc = cx.loc(node);
  const y: Yield = { kind: 'Yield', delegate: node.delegate, loc };
  if (node.argument) y.value = lowerExpr(cx, node.argument);
  if (cx.inAsyncGenerator && !node.delegate) y.value = { kind: 'Await', value: y.value ?? { kind: 'Undefined', loc }, loc };
  return y;
}
