/**
 * Functions: declarations, expressions, arrows, object/class method bodies, parameters,
 * and NamedEvaluation (an anonymous function or class gets the name of what it is bound to).
 *
 * Naming (see context.ts for qualnames):
 *   - `function f() {}` / `async function f() {}` → name 'f'.
 *   - An anonymous function, arrow or class in a NamedEvaluation position (`const f = ...`,
 *     `f = ...`, `{ f: ... }`, `f = ...` as a default, class field `f = ...`) → name 'f', as
 *     JS sets `f.name === 'f'` (spec 8.4.5 NamedEvaluation), and qualname `<prefix>f`.
 *   - Any other anonymous function → name '' and qualname `<prefix><lambda>`, CPython's
 *     spelling for the lambda a Python twin would use.
 */

import type * as A from 'acorn';
import type { FunctionDecl, FunctionDef, FunctionExpr, FunctionFlavor, Param, Expr } from '../../ir/nodes';
import { lowerClassExpression } from './classes';
import { hasUseStrict, type LowerContext } from './context';
import { lowerExpr } from './expressions';
import { bindingName, lowerDefaultPattern, lowerPattern } from './patterns';
import { lowerStatements } from './statements';

type FunctionNode = A.FunctionDeclaration | A.FunctionExpression | A.ArrowFunctionExpression;

export interface FunctionOptions {
  /** The function's own name ('' when anonymous). */
  name: string;
  flavor: FunctionFlavor;
  isStatic?: boolean;
}

export function lowerFunctionDef(cx: LowerContext, node: FunctionNode, opts: FunctionOptions): FunctionDef {
  const fn: FunctionDef = {
    kind: 'FunctionDef',
    lang: 'js',
    name: opts.name,
    qualname: cx.qualnameFor(opts.name === '' ? '<lambda>' : opts.name),
    params: [],
    body: [],
    isAsync: node.async,
    isGenerator: node.generator,
    flavor: opts.flavor,
    decorators: [],
    loc: cx.loc(node),
  };
  if (opts.isStatic !== undefined) fn.isStatic = opts.isStatic;
  fn.sourceText = cx.textOf(node);
  const strict = cx.strict || (node.body.type === 'BlockStatement' && hasUseStrict(node.body.body));
  if (!strict) fn.sloppy = true;
  cx.withStrict(strict, () => {
    // Defaults are lowered in the enclosing qualname scope (CPython evaluates them outside the def).
    fn.params = cx.outsideModuleLevel(() => node.params.map((p) => lowerParam(cx, p)));
    fn.body = cx.inFunction(fn, () => {
      const body = node.body;
      if (body.type === 'BlockStatement') return lowerStatements(cx, body.body);
      // Expression-bodied arrow: a single Return carrying the expression's position.
      return [{ kind: 'Return', value: lowerExpr(cx, body), loc: cx.loc(body) }];
    });
  });
  return fn;
}

function lowerParam(cx: LowerContext, node: A.Pattern): Param {
  const loc = cx.loc(node);
  switch (node.type) {
    case 'Identifier':
      return { name: bindingName(cx, node), kind: 'normal', loc };
    case 'AssignmentPattern': {
      if (node.left.type === 'Identifier') {
        const name = bindingName(cx, node.left);
        return { name, default: lowerNamed(cx, node.right, name), kind: 'normal', loc };
      }
      const d = lowerDefaultPattern(cx, node);
      return { name: '', target: d.target, default: d.default, kind: 'normal', loc };
    }
    case 'RestElement':
      if (node.argument.type === 'Identifier') return { name: bindingName(cx, node.argument), kind: 'varargs', loc };
      return { name: '', target: lowerPattern(cx, node.argument), kind: 'varargs', loc };
    default:
      return { name: '', target: lowerPattern(cx, node), kind: 'normal', loc };
  }
}

export function lowerFunctionDeclaration(cx: LowerContext, node: A.FunctionDeclaration): FunctionDecl {
  const fn = lowerFunctionDef(cx, node, { name: bindingName(cx, node.id), flavor: 'function' });
  return { kind: 'FunctionDecl', fn, loc: cx.loc(node) };
}

/** A function or arrow in expression position; `inferredName` comes from NamedEvaluation. */
export function lowerFunctionExpression(
  cx: LowerContext,
  node: A.FunctionExpression | A.ArrowFunctionExpression,
  inferredName: string | undefined,
): FunctionExpr {
  const flavor: FunctionFlavor = node.type === 'ArrowFunctionExpression' ? 'arrow' : 'function';
  // A named function expression keeps its own name; NamedEvaluation only names anonymous ones.
  const name = node.id ? bindingName(cx, node.id) : (inferredName ?? '');
  const expr: FunctionExpr = { kind: 'FunctionExpr', fn: lowerFunctionDef(cx, node, { name, flavor }), loc: cx.loc(node) };
  if (node.id) expr.ownName = true;
  return expr;
}

/**
 * Lower `node` as the right side of a NamedEvaluation position bound to `name`
 * (spec IsAnonymousFunctionDefinition: function/arrow/class expressions without own name).
 */
export function lowerNamed(cx: LowerContext, node: A.Expression, name: string): Expr {
  switch (node.type) {
    case 'FunctionExpression':
    case 'ArrowFunctionExpression':
      return lowerFunctionExpression(cx, node, name);
    case 'ClassExpression':
      return lowerClassExpression(cx, node, name);
    default:
      return lowerExpr(cx, node);
  }
}
