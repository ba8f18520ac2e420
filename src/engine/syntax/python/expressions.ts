/**
 * Python expressions → IR: the dispatcher, names and literals, operators.
 * Displays and comprehensions live in collections.ts, calls/attributes/subscripts in
 * calls.ts, lambdas in functions.ts.
 */
import type { BinaryOperator, CompareOperator, Expr, Loc } from '../../ir/nodes';
import { syntaxError, unsupported } from '../../errors';
import { kids, splitOn, type SyntaxNode } from './cursor';
import type { PyContext } from './context';
import { decodeNumber } from './literals';
import { lowerStringNode } from './strings';
import { lowerCollection, lowerParenthesized } from './collections';
import { lowerCall, lowerMember } from './calls';
import { lowerLambda } from './functions';
import { lowerTarget } from './targets';

type ExprHandler = (cx: PyContext, node: SyntaxNode) => Expr;

const handlers: Record<string, ExprHandler> = {
  VariableName: (cx, n) => ({ kind: 'Name', id: cx.src.textOf(n), loc: cx.src.loc(n) }),
  Number: (cx, n) => decodeNumber(cx.src.textOf(n), cx.src.loc(n)),
  String: lowerStringNode,
  FormatString: lowerStringNode,
  ContinuedString: lowerStringNode,
  Boolean: (cx, n) => ({ kind: 'Bool', value: cx.src.textOf(n) === 'True', loc: cx.src.loc(n) }),
  None: (cx, n) => ({ kind: 'None', loc: cx.src.loc(n) }),
  // `...` evaluates to the Ellipsis singleton, which is also the builtin name `Ellipsis`.
  Ellipsis: (cx, n) => ({ kind: 'Name', id: 'Ellipsis', loc: cx.src.loc(n) }),
  ParenthesizedExpression: lowerParenthesized,
  TupleExpression: lowerCollection,
  ArrayExpression: lowerCollection,
  SetExpression: lowerCollection,
  DictionaryExpression: lowerCollection,
  ComprehensionExpression: lowerCollection,
  ArrayComprehensionExpression: lowerCollection,
  SetComprehensionExpression: lowerCollection,
  DictionaryComprehensionExpression: lowerCollection,
  CallExpression: lowerCall,
  MemberExpression: lowerMember,
  BinaryExpression: lowerBinary,
  UnaryExpression: lowerUnary,
  AwaitExpression: lowerAwait,
  ConditionalExpression: lowerConditional,
  LambdaExpression: lowerLambda,
  NamedExpression: lowerNamed,
  YieldExpression: lowerYield,
};

export function lowerExpr(cx: PyContext, node: SyntaxNode): Expr {
  const handler = handlers[node.name];
  if (handler) return handler(cx, node);
  const pos = cx.src.pos(node.from);
  if (node.name === 'print') {
    throw syntaxError("Missing parentheses in call to 'print'. Did you mean print(...)?", pos);
  }
  throw syntaxError('invalid syntax', pos);
}

/** One element of a comma-separated list: `expr` or `*expr` (Starred). */
export function lowerElement(cx: PyContext, group: SyntaxNode[]): Expr {
  const first = group[0];
  if (!first) throw syntaxError('invalid syntax', { line: 0, col: 0 });
  if (first.name === '*') {
    const operand = group[1];
    if (!operand) throw syntaxError('invalid syntax', cx.src.pos(first.to));
    return { kind: 'Starred', value: lowerExpr(cx, operand), loc: cx.src.locOf(first.from, operand.to) };
  }
  if (group.length > 1) throw syntaxError('invalid syntax', cx.src.pos(group[1]!.from));
  return lowerExpr(cx, first);
}

/**
 * A flat comma-separated expression list (`a, *b, c` in statements, f-string fields,
 * subscripts): one expression, or a Tuple when there is a comma.
 */
export function lowerExprList(cx: PyContext, nodes: SyntaxNode[]): Expr {
  const groups = splitOn(nodes);
  if (groups.length === 1) {
    const only = groups[0]!;
    if (only[0]?.name === '*') {
      throw syntaxError('can\'t use starred expression here', cx.src.pos(only[0].from));
    }
    return lowerElement(cx, only);
  }
  if (groups[groups.length - 1]!.length === 0) groups.pop(); // trailing comma
  const elements = groups.map((g) => lowerElement(cx, g));
  const loc = cx.src.locOf(nodes[0]!.from, nodes[nodes.length - 1]!.to);
  return { kind: 'Tuple', elements, loc };
}

const ARITH: Record<string, BinaryOperator> = {
  '+': '+', '-': '-', '*': '*', '/': '/', '//': '//', '%': '%', '**': '**', '@': '@',
  '<<': '<<', '>>': '>>', '&': '&', '|': '|', '^': '^',
};

