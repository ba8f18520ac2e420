/**
 * `def` / `async def`, `lambda`, parameter lists, decorators and `class`.
 *
 * Evaluation-scope facts this file encodes (Language Reference §8.7, §8.8):
 * decorators, defaults and base classes are evaluated in the enclosing scope, so they
 * are lowered before the new scope is entered; annotations are dropped (they never
 * affect scheduling, and CPython 3.14 evaluates them lazily anyway).
 */
import type { Arg, ClassAnnotation, ClassDef, Expr, FunctionDef, Param, ParamKind, Stmt } from '../../ir/nodes';
import { syntaxError, unsupported } from '../../errors';
import { kids, type SyntaxNode } from './cursor';
import type { PyContext } from './context';
import { lowerExpr } from './expressions';
import { lowerArgs } from './calls';
import { lowerBody } from './statements';
import { manglePrivateNames } from './mangle';

/** A FunctionDefinition or ClassDefinition, optionally under decorators → FunctionDecl / ClassDecl. */
export function lowerDefinition(cx: PyContext, def: SyntaxNode, decoratorNodes: SyntaxNode[], declNode: SyntaxNode): Stmt {
  const decorators = decoratorNodes.map((d) => lowerDecorator(cx, d));
  const loc = cx.src.loc(declNode);
  if (def.name === 'ClassDefinition') return { kind: 'ClassDecl', cls: lowerClass(cx, def, decorators), loc };
  return { kind: 'FunctionDecl', fn: lowerFunction(cx, def, decorators), loc };
}

/** `@a.b(args)`: Lezer's grammar allows dotted names with an optional call. */
function lowerDecorator(cx: PyContext, node: SyntaxNode): Expr {
  const children = kids(node).slice(1); // drop `@`
  let expr: Expr | undefined;
  for (const c of children) {
    if (c.name === 'VariableName') {
      const loc = cx.src.locOf(children[0]!.from, c.to);
      const id = cx.src.textOf(c);
      expr = expr ? { kind: 'Member', object: expr, property: id, loc } : { kind: 'Name', id, loc };
    } else if (c.name === 'ArgList' && expr) {
      expr = { kind: 'Call', callee: expr, args: lowerArgs(cx, c), loc: cx.src.locOf(children[0]!.from, c.to) };
    } else if (c.name !== '.') {
      throw syntaxError('invalid syntax', cx.src.pos(c.from));
    }
  }
  if (!expr) throw syntaxError('invalid syntax', cx.src.pos(node.from));
  return expr;
}

function lowerFunction(cx: PyContext, node: SyntaxNode, decorators: Expr[]): FunctionDef {
  const children = kids(node);
  const isAsync = children[0]!.name === 'async';
  const nameNode = children.find((c) => c.name === 'VariableName')!;
  const typeParams = children.find((c) => c.name === 'TypeParamList');
  if (typeParams) throw unsupported('type parameter lists (def f[T]())', cx.src.pos(typeParams.from));
  const paramList = children.find((c) => c.name === 'ParamList')!;
  const body = children.find((c) => c.name === 'Body')!;
  const name = cx.src.textOf(nameNode);
  const params = lowerParams(cx, paramList, paramList.from + 1, paramList.to - 1);
  const fn: FunctionDef = {
    kind: 'FunctionDef',
    lang: 'py',
    name,
    qualname: cx.childQualname(name, 'function'),
    params,
    body: [],
    isAsync,
    isGenerator: false,
    flavor: 'def',
    decorators,
    loc: cx.src.loc(node),
  };
  cx.within({ kind: 'function', qualname: fn.qualname, isAsync, fn }, () => {
    fn.body = lowerBody(cx, body);
    const returnAt = cx.scope.firstReturnWithValue;
    if (isAsync && fn.isGenerator && returnAt) throw syntaxError("'return' with value in async generator", returnAt);
  });
  return fn;
}

export function lowerLambda(cx: PyContext, node: SyntaxNode): Expr {
  const children = kids(node);
  const paramList = children.find((c) => c.name === 'ParamList');
  const colon = children.find((c) => c.name === ':')!;
  const bodyNode = children[children.length - 1]!;
  const from = paramList ? paramList.from : colon.from;
  const to = paramList ? paramList.to : colon.from;
  const params = paramList ? lowerParams(cx, paramList, from, to) : [];
  const loc = cx.src.loc(node);
  const fn: FunctionDef = {
    kind: 'FunctionDef',
    lang: 'py',
    name: '',
    qualname: cx.childQualname('<lambda>', 'lambda'),
    params,
    body: [],
    isAsync: false,
    isGenerator: false,
    flavor: 'lambda',
    decorators: [],
    loc,
  };
  cx.within({ kind: 'lambda', qualname: fn.qualname, isAsync: false, fn }, () => {
    const value = lowerExpr(cx, bodyNode);
    fn.body = [{ kind: 'Return', value, loc: cx.src.loc(bodyNode) }];
  });
  return { kind: 'FunctionExpr', fn, loc };
}

interface ParamGroup {
  nodes: SyntaxNode[];
  from: number;
  to: number;
}

