/**
 * Calls, attribute access, subscripts and slices.
 *
 * - Argument order rules are CPython's (Grammar/python.gram `args`, and the messages of
 *   Parser/pegen_errors / action_helpers): positional after keyword, `*` after `**`.
 * - Zero-argument `super().name` becomes SuperMember (the runtime binds it to the
 *   enclosing class and first parameter, as CPython's `__class__` cell does).
 * - `1.` is a float literal in Python, but the grammar's Number token requires a digit
 *   after the dot, so Lezer sees `1` `.` <missing name>; that shape is rebuilt here
 *   (syntax-errors.ts does not report its error node).
 */
import { checkCaller, checkSubscript } from './compile-warnings';
import type { Arg, Expr } from '../../ir/nodes';
import { syntaxError } from '../../errors';
import { kids, splitOn, stripBrackets, type SyntaxNode } from './cursor';
import type { PyContext } from './context';
import { lowerExpr, lowerElement } from './expressions';
import { lowerGeneratorArgument } from './collections';
import { decodeNumber } from './literals';

export function lowerCall(cx: PyContext, node: SyntaxNode): Expr {
  const [calleeNode, argList] = kids(node);
  const callee = lowerExpr(cx, calleeNode!);
  checkCaller(cx, callee, cx.src.pos(calleeNode!.from));
  return { kind: 'Call', callee, args: lowerArgs(cx, argList!), loc: cx.src.loc(node) };
}

/** Split an ArgList's children into arguments; a generator-expression argument keeps its commas. */
function argGroups(inner: SyntaxNode[]): SyntaxNode[][] {
  const forAt = inner.findIndex((n) => n.name === 'for');
  if (forAt < 0) return splitOn(inner);
  let start = forAt;
  while (start > 0 && inner[start - 1]!.name !== ',') start--;
  const before = start > 0 ? splitOn(inner.slice(0, start - 1)) : [];
  let tail = inner.slice(start);
  if (tail[tail.length - 1]?.name === ',') tail = tail.slice(0, -1);
  return [...before, tail];
}

export function lowerArgs(cx: PyContext, argList: SyntaxNode): Arg[] {
  const inner = stripBrackets(kids(argList));
  const groups = argGroups(inner);
  if (groups[groups.length - 1]!.length === 0) groups.pop();
  const args: Arg[] = [];
  let sawKeyword = false;
  let sawDoubleStar = false;
  for (const g of groups) {
    const first = g[0];
    if (!first) throw syntaxError('invalid syntax', cx.src.pos(argList.from));
    const pos = cx.src.pos(first.from);
    if (first.name === '**') {
      sawDoubleStar = true;
      args.push({ kind: 'starstar', value: lowerExpr(cx, g[1]!) });
    } else if (first.name === '*') {
      if (sawDoubleStar) throw syntaxError('iterable argument unpacking follows keyword argument unpacking', pos);
      args.push({ kind: 'star', value: lowerExpr(cx, g[1]!) });
    } else if (g[1]?.name === 'AssignOp' && cx.src.textOf(g[1]) === '=' && g.length === 3) {
      if (first.name !== 'VariableName') throw syntaxError('expression cannot contain assignment, perhaps you meant "=="?', pos);
      sawKeyword = true;
      const name = cx.src.textOf(first);
      if (args.some((a) => a.kind === 'kw' && a.name === name)) throw syntaxError(`keyword argument repeated: ${name}`, pos);
      args.push({ kind: 'kw', name, value: lowerExpr(cx, g[2]!) });
    } else {
      if (sawDoubleStar) throw syntaxError('positional argument follows keyword argument unpacking', pos);
      if (sawKeyword) throw syntaxError('positional argument follows keyword argument', pos);
      args.push({ kind: 'pos', value: lowerPositional(cx, g, groups.length) });
    }
  }
  return args;
}

function lowerPositional(cx: PyContext, g: SyntaxNode[], argCount: number): Expr {
  if (g.some((n) => n.name === 'for')) {
    if (argCount > 1) throw syntaxError('Generator expression must be parenthesized', cx.src.pos(g[0]!.from));
    return lowerGeneratorArgument(cx, g);
  }
  if (g[1]?.name === 'AssignOp') {
    // `f(x := 1)`: a walrus as a positional argument.
    const target = g[0]!;
    if (target.name !== 'VariableName') throw syntaxError('invalid syntax', cx.src.pos(target.from));
    return {
      kind: 'AssignExpr',
      op: '=',
      target: { kind: 'Name', id: cx.src.textOf(target), loc: cx.src.loc(target) },
      value: lowerExpr(cx, g[2]!),
      loc: cx.src.locOf(target.from, g[2]!.to),
    };
  }
  return lowerElement(cx, g);
}

