/**
 * Object literals: `{ a, b: 1, [k]: v, m() {}, get x() {}, set x(v) {}, ...rest }`.
 */

import type * as A from 'acorn';
import { unsupported } from '../../errors';
import type { FunctionFlavor, ObjectLit, ObjectProp } from '../../ir/nodes';
import type { LowerContext } from './context';
import { lowerExpr } from './expressions';
import { lowerFunctionDef, lowerNamed } from './functions';
import { lowerPropertyKey } from './keys';

export function lowerObject(cx: LowerContext, node: A.ObjectExpression): ObjectLit {
  return { kind: 'Object', props: node.properties.map((p) => lowerProperty(cx, p)), loc: cx.loc(node) };
}

const ACCESSOR_FLAVOR: Record<'get' | 'set', FunctionFlavor> = { get: 'getter', set: 'setter' };

function lowerProperty(cx: LowerContext, node: A.Property | A.SpreadElement): ObjectProp {
  const loc = cx.loc(node);
  if (node.type === 'SpreadElement') return { kind: 'spread', key: '', value: lowerExpr(cx, node.argument), loc };
  const key = lowerPropertyKey(cx, node.key, node.computed);
  if (node.kind === 'get' || node.kind === 'set' || node.method) {
    const fnNode = node.value as A.FunctionExpression;
    const flavor = node.kind === 'init' ? 'method' : ACCESSOR_FLAVOR[node.kind];
    const fn = lowerFunctionDef(cx, fnNode, { name: key.key, flavor });
    // A method's source text starts at its name or modifiers (`get x() {}`, `async m() {}`).
    fn.sourceText = cx.textOf(node);
    return { kind: node.kind === 'init' ? 'method' : node.kind, ...key, value: { kind: 'FunctionExpr', fn, loc: cx.loc(fnNode) }, loc };
  }
  if (!node.computed && !node.shorthand && key.key === '__proto__') {
    // `{ __proto__: p }` sets the prototype (spec B.3.1), not an own property.
    throw unsupported('__proto__ in an object literal', cx.pos(node));
  }
  const value = key.computedKey ? lowerExpr(cx, node.value) : lowerNamed(cx, node.value, key.key);
  return { kind: 'init', ...key, value, loc };
}
