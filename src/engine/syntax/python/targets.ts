/**
 * Assignment, `for`, `del` and comprehension targets → Pattern.
 *
 * Language Reference §7.2: a target is a name, an attribute, a subscript, or a
 * (parenthesised / bracketed) list of targets with at most one starred element.
 * Anything else is rejected with CPython's wording (Parser/pegen `invalid_assignment`,
 * `invalid_del_stmt`, `invalid_for_target`, `invalid_ann_assign_target`).
 */
import type { Pattern } from '../../ir/nodes';
import { syntaxError, unsupported } from '../../errors';
import { kids, splitOn, stripBrackets, type SyntaxNode } from './cursor';
import type { PyContext } from './context';
import { describe, lowerExpr } from './expressions';

export type TargetMode = 'assign' | 'for' | 'del' | 'aug';

function invalid(cx: PyContext, node: SyntaxNode, mode: TargetMode): never {
  const what = describe(node);
  const pos = cx.src.pos(node.from);
  switch (mode) {
    case 'assign':
      throw syntaxError(`cannot assign to ${what} here. Maybe you meant '==' instead of '='?`, pos);
    case 'del':
      throw syntaxError(`cannot delete ${what}`, pos);
    case 'aug':
      throw syntaxError(`'${what}' is an illegal expression for augmented assignment`, pos);
    default:
      throw syntaxError(`cannot assign to ${what}`, pos);
  }
}

export function lowerTarget(cx: PyContext, node: SyntaxNode, mode: TargetMode = 'assign'): Pattern {
  switch (node.name) {
    case 'VariableName': {
      const id = cx.src.textOf(node);
      if (id === '__debug__') throw syntaxError('cannot assign to __debug__', cx.src.pos(node.from));
      return { kind: 'Name', id, loc: cx.src.loc(node) };
    }
    case 'MemberExpression': {
      const e = lowerExpr(cx, node);
      if (e.kind === 'Member' || e.kind === 'Index') return e;
      if (e.kind === 'SuperMember') throw unsupported('assignment to an attribute of super()', cx.src.pos(node.from));
      return invalid(cx, node, mode);
    }
    case 'ParenthesizedExpression': {
      const inner = stripBrackets(kids(node));
      if (inner.length === 1 && mode !== 'aug') return lowerTarget(cx, inner[0]!, mode);
      return invalid(cx, node, mode);
    }
    case 'TupleExpression':
    case 'ArrayExpression': {
      if (mode === 'aug')
        throw syntaxError(
          `'${node.name === 'TupleExpression' ? 'tuple' : 'list'}' is an illegal expression for augmented assignment`,
          cx.src.pos(node.from),
        );
      const groups = splitOn(stripBrackets(kids(node)));
      if (groups[groups.length - 1]!.length === 0) groups.pop();
      return arrayPattern(cx, groups, node.from, node.to, mode);
    }
    case 'Boolean':
    case 'None': {
      const text = cx.src.textOf(node);
      throw syntaxError(`cannot assign to ${text}`, cx.src.pos(node.from));
    }
    default:
      return invalid(cx, node, mode);
  }
}

function arrayPattern(cx: PyContext, groups: SyntaxNode[][], from: number, to: number, mode: TargetMode): Pattern {
  let starred = 0;
  const elements: Pattern[] = groups.map((g) => {
    const first = g[0];
    if (!first) throw syntaxError('invalid syntax', cx.src.pos(from));
    if (first.name === '*') {
      if (mode === 'del') throw syntaxError('cannot delete starred', cx.src.pos(first.from));
      starred++;
      if (starred > 1) throw syntaxError('multiple starred expressions in assignment', cx.src.pos(from));
      const inner = g[1]!;
      return { kind: 'RestPattern', target: lowerTarget(cx, inner, mode), loc: cx.src.locOf(first.from, inner.to) };
    }
    return lowerTarget(cx, first, mode);
  });
  return { kind: 'ArrayPattern', elements, loc: cx.src.locOf(from, to) };
}

/** A flat comma-separated target list (`a, *b = ...`, `for k, v in ...`). */
export function lowerTargetList(cx: PyContext, nodes: SyntaxNode[], mode: TargetMode = 'for'): Pattern {
  const groups = splitOn(nodes);
  if (groups.length === 1) {
    const only = groups[0]!;
    if (only[0]?.name === '*') throw syntaxError('starred assignment target must be in a list or tuple', cx.src.pos(only[0].from));
    if (only.length !== 1) throw syntaxError('invalid syntax', cx.src.pos(only[1]?.from ?? 0));
    return lowerTarget(cx, only[0]!, mode);
  }
  if (groups[groups.length - 1]!.length === 0) groups.pop();
  return arrayPattern(cx, groups, nodes[0]!.from, nodes[nodes.length - 1]!.to, mode);
}
