/**
 * Untagged template literals → Template (quasis are the cooked strings).
 * Tagged templates are reported unsupported by expressions.ts.
 */

import type * as A from 'acorn';
import { unsupported } from '../../errors';
import type { Template } from '../../ir/nodes';
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
