/**
 * Binding and assignment targets: identifiers, member targets, array/object destructuring,
 * defaults and rest elements (declarations, parameters, catch, for-of heads, `=`).
 */

import type * as A from 'acorn';
import { unsupported } from '../../errors';
import type { ArrayPattern, DefaultPattern, ObjectPattern, Pattern } from '../../ir/nodes';
import { lowerMember } from './chains';
import type { LowerContext } from './context';
import { lowerExpr } from './expressions';
import { lowerNamed } from './functions';
import { lowerPropertyKey } from './keys';

/**
 * The name an identifier binds or assigns. Reading `undefined` is lowered to UndefinedLit
 * (literals.ts), which is only right while nothing rebinds it, so binding or assigning
 * `undefined` is reported instead of being silently mis-modelled.
 */
export function bindingName(cx: LowerContext, node: A.Identifier): string {
  if (node.name === 'undefined') throw unsupported('binding or assigning `undefined`', cx.pos(node));
  return node.name;
}

export function lowerPattern(cx: LowerContext, node: A.Pattern): Pattern {
  switch (node.type) {
    case 'Identifier':
      return { kind: 'Name', id: bindingName(cx, node), loc: cx.loc(node) };
    case 'MemberExpression': {
      const target = lowerMember(cx, node);
      if (target.kind === 'Member' || target.kind === 'Index') return target;
      throw unsupported('assignment to a super property', cx.pos(node));
    }
    case 'ArrayPattern':
      return lowerArrayPattern(cx, node);
    case 'ObjectPattern':
      return lowerObjectPattern(cx, node);
    case 'RestElement':
      return { kind: 'RestPattern', target: lowerPattern(cx, node.argument), loc: cx.loc(node) };
    case 'AssignmentPattern':
      return lowerDefaultPattern(cx, node);
    default:
      throw unsupported(`assignment target ${(node as A.Node).type}`, cx.pos(node));
  }
}

function lowerArrayPattern(cx: LowerContext, node: A.ArrayPattern): ArrayPattern {
  return {
    kind: 'ArrayPattern',
    elements: node.elements.map((el) => (el === null ? null : lowerPattern(cx, el))),
    loc: cx.loc(node),
  };
}

function lowerObjectPattern(cx: LowerContext, node: A.ObjectPattern): ObjectPattern {
  const pattern: ObjectPattern = { kind: 'ObjectPattern', props: [], loc: cx.loc(node) };
  for (const prop of node.properties) {
    if (prop.type === 'RestElement') {
      pattern.rest = lowerPattern(cx, prop.argument);
      continue;
    }
    const key = lowerPropertyKey(cx, prop.key, prop.computed);
    pattern.props.push({ ...key, value: lowerPattern(cx, prop.value) });
  }
  return pattern;
}

/** `x = dflt`: an anonymous function default is named after an identifier target (spec 8.6.3). */
export function lowerDefaultPattern(cx: LowerContext, node: A.AssignmentPattern): DefaultPattern {
  const target = lowerPattern(cx, node.left);
  const dflt = node.left.type === 'Identifier' ? lowerNamed(cx, node.right, node.left.name) : lowerExpr(cx, node.right);
  return { kind: 'DefaultPattern', target, default: dflt, loc: cx.loc(node) };
}
