/**
 * Python expressions → IR: the dispatcher, names and literals, operators.
 * Displays and comprehensions live in collections.ts, calls/attributes/subscripts in
 * calls.ts, lambdas in functions.ts.
 */
import type { BinaryOperator, CompareOperator, Expr } from '../../ir/nodes';
import { syntaxError } from '../../errors';
import { kids, splitOn, type SyntaxNode } from './cursor';
import type { PyContext } from './context';
import { decodeNumber } from './literals';
import { lowerStringNode } from './strings';
import { lowerCollection, lowerParenthesized } from './collections';
import { lowerCall, lowerMember } from './calls';
import { lowerLambda } from './functions';
import { lowerTarget } from './targets';
import { isNot, lowerArithRegion, lowerBoolRegion, regionHasAwait } from './precedence';

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
      throw syntaxError("can't use starred expression here", cx.src.pos(only[0].from));
    }
    return lowerElement(cx, only);
  }
  if (groups[groups.length - 1]!.length === 0) groups.pop(); // trailing comma
  const elements = groups.map((g) => lowerElement(cx, g));
  const loc = cx.src.locOf(nodes[0]!.from, nodes[nodes.length - 1]!.to);
  return { kind: 'Tuple', elements, loc };
}

export const ARITH: Record<string, BinaryOperator> = {
  '+': '+',
  '-': '-',
  '*': '*',
  '/': '/',
  '//': '//',
  '%': '%',
  '**': '**',
  '@': '@',
  '<<': '<<',
  '>>': '>>',
  '&': '&',
  '|': '|',
  '^': '^',
};

const COMPARE: Record<string, CompareOperator> = {
  '<': '<',
  '>': '>',
  '<=': '<=',
  '>=': '>=',
  '==': '==',
  '!=': '!=',
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
  if (cmp === 'is' || cmp === 'is not') {
    // compiler_check_compare: `x is 5` compares identity with a fresh literal.
    const near = left.kind === 'Compare' && leftNode.name === 'BinaryExpression' ? left.comparators[left.comparators.length - 1]! : left;
    const literal = literalType(near) ?? literalType(right);
    if (literal) {
      cx.warn(`"${cmp}" with '${literal}' literal. Did you mean "${cmp === 'is' ? '==' : '!='}"?`, cx.src.pos(node.from));
    }
  }
  if (left.kind === 'Compare' && leftNode.name === 'BinaryExpression') {
    return { kind: 'Compare', left: left.left, ops: [...left.ops, cmp], comparators: [...left.comparators, right], loc };
  }
  return { kind: 'Compare', left, ops: [cmp], comparators: [right], loc };
}

/** The type name of a literal operand `is` warns about (None/True/False/... are fine). */
function literalType(e: Expr): string | undefined {
  if (e.kind === 'Num') return e.isFloat ? 'float' : 'int';
  if (e.kind === 'Str') return 'str';
  return undefined;
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
  // A bare `yield` parses with an empty error node after the keyword (see syntax-errors.ts).
  const c = kids(node).filter((k) => !k.type.isError);
  cx.noteYield(loc, c[1]?.name === 'from');
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
