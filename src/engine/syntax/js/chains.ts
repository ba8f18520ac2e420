/**
 * Member access, calls, `new`, `super` and optional chains.
 *
 * ESTree wraps an optional chain in a ChainExpression whose inner Member/Call nodes carry
 * `optional` on each `?.` link. The IR keeps `optional` on those links and marks the node
 * the ChainExpression wrapped with `chainEnd` (nodes.ts Member.chainEnd): a nullish base at
 * any optional link short-circuits the whole chain up to that node to undefined (spec
 * 13.3.9 OptionalChain evaluation), including calls and arguments further along.
 */

import type * as A from 'acorn';
import { unsupported } from '../../errors';
import type { Arg, Call, Expr, New, SuperCall } from '../../ir/nodes';
import type { LowerContext } from './context';
import { lowerExpr } from './expressions';

export function lowerArgs(cx: LowerContext, args: readonly (A.Expression | A.SpreadElement)[]): Arg[] {
  return args.map((a) =>
    a.type === 'SpreadElement' ? { kind: 'star', value: lowerExpr(cx, a.argument) } : { kind: 'pos', value: lowerExpr(cx, a) },
  );
}

/** `o.p`, `o[i]`, `o?.p`, `o?.[i]`, `super.p`. */
export function lowerMember(cx: LowerContext, node: A.MemberExpression): Expr {
  const loc = cx.loc(node);
  if (node.property.type === 'PrivateIdentifier') {
    // `o.#x` is an Index whose key evaluates to the Private Name (§13.3.2 MakePrivateReference).
    const index: Expr = { kind: 'PrivateName', name: `#${node.property.name}`, loc: cx.loc(node.property) };
    return { kind: 'Index', object: lowerExpr(cx, node.object as A.Expression), index, ...optionalFlag(node.optional), loc };
  }
  if (node.object.type === 'Super') {
    if (node.computed) throw unsupported('computed super property (super[...])', cx.pos(node));
    return { kind: 'SuperMember', property: (node.property as A.Identifier).name, loc };
  }
  const object = lowerExpr(cx, node.object);
  if (node.computed) {
    return { kind: 'Index', object, index: lowerExpr(cx, node.property), ...optionalFlag(node.optional), loc };
  }
  return { kind: 'Member', object, property: (node.property as A.Identifier).name, ...optionalFlag(node.optional), loc };
}

/** `f(a, ...b)`, `f?.()`, `super(...)`. */
export function lowerCall(cx: LowerContext, node: A.CallExpression): Call | SuperCall {
  const loc = cx.loc(node);
  if (node.callee.type === 'Super') return { kind: 'SuperCall', args: lowerArgs(cx, node.arguments), loc };
  return {
    kind: 'Call',
    callee: lowerExpr(cx, node.callee),
    args: lowerArgs(cx, node.arguments),
    ...optionalFlag(node.optional),
    loc,
  };
}

export function lowerNew(cx: LowerContext, node: A.NewExpression): New {
  return { kind: 'New', callee: lowerExpr(cx, node.callee), args: lowerArgs(cx, node.arguments), loc: cx.loc(node) };
}

export function lowerChain(cx: LowerContext, node: A.ChainExpression): Expr {
  const inner = node.expression.type === 'CallExpression' ? lowerCall(cx, node.expression) : lowerMember(cx, node.expression);
  if (inner.kind === 'Member' || inner.kind === 'Index' || inner.kind === 'Call') {
    inner.chainEnd = true;
    // The chain's position is the ChainExpression's (same span as its inner node).
    return inner;
  }
  // Unreachable: acorn never wraps a bare super access in a chain (`super?.x` is a syntax error).
  throw unsupported('optional chain on super', cx.pos(node));
}

function optionalFlag(optional: boolean): { optional?: true } {
  return optional ? { optional: true } : {};
}