export function lowerMember(cx: PyContext, node: SyntaxNode): Expr {
  const children = kids(node);
  const objectNode = children[0]!;
  const loc = cx.src.loc(node);
  if (children[1]?.name === '.') {
    const propNode = children[2];
    if (!propNode || propNode.name !== 'PropertyName') {
      const float = trailingDotFloat(cx, objectNode, children[1]);
      if (float) return float;
      throw syntaxError('invalid syntax', cx.src.pos(children[1].to));
    }
    const property = cx.src.textOf(propNode);
    const adjacentNumber = objectNode.name === 'Number' && objectNode.to === children[1].from && propNode.from === children[1].to;
    if (adjacentNumber && /^[0-9][0-9_]*$/.test(cx.src.textOf(objectNode))) {
      // `1.e5` is a float the grammar splits as `1` `.` `e5`; `1.attr` is not Python.
      if (/^[eE][0-9_]+$/.test(property)) return decodeNumber(cx.src.textOf(node), loc);
      throw syntaxError('invalid decimal literal', cx.src.pos(objectNode.from));
    }
    if (isZeroArgSuper(cx, objectNode)) return { kind: 'SuperMember', property, loc };
    return { kind: 'Member', object: lowerExpr(cx, objectNode), property, loc };
  }
  const object = lowerExpr(cx, objectNode);
  const index = lowerSubscript(cx, children.slice(1), node);
  checkSubscript(cx, object, index, cx.src.pos(objectNode.from));
  return { kind: 'Index', object, index, loc };
}

/** `1.` (Number, adjacent `.`, nothing after): the float literal Lezer cannot tokenize. */
export function trailingDotFloat(cx: PyContext, objectNode: SyntaxNode, dot: SyntaxNode): Expr | undefined {
  if (objectNode.name !== 'Number' || dot.from !== objectNode.to) return undefined;
  const digits = cx.src.textOf(objectNode);
  if (!/^[0-9][0-9_]*$/.test(digits)) return undefined;
  return decodeNumber(digits + '.', cx.src.locOf(objectNode.from, dot.to));
}

function isZeroArgSuper(cx: PyContext, node: SyntaxNode): boolean {
  if (node.name !== 'CallExpression') return false;
  const [callee, argList] = kids(node);
  if (callee?.name !== 'VariableName' || cx.src.textOf(callee) !== 'super') return false;
  return stripBrackets(kids(argList!)).length === 0;
}

/** `[` items `]`: one index, a Slice, or a Tuple of them (`a[i, j]`, `a[1:2, ::3]`). */
function lowerSubscript(cx: PyContext, bracketed: SyntaxNode[], node: SyntaxNode): Expr {
  const open = bracketed[0]!;
  const inner = stripBrackets(bracketed);
  const groups = splitOn(inner);
  const trailingComma = groups.length > 1 && groups[groups.length - 1]!.length === 0;
  if (trailingComma) groups.pop();
  const items = groups.map((g) => {
    if (g.length === 0) throw syntaxError('invalid syntax', cx.src.pos(open.to));
    return g.some((n) => n.name === ':') ? lowerSlice(cx, g) : lowerElement(cx, g);
  });
  if (items.length === 1 && !trailingComma) return items[0]!;
  return { kind: 'Tuple', elements: items, loc: cx.src.locOf(open.to, bracketed[bracketed.length - 1]!.from) };
}

function lowerSlice(cx: PyContext, g: SyntaxNode[]): Expr {
  const parts = splitOn(g, ':');
  const part = (i: number): Expr | undefined => {
    const p = parts[i];
    return p && p.length > 0 ? lowerExpr(cx, p[0]!) : undefined;
  };
  const slice: Expr = { kind: 'Slice', loc: cx.src.locOf(g[0]!.from, g[g.length - 1]!.to) };
  const lower = part(0);
  const upper = part(1);
  const step = part(2);
  if (lower) slice.lower = lower;
  if (upper) slice.upper = upper;
  if (step) slice.step = step;
  return slice;
}