/** Split the parameter tokens on commas, remembering each group's source span (`/` is not a tree node). */
function paramGroups(children: SyntaxNode[], from: number, to: number): ParamGroup[] {
  const groups: ParamGroup[] = [];
  let current: ParamGroup = { nodes: [], from, to };
  for (const c of children) {
    if (c.name === '(' || c.name === ')') continue;
    if (c.name === ',') {
      current.to = c.from;
      groups.push(current);
      current = { nodes: [], from: c.to, to };
    } else {
      current.nodes.push(c);
    }
  }
  groups.push(current);
  return groups;
}

/** Python parameter lists (Language Reference §8.7, PEP 570 `/`, PEP 3102 bare `*`). */
function lowerParams(cx: PyContext, list: SyntaxNode, from: number, to: number): Param[] {
  const groups = paramGroups(kids(list), from, to);
  const params: Param[] = [];
  let afterStar = false;
  let sawDefault = false;
  let bareStarAt = -1;
  const seen = new Set<string>();
  const add = (name: SyntaxNode, kind: ParamKind, dflt?: Expr): void => {
    const id = cx.src.textOf(name);
    if (seen.has(id)) throw syntaxError(`duplicate argument '${id}' in function definition`, cx.src.pos(name.from));
    seen.add(id);
    const p: Param = { name: id, kind, loc: cx.src.loc(name) };
    if (dflt) p.default = dflt;
    params.push(p);
  };
  groups.forEach((g, index) => {
    // Lambda parameter lists hold `/` as an error node (see syntax-errors.ts).
    const first = g.nodes[0]?.type.isError ? undefined : g.nodes[0];
    if (!first) {
      const text = cx.src.slice(g.from, g.to).trim();
      if (text === '/') {
        if (afterStar || params.length === 0)
          throw syntaxError('/ must be ahead of *', cx.src.pos(g.from + cx.src.slice(g.from, g.to).indexOf('/')));
        for (const p of params) if (p.kind === 'normal') p.kind = 'posonly';
        return;
      }
      if (text === '' && index === groups.length - 1) return; // trailing comma or empty list
      throw syntaxError('invalid syntax', cx.src.pos(g.from));
    }
    if (first.name === '*') {
      if (afterStar) throw syntaxError('* argument may appear only once', cx.src.pos(first.from));
      afterStar = true;
      const name = g.nodes[1];
      if (name?.name === 'VariableName') add(name, 'varargs');
      else bareStarAt = first.from;
      return;
    }
    if (first.name === '**') {
      add(g.nodes[1]!, 'kwargs');
      return;
    }
    if (first.name !== 'VariableName') throw syntaxError('invalid syntax', cx.src.pos(first.from));
    const eq = g.nodes.findIndex((n) => n.name === 'AssignOp');
    const dflt = eq >= 0 ? lowerExpr(cx, g.nodes[eq + 1]!) : undefined;
    if (afterStar) {
      add(first, 'kwonly', dflt);
      bareStarAt = -1;
      return;
    }
    if (dflt) sawDefault = true;
    else if (sawDefault) {
      throw syntaxError('parameter without a default follows parameter with a default', cx.src.pos(first.from));
    }
    add(first, 'normal', dflt);
  });
  const kwargsAt = params.findIndex((p) => p.kind === 'kwargs');
  if (kwargsAt >= 0 && kwargsAt !== params.length - 1) {
    throw syntaxError('arguments cannot follow var-keyword argument', {
      line: params[kwargsAt + 1]!.loc.line,
      col: params[kwargsAt + 1]!.loc.col,
    });
  }
  if (bareStarAt >= 0) throw syntaxError('named arguments must follow bare *', cx.src.pos(bareStarAt));
  return params;
}

function lowerClass(cx: PyContext, node: SyntaxNode, decorators: Expr[]): ClassDef {
  const children = kids(node);
  const nameNode = children.find((c) => c.name === 'VariableName')!;
  const typeParams = children.find((c) => c.name === 'TypeParamList');
  if (typeParams) throw unsupported('type parameter lists (class C[T])', cx.src.pos(typeParams.from));
  const argList = children.find((c) => c.name === 'ArgList');
  const body = children.find((c) => c.name === 'Body')!;
  const bases: Expr[] = [];
  const keywords: Arg[] = [];
  if (argList) {
    for (const arg of lowerArgs(cx, argList)) {
      if (arg.kind === 'kw' && arg.name === 'metaclass') throw unsupported('metaclasses (metaclass=...)', cx.src.pos(argList.from));
      if (arg.kind === 'kw' || arg.kind === 'starstar') keywords.push(arg);
      else if (arg.kind === 'star') throw unsupported('starred base classes', cx.src.pos(argList.from));
      else bases.push(arg.value);
    }
  }
  const name = cx.src.textOf(nameNode);
  const cls: ClassDef = {
    kind: 'ClassDef',
    lang: 'py',
    name,
    qualname: cx.childQualname(name, 'class'),
    bases,
    decorators,
    body: [],
    members: [],
    loc: cx.src.loc(node),
  };
  const annotations: ClassAnnotation[] = [];
  cx.within({ kind: 'class', qualname: cls.qualname, isAsync: false, annotations }, () => {
    cls.body = lowerBody(cx, body);
  });
  if (annotations.length > 0) cls.annotations = annotations;
  if (keywords.length > 0) cls.keywords = keywords;
  manglePrivateNames(cls);
  return cls;
}
