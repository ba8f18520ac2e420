/**
 * Parenthesised expressions, displays (tuple/list/set/dict) and comprehensions.
 *
 * Comprehension scoping follows CPython 3.12+: list/set/dict comprehensions are inlined
 * into the enclosing scope (PEP 709), generator expressions are their own scope named
 * `<genexpr>`; in both, the first iterable is evaluated in the enclosing scope
 * (Language Reference §6.2.4), so it is lowered outside the genexpr scope.
 */
import type { ComprehensionFor, Expr, Loc } from '../../ir/nodes';
import { syntaxError } from '../../errors';
import { kids, splitOn, stripBrackets, type SyntaxNode } from './cursor';
import type { PyContext } from './context';
import { lowerElement, lowerExpr, lowerExprList, lowerYield } from './expressions';
import { lowerTargetList } from './targets';

export function lowerParenthesized(cx: PyContext, node: SyntaxNode): Expr {
  const inner = stripBrackets(kids(node));
  const first = inner[0];
  if (!first) return { kind: 'Tuple', elements: [], loc: cx.src.loc(node) };
  if (first.name === '*') throw syntaxError('cannot use starred expression here', cx.src.pos(first.from));
  if (first.name === 'YieldExpression') return lowerYield(cx, first);
  return lowerExpr(cx, first);
}

const DISPLAY = {
  TupleExpression: 'Tuple',
  ArrayExpression: 'List',
  SetExpression: 'Set',
} as const;

const COMPREHENSION = {
  ComprehensionExpression: 'generator',
  ArrayComprehensionExpression: 'list',
  SetComprehensionExpression: 'set',
  DictionaryComprehensionExpression: 'dict',
} as const;

export function lowerCollection(cx: PyContext, node: SyntaxNode): Expr {
  const loc = cx.src.loc(node);
  const inner = stripBrackets(kids(node));
  if (node.name in DISPLAY) {
    const kind = DISPLAY[node.name as keyof typeof DISPLAY];
    const groups = splitOn(inner);
    if (groups[groups.length - 1]!.length === 0) groups.pop();
    return { kind, elements: groups.map((g) => lowerElement(cx, g)), loc };
  }
  if (node.name === 'DictionaryExpression') {
    const groups = splitOn(inner);
    if (groups[groups.length - 1]!.length === 0) groups.pop();
    return { kind: 'Dict', entries: groups.map((g) => dictEntry(cx, g)), loc };
  }
  const type = COMPREHENSION[node.name as keyof typeof COMPREHENSION];
  if (!type) throw syntaxError('invalid syntax', cx.src.pos(node.from));
  return lowerComprehension(cx, type, inner, loc);
}

function dictEntry(cx: PyContext, group: SyntaxNode[]): { key?: Expr; value: Expr } {
  if (group[0]?.name === '**') {
    return { value: lowerExpr(cx, group[1]!) };
  }
  if (group.length !== 3 || group[1]!.name !== ':') {
    throw syntaxError("':' expected after dictionary key", cx.src.pos(group[0]?.from ?? 0));
  }
  return { key: lowerExpr(cx, group[0]!), value: lowerExpr(cx, group[2]!) };
}

interface Clause {
  isAsync: boolean;
  targets: SyntaxNode[];
  iter: SyntaxNode;
  ifs: SyntaxNode[];
  loc: Loc;
}

/** Split `elt for a in b if c async for d in e` into the element nodes and the clauses. */
function splitClauses(cx: PyContext, inner: SyntaxNode[]): { elt: SyntaxNode[]; clauses: Clause[] } {
  let i = 0;
  while (i < inner.length && inner[i]!.name !== 'for' && inner[i]!.name !== 'async') i++;
  const elt = inner.slice(0, i);
  const clauses: Clause[] = [];
  while (i < inner.length) {
    const start = inner[i]!;
    const isAsync = start.name === 'async';
    if (isAsync) i++;
    i++; // `for`
    const targets: SyntaxNode[] = [];
    while (i < inner.length && inner[i]!.name !== 'in') targets.push(inner[i++]!);
    i++; // `in`
    const iter = inner[i++];
    if (!iter) throw syntaxError('invalid syntax', cx.src.pos(start.from));
    const ifs: SyntaxNode[] = [];
    while (inner[i]?.name === 'if') {
      ifs.push(inner[i + 1]!);
      i += 2;
    }
    clauses.push({ isAsync, targets, iter, ifs, loc: cx.src.locOf(start.from, inner[i - 1]!.to) });
  }
  return { elt, clauses };
}

function lowerComprehension(cx: PyContext, type: 'list' | 'set' | 'dict' | 'generator', inner: SyntaxNode[], loc: Loc): Expr {
  const { elt, clauses } = splitClauses(cx, inner);
  if (elt[0]?.name === '*' || elt[0]?.name === '**') {
    const what =
      type === 'dict' ? 'dict unpacking cannot be used in dict comprehension' : 'iterable unpacking cannot be used in comprehension';
    throw syntaxError(what, cx.src.pos(elt[0].from));
  }
  // The first iterable belongs to the enclosing scope.
  const firstIter = lowerExpr(cx, clauses[0]!.iter);
  const lowerRest = (): Expr => {
    const generators: ComprehensionFor[] = clauses.map((c, index) => {
      if (c.isAsync) cx.noteAwait(c.loc, 'async comprehension');
      const target = lowerTargetList(cx, c.targets);
      return {
        target,
        iter: index === 0 ? firstIter : lowerExpr(cx, c.iter),
        ifs: c.ifs.map((n) => lowerExpr(cx, n)),
        isAsync: c.isAsync,
      };
    });
    if (type === 'dict') {
      // Python 3.8+: the key is evaluated before the value.
      const key = lowerExpr(cx, elt[0]!);
      const value = lowerExpr(cx, elt[2]!);
      return { kind: 'Comprehension', type, key, elt: value, generators, loc };
    }
    return { kind: 'Comprehension', type, elt: lowerExprList(cx, elt), generators, loc };
  };
  if (type === 'generator') {
    return cx.within({ kind: 'genexpr', qualname: cx.childQualname('<genexpr>', 'genexpr'), isAsync: false }, lowerRest);
  }
  return cx.inComprehension(loc, type, lowerRest);
}

/** `f(x for x in xs)`: the sole, unparenthesised generator-expression argument of a call. */
export function lowerGeneratorArgument(cx: PyContext, nodes: SyntaxNode[]): Expr {
  const loc = cx.src.locOf(nodes[0]!.from, nodes[nodes.length - 1]!.to);
  return lowerComprehension(cx, 'generator', nodes, loc);
}