const COMPARE: Record<string, CompareOperator> = {
  '<': '<', '>': '>', '<=': '<=', '>=': '>=', '==': '==', '!=': '!=',
};

/** The comparison operator spelled by the operator tokens of a BinaryExpression, if any. */
function compareOp(cx: PyContext, ops: SyntaxNode[]): CompareOperator | undefined {
  const words = ops.map((o) => o.name);
  if (words.length === 1) {
    if (words[0] === 'CompareOp') {
      const text = cx.src.textOf(ops[0]!);
      if (text === '<>') throw syntaxError('invalid syntax', cx.src.pos(ops[0]!.from));
      return COMPARE[text];
    }
    if (words[0] === 'in') return 'in';
    if (words[0] === 'is') return 'is';
    return undefined;
  }
  if (words[0] === 'not' && words[1] === 'in') return 'not in';
  if (words[0] === 'is' && words[1] === 'not') return 'is not';
  return undefined;
}

function lowerBinary(cx: PyContext, node: SyntaxNode): Expr {
  const children = kids(node);
  const leftNode = children[0]!;
  const rightNode = children[children.length - 1]!;
  const ops = children.slice(1, -1);
  const loc = cx.src.loc(node);
  const opName = ops[0]?.name;
  if (opName === 'and' || opName === 'or') return lowerBoolRegion(cx, node);
  if (opName === 'ArithOp' || opName === 'BitOp') {
    if (regionHasAwait(cx, node)) return lowerArithRegion(cx, node);
    const op = ARITH[cx.src.textOf(ops[0]!)];
    if (!op) throw syntaxError('invalid syntax', cx.src.pos(ops[0]!.from));
    return { kind: 'BinOp', op, left: lowerExpr(cx, leftNode), right: lowerExpr(cx, rightNode), loc };
  }
  const cmp = compareOp(cx, ops);
  if (!cmp) throw syntaxError('invalid syntax', cx.src.pos(ops[0]?.from ?? node.from));
  // `a < not b` is not Python (`not` binds looser than comparisons), though Lezer accepts it.
  if (isNot(rightNode)) throw syntaxError('invalid syntax', cx.src.pos(rightNode.from));
  // `a < b < c` arrives left-nested; an unparenthesised comparison on the left joins the chain.
  const left = lowerExpr(cx, leftNode);
  const right = lowerExpr(cx, rightNode);
  if (left.kind === 'Compare' && leftNode.name === 'BinaryExpression') {
    return { kind: 'Compare', left: left.left, ops: [...left.ops, cmp], comparators: [...left.comparators, right], loc };
  }
  return { kind: 'Compare', left, ops: [cmp], comparators: [right], loc };
}

function isNot(node: SyntaxNode): boolean {
  return node.name === 'UnaryExpression' && node.firstChild?.name === 'not';
}

function isAndOr(node: SyntaxNode): boolean {
  if (node.name !== 'BinaryExpression') return false;
  const op = kids(node)[1]?.name;
  return op === 'and' || op === 'or';
}

type BoolToken = { op: 'and' | 'or' | 'not'; node: SyntaxNode } | { operand: SyntaxNode };

/**
 * `not`, `and`, `or` as CPython parses them (Grammar/python.gram: disjunction →
 * conjunction → inversion → comparison). Lezer's `not` takes a whole `testInner`, so
 * `not a and b` arrives as `not (a and b)`; the region of unparenthesised and/or/not
 * nodes is flattened back to tokens and re-parsed with the real precedence.
 */
function lowerBoolRegion(cx: PyContext, root: SyntaxNode): Expr {
  const tokens: BoolToken[] = [];
  const collect = (node: SyntaxNode): void => {
    if (isAndOr(node)) {
      const [left, op, right] = kids(node);
      collect(left!);
      tokens.push({ op: op!.name as 'and' | 'or', node: op! });
      collect(right!);
    } else if (isNot(node)) {
      const [op, operand] = kids(node);
      tokens.push({ op: 'not', node: op! });
      if (!operand) throw syntaxError('invalid syntax', cx.src.pos(node.to));
      collect(operand);
    } else {
      tokens.push({ operand: node });
    }
  };
  collect(root);
  let i = 0;
  const span = (a: Loc, b: Loc): Loc => ({ line: a.line, col: a.col, endLine: b.endLine, endCol: b.endCol });
  const peek = (op: string): boolean => {
    const t = tokens[i];
    return t !== undefined && 'op' in t && t.op === op;
  };
  const parseNot = (): Expr => {
    const t = tokens[i++]!;
    if ('operand' in t) return lowerExpr(cx, t.operand);
    if (t.op !== 'not') throw syntaxError('invalid syntax', cx.src.pos(t.node.from));
    const operand = parseNot();
    return { kind: 'Unary', op: 'not', operand, loc: span(cx.src.loc(t.node), operand.loc) };
  };
  const parseAnd = (): Expr => {
    let left = parseNot();
    while (peek('and')) {
      i++;
      const right = parseNot();
      left = { kind: 'Logical', op: 'and', left, right, loc: span(left.loc, right.loc) };
    }
    return left;
  };
  let result = parseAnd();
  while (peek('or')) {
    i++;
    const right = parseAnd();
    result = { kind: 'Logical', op: 'or', left: result, right, loc: span(result.loc, right.loc) };
  }
  return result;
}

