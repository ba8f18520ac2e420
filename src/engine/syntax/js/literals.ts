/**
 * Identifiers, primitive literals and array literals.
 */

import type * as A from 'acorn';
import { unsupported } from '../../errors';
import type { Expr, ListLit } from '../../ir/nodes';
import type { LowerContext } from './context';
import { lowerExpr } from './expressions';

/**
 * An identifier in expression position. `undefined` is a global binding in JS, not a literal,
 * but scripts never rebind it in practice, so the front-end emits UndefinedLit (see the
 * UndefinedLit contract in nodes.ts). Property names and binding targets never come here.
 */
export function lowerIdentifier(cx: LowerContext, node: A.Identifier): Expr {
  if (node.name === 'undefined') return { kind: 'Undefined', loc: cx.loc(node) };
  return { kind: 'Name', id: node.name, loc: cx.loc(node) };
}

export function lowerLiteral(cx: LowerContext, node: A.Literal): Expr {
  const loc = cx.loc(node);
  if (node.regex) return { kind: 'RegExp', pattern: node.regex.pattern, flags: node.regex.flags, loc };
  if (node.bigint !== undefined) {
    // `10n`, `0x1fn`, `1_000n`: acorn gives the digits; the IR keeps them in decimal (NumLit.big).
    const big = BigInt(node.bigint.replace(/_/g, ''));
    return { kind: 'Num', value: Number(big), isFloat: false, big: String(big), loc };
  }
  const value = node.value;
  if (value === null) return { kind: 'Null', loc };
  switch (typeof value) {
    case 'string':
      return { kind: 'Str', value, loc };
    case 'number':
      // Every JS number is a double; isFloat is a Python-only distinction (nodes.ts NumLit).
      return { kind: 'Num', value, isFloat: false, loc };
    case 'boolean':
      return { kind: 'Bool', value, loc };
    default:
      throw unsupported(`literal ${node.raw ?? ''}`.trim(), cx.pos(node));
  }
}

/** `[a, , ...b]`: an elision is an UndefinedLit placeholder listed in `holes`; spreads are Spread. */
export function lowerArray(cx: LowerContext, node: A.ArrayExpression): ListLit {
  const loc = cx.loc(node);
  const holes: number[] = [];
  const elements: Expr[] = node.elements.map((el, i) => {
    if (el === null) {
      holes.push(i);
      return { kind: 'Undefined', loc };
    }
    if (el.type === 'SpreadElement') return { kind: 'Spread', value: lowerExpr(cx, el.argument), loc: cx.loc(el) };
    return lowerExpr(cx, el);
  });
  return holes.length ? { kind: 'List', elements, holes, loc } : { kind: 'List', elements, loc };
}
