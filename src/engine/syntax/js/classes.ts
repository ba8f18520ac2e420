/**
 * Classes: declarations and expressions, with constructor, methods, getters/setters,
 * static members and fields. Members are qualified `<class qualname>.<member>`, as CPython
 * qualifies methods (`Account.deposit`).
 */

import type * as A from 'acorn';
import type { ClassDecl, ClassDef, ClassExpr, ClassMember, FunctionFlavor } from '../../ir/nodes';
import type { LowerContext } from './context';
import { lowerExpr } from './expressions';
import { lowerFunctionDef, lowerNamed } from './functions';
import { lowerPropertyKey } from './keys';
import { bindingName } from './patterns';

export function lowerClassDeclaration(cx: LowerContext, node: A.ClassDeclaration): ClassDecl {
  return { kind: 'ClassDecl', cls: lowerClassDef(cx, node, bindingName(cx, node.id)), loc: cx.loc(node) };
}

/** `class [Name] { ... }` in expression position; `inferredName` comes from NamedEvaluation. */
export function lowerClassExpression(cx: LowerContext, node: A.ClassExpression, inferredName: string | undefined): ClassExpr {
  const name = node.id ? bindingName(cx, node.id) : (inferredName ?? '');
  const cls = lowerClassDef(cx, node, name);
  if (!node.id) cls.anonymous = true;
  return { kind: 'ClassExpr', cls, loc: cx.loc(node) };
}

function lowerClassDef(cx: LowerContext, node: A.Class, name: string): ClassDef {
  // An anonymous class has no Python counterpart; '<anonymous>' keeps member qualnames readable.
  const qualname = cx.qualnameFor(name === '' ? '<anonymous>' : name);
  // `extends` is evaluated in the enclosing scope, before the class body.
  const bases = node.superClass ? [lowerExpr(cx, node.superClass)] : [];
  const members = cx.inClass(qualname, () => node.body.body.map((m) => lowerMember(cx, m)));
  return {
    kind: 'ClassDef',
    lang: 'js',
    name,
    qualname,
    bases,
    decorators: [],
    body: [],
    members,
    sourceText: cx.textOf(node),
    loc: cx.loc(node),
  };
}

const METHOD_FLAVOR: Record<A.MethodDefinition['kind'], FunctionFlavor> = {
  constructor: 'constructor',
  method: 'method',
  get: 'getter',
  set: 'setter',
};

const MEMBER_KIND: Record<A.MethodDefinition['kind'], ClassMember['kind']> = {
  constructor: 'constructor',
  method: 'method',
  get: 'getter',
  set: 'setter',
};

function lowerMember(cx: LowerContext, node: A.MethodDefinition | A.PropertyDefinition | A.StaticBlock): ClassMember {
  if (node.type === 'StaticBlock') return lowerStaticBlock(cx, node);
  const key = lowerPropertyKey(cx, node.key, node.computed);
  const loc = cx.loc(node);
  if (node.type === 'MethodDefinition') {
    const fn = lowerFunctionDef(cx, node.value, {
      name: key.key,
      flavor: METHOD_FLAVOR[node.kind],
      isStatic: node.static,
    });
    // V8's source text of a class method leaves out `static` (`static m() {}` prints `m() {}`).
    fn.sourceText = node.static ? cx.textOf(node).replace(/^static\s*/, '') : cx.textOf(node);
    return { kind: MEMBER_KIND[node.kind], isStatic: node.static, ...key, fn, loc };
  }
  const member: ClassMember = { kind: 'field', isStatic: node.static, ...key, loc };
  const init = node.value;
  if (init) {
    // A field initialiser is NamedEvaluation'd with the field name (spec ClassFieldDefinitionEvaluation).
    member.value = cx.outsideModuleLevel(() => (key.computedKey ? lowerExpr(cx, init) : lowerNamed(cx, init, key.key)));
  }
  return member;
}

/**
 * `static { ... }` (spec 15.7.11 ClassStaticBlockDefinition): a body run once, with `this` the
 * class and `super` its parent, in order among the static fields (ClassDefinitionEvaluation
 * step 31 runs `staticElements` in source order). Like a method body it has its own `var`
 * scope, so it is lowered as a parameterless method; acorn already rejects `await`,
 * `arguments` and `return` in it. V8 names it `<static_initializer>` in stack traces.
 */
function lowerStaticBlock(cx: LowerContext, node: A.StaticBlock): ClassMember {
  const body: A.BlockStatement = { type: 'BlockStatement', body: node.body, start: node.start, end: node.end };
  const asFunction: A.FunctionExpression = {
    type: 'FunctionExpression',
    id: null,
    params: [],
    body,
    expression: false,
    generator: false,
    async: false,
    start: node.start,
    end: node.end,
  };
  if (node.loc) body.loc = asFunction.loc = node.loc;
  const fn = lowerFunctionDef(cx, asFunction, { name: '<static_initializer>', flavor: 'method', isStatic: true });
  return { kind: 'staticBlock', isStatic: true, key: '', fn, loc: cx.loc(node) };
}