function lowerUnary(cx: PyContext, node: SyntaxNode): Expr {
  if (isNot(node)) return lowerBoolRegion(cx, node);
  if (regionHasAwait(cx, node)) return lowerArithRegion(cx, node);
  const [opNode, operandNode] = kids(node);
  const loc = cx.src.loc(node);
  const text = opNode!.name === 'not' ? 'not' : cx.src.textOf(opNode!);
  if (text !== 'not' && text !== '-' && text !== '+' && text !== '~') {
    throw syntaxError('invalid syntax', cx.src.pos(opNode!.from));
  }
  return { kind: 'Unary', op: text, operand: lowerExpr(cx, operandNode!), loc };
}

function lowerAwait(cx: PyContext, node: SyntaxNode): Expr {
  return lowerArithRegion(cx, node);
}

type ArithToken =
  | { pre: '-' | '+' | '~' | 'await'; node: SyntaxNode }
  | { bin: BinaryOperator; node: SyntaxNode }
  | { operand: SyntaxNode };

/** Binding powers of Grammar/python.gram's binary levels (`**` is handled by `power`). */
const BIN_PREC: Partial<Record<BinaryOperator, number>> = {
  '|': 1, '^': 2, '&': 3, '<<': 4, '>>': 4, '+': 5, '-': 5, '*': 6, '@': 6, '/': 6, '//': 6, '%': 6,
};

function isArithBinary(cx: PyContext, node: SyntaxNode): boolean {
  if (node.name !== 'BinaryExpression') return false;
  const op = kids(node)[1];
  return !!op && (op.name === 'ArithOp' || op.name === 'BitOp') && ARITH[cx.src.textOf(op)] !== undefined;
}

function isArithUnary(node: SyntaxNode): boolean {
  return node.name === 'UnaryExpression' && !isNot(node);
}

function regionHasAwait(cx: PyContext, node: SyntaxNode): boolean {
  if (node.name === 'AwaitExpression') return true;
  if (isArithBinary(cx, node)) return kids(node).some((k) => k.name !== 'ArithOp' && k.name !== 'BitOp' && regionHasAwait(cx, k));
  if (isArithUnary(node)) return regionHasAwait(cx, kids(node)[1]!);
  return false;
}

/**
 * `await` binds to a primary (Grammar/python.gram `await_primary: 'await' primary`), but
 * Lezer's AwaitExpression takes a whole arithmetic expression: `await a + b` arrives as
 * `await (a + b)`, and `-await a * b` as `-(await (a * b))`. A region of unparenthesised
 * arithmetic holding an await is flattened back to tokens and re-parsed with CPython's
 * levels: binary operators, then `factor: ('+'|'-'|'~') factor | power`,
 * `power: await_primary ['**' factor]`.
 */
