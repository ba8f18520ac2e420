/**
 * Operator precedence that `@lezer/python` gets wrong, restored to CPython's
 * (Grammar/python.gram). Two prefix keywords are greedy in the Lezer grammar:
 *  - `not` takes a whole `testInner`, so `not a and b` arrives as `not (a and b)`;
 *  - `await` takes a whole arithmetic expression, so `await a + b` arrives as
 *    `await (a + b)` (and `-await a * b` as `-(await (a * b))`).
 * In both cases the affected region of unparenthesised operators is flattened back to
 * tokens in source order and re-parsed with the real binding powers; operands (anything
 * else, including parenthesised expressions) are lowered as usual.
 */
import type { BinaryOperator, Expr, Loc } from '../../ir/nodes';
import { syntaxError } from '../../errors';
import { kids, type SyntaxNode } from './cursor';
import type { PyContext } from './context';
import { ARITH, lowerExpr } from './expressions';

export function isNot(node: SyntaxNode): boolean {
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
export function lowerBoolRegion(cx: PyContext, root: SyntaxNode): Expr {
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

type ArithToken =
  { pre: '-' | '+' | '~' | 'await'; node: SyntaxNode } | { bin: BinaryOperator; node: SyntaxNode } | { operand: SyntaxNode };

/** Binding powers of Grammar/python.gram's binary levels (`**` is handled by `power`). */
const BIN_PREC: Partial<Record<BinaryOperator, number>> = {
  '|': 1,
  '^': 2,
  '&': 3,
  '<<': 4,
  '>>': 4,
  '+': 5,
  '-': 5,
  '*': 6,
  '@': 6,
  '/': 6,
  '//': 6,
  '%': 6,
};

function isArithBinary(cx: PyContext, node: SyntaxNode): boolean {
  if (node.name !== 'BinaryExpression') return false;
  const op = kids(node)[1];
  return !!op && (op.name === 'ArithOp' || op.name === 'BitOp') && ARITH[cx.src.textOf(op)] !== undefined;
}

function isArithUnary(node: SyntaxNode): boolean {
  return node.name === 'UnaryExpression' && !isNot(node);
}

export function regionHasAwait(cx: PyContext, node: SyntaxNode): boolean {
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
export function lowerArithRegion(cx: PyContext, root: SyntaxNode): Expr {
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
