/**
 * Template literals → Template (quasis are the cooked strings); tagged templates → a call
 * of the tag with the site's TemplateObject and the substitutions (§13.3.11).
 */

import type * as A from 'acorn';
import { unsupported } from '../../errors';
import type { Call, Template } from '../../ir/nodes';
import type { LowerContext } from './context';
import { lowerExpr } from './expressions';

export function lowerTemplate(cx: LowerContext, node: A.TemplateLiteral): Template {
  const quasis = node.quasis.map((q) => {
    // cooked is null only for invalid escapes, which acorn allows in tagged templates only.
    if (q.value.cooked == null) throw unsupported('template with an invalid escape sequence', cx.pos(q));
    return q.value.cooked;
  });
  const parts = node.expressions.map((e) => ({ expr: lowerExpr(cx, e), loc: cx.loc(e) }));
  return { kind: 'Template', quasis, parts, loc: cx.loc(node) };
}

/**
 * tag`a${x}b` is `tag(templateObject, x)`, `this` bound as in a call (`o.tag` passes `o`).
 * Invalid escapes are allowed here: their cooked string is undefined (§13.2.8.3).
 */
export function lowerTaggedTemplate(cx: LowerContext, node: A.TaggedTemplateExpression): Call {
  const loc = cx.loc(node);
  const quasi = node.quasi;
  const cooked = quasi.quasis.map((q) => (q.value.cooked == null ? null : q.value.cooked));
  const raw = quasi.quasis.map((q) => q.value.raw);
  return {
    kind: 'Call',
    callee: lowerExpr(cx, node.tag),
    args: [
      { kind: 'pos', value: { kind: 'TemplateObject', cooked, raw, loc: cx.loc(quasi) } },
      ...quasi.expressions.map((e) => ({ kind: 'pos' as const, value: lowerExpr(cx, e) })),
    ],
    loc,
  };
}