function lowerArithRegion(cx: PyContext, root: SyntaxNode): Expr {
  const tokens: ArithToken[] = [];
  const collect = (node: SyntaxNode): void => {
    if (isArithBinary(cx, node)) {
      const children = kids(node);
      collect(children[0]!);
      tokens.push({ bin: ARITH[cx.src.textOf(children[1]!)]!, node: children[1]! });
      collect(children[children.length - 1]!);
    } else if (isArithUnary(node) || node.name === 'AwaitExpression') {
      const [op, operand] = kids(node);
      const pre = node.name === 'AwaitExpression' ? 'await' : (cx.src.textOf(op!) as '-' | '+' | '~');
      tokens.push({ pre, node: op! });
      if (!operand) throw syntaxError('invalid syntax', cx.src.pos(node.to));
      collect(operand);
    } else {
      tokens.push({ operand: node });
    }
  };
  collect(root);
  let i = 0;
  const span = (from: Loc, to: Loc): Loc => ({ line: from.line, col: from.col, endLine: to.endLine, endCol: to.endCol });
  const fail = (): never => {
    const t = tokens[i] ?? tokens[tokens.length - 1]!;
    throw syntaxError('invalid syntax', cx.src.pos('operand' in t ? t.operand.from : t.node.from));
  };
  const awaitPrimary = (): Expr => {
    const t = tokens[i];
    if (t && 'pre' in t && t.pre === 'await') {
      i++;
      const operand = tokens[i];
      if (!operand || !('operand' in operand)) return fail();
      i++;
      const loc = span(cx.src.loc(t.node), cx.src.loc(operand.operand));
      cx.noteAwait(loc, 'await');
      return { kind: 'Await', value: lowerExpr(cx, operand.operand), loc };
    }
    if (t && 'operand' in t) {
      i++;
      return lowerExpr(cx, t.operand);
    }
    return fail();
  };
  const factor = (): Expr => {
    const t = tokens[i];
    if (t && 'pre' in t && t.pre !== 'await') {
      i++;
      const operand = factor();
      return { kind: 'Unary', op: t.pre, operand, loc: span(cx.src.loc(t.node), operand.loc) };
    }
    const base = awaitPrimary();
    const next = tokens[i];
    if (next && 'bin' in next && next.bin === '**') {
      i++;
      const exponent = factor();
      return { kind: 'BinOp', op: '**', left: base, right: exponent, loc: span(base.loc, exponent.loc) };
    }
    return base;
  };
  const binary = (minPrec: number): Expr => {
    let left = factor();
    for (;;) {
      const t = tokens[i];
      if (!t || !('bin' in t)) break;
      const prec = BIN_PREC[t.bin];
      if (prec === undefined || prec < minPrec) break;
      i++;
      const right = binary(prec + 1);
      left = { kind: 'BinOp', op: t.bin, left, right, loc: span(left.loc, right.loc) };
    }
    return left;
  };
  const result = binary(1);
  if (i < tokens.length) fail();
  return result;
}

function lowerConditional(cx: PyContext, node: SyntaxNode): Expr {
  const c = kids(node);
  // then `if` test `else` other
  return {
    kind: 'Cond',
    then: lowerExpr(cx, c[0]!),
    test: lowerExpr(cx, c[2]!),
    else: lowerExpr(cx, c[4]!),
    loc: cx.src.loc(node),
  };
}

function lowerNamed(cx: PyContext, node: SyntaxNode): Expr {
  const c = kids(node);
  const loc = cx.src.loc(node);
  if (c[0]!.name !== 'VariableName') {
    throw syntaxError(`cannot use assignment expressions with ${describe(c[0]!)}`, cx.src.pos(c[0]!.from));
  }
  return { kind: 'AssignExpr', op: '=', target: lowerTarget(cx, c[0]!), value: lowerExpr(cx, c[2]!), loc };
}

/** `yield`, `yield a, b`, `yield from x` (as an expression or a statement). */
export function lowerYield(cx: PyContext, node: SyntaxNode): Expr {
  const loc = cx.src.loc(node);
  cx.noteYield(loc);
  // A bare `yield` parses with an empty error node after the keyword (see syntax-errors.ts).
  const c = kids(node).filter((k) => !k.type.isError);
  if (c[1]?.name === 'from') {
    return { kind: 'Yield', value: lowerExpr(cx, c[2]!), delegate: true, loc };
  }
  const rest = c.slice(1);
  if (rest.length === 0) return { kind: 'Yield', delegate: false, loc };
  return { kind: 'Yield', value: lowerExprList(cx, rest), delegate: false, loc };
}

/** CPython's noun for an expression in "cannot assign to ..." messages. */
export function describe(node: SyntaxNode): string {
  switch (node.name) {
    case 'CallExpression':
      return 'function call';
    case 'Number':
    case 'String':
    case 'FormatString':
    case 'ContinuedString':
    case 'Boolean':
    case 'None':
    case 'Ellipsis':
      return node.name === 'FormatString' ? 'f-string expression' : 'literal';
    case 'LambdaExpression':
      return 'lambda';
    case 'ConditionalExpression':
      return 'conditional expression';
    case 'AwaitExpression':
      return 'await expression';
    case 'NamedExpression':
      return 'named expression';
    case 'ComprehensionExpression':
      return 'generator expression';
    case 'ArrayComprehensionExpression':
      return 'list comprehension';
    case 'SetComprehensionExpression':
      return 'set comprehension';
    case 'DictionaryComprehensionExpression':
      return 'dict comprehension';
    case 'DictionaryExpression':
      return 'dict literal';
    case 'SetExpression':
      return 'set display';
    case 'MemberExpression':
      return 'attribute';
    case 'TupleExpression':
      return 'tuple';
    default:
      return 'expression';
  }
}

export function unsupportedAt(cx: PyContext, what: string, loc: Loc | SyntaxNode): never {
  const pos = 'line' in loc ? { line: loc.line, col: loc.col } : cx.src.pos(loc.from);
  throw unsupported(what, pos);
}
