/**
 * `match` statements → IR (PEP 634; Grammar/python.gram `match_stmt`, `patterns`).
 *
 * @lezer/python parses patterns with their own node names (CapturePattern, LiteralPattern,
 * SequencePattern, ...). Two of its readings differ from CPython's grammar and are fixed
 * here: `A | B as c` binds as `(A | B) as c` (Lezer nests the `as` in the last
 * alternative), and `(p)` without a comma is a group, not a one-element sequence.
 *
 * Compile-time errors, with CPython 3.14's words and positions (Python/codegen.c
 * `codegen_pattern*`, Parser/action_helpers.c):
 *  - an irrefutable pattern (a capture or `_`, possibly through `as` or as the last
 *    alternative) in a case that is not the last and has no guard, or as a non-last
 *    alternative of an or-pattern: `name capture 'x' makes remaining patterns unreachable`
 *    / `wildcard makes remaining patterns unreachable`;
 *  - `multiple assignments to name 'x' in pattern`, `alternative patterns bind different
 *    names`, `multiple starred names in sequence pattern`, `attribute name repeated in class
 *    pattern: x`, `mapping pattern checks duplicate key ('a')`, `positional patterns follow
 *    keyword patterns`, `imaginary number required in complex literal`, `cannot use '_' as
 *    a target`.
 */
import type { Expr, MatchCase, MatchPattern, Stmt } from '../../ir/nodes';
import { syntaxError, unsupported } from '../../errors';
import { kids, splitOn, stripBrackets, type SyntaxNode } from './cursor';
import type { PyContext } from './context';
import { lowerExpr } from './expressions';
import { lowerBody } from './statements';

export function lowerMatch(cx: PyContext, node: SyntaxNode): Stmt {
  const children = kids(node);
  const bodyNode = children.find((c) => c.name === 'MatchBody')!;
  const subjectNodes = children.slice(1, children.indexOf(bodyNode));
  if (subjectNodes.length !== 1) throw unsupported('a starred or tuple match subject', cx.src.pos(subjectNodes[0]?.from ?? node.from));
  const subject = lowerExpr(cx, subjectNodes[0]!);
  const clauses = kids(bodyNode).filter((c) => c.name === 'MatchClause');
  const cases = clauses.map((clause, i) => lowerCase(cx, clause, i === clauses.length - 1));
  const end = bodyNode.to;
  return { kind: 'Match', subject, cases, loc: cx.src.locOf(node.from, trimEnd(cx, node.from, end)) };
}

function lowerCase(cx: PyContext, clause: SyntaxNode, last: boolean): MatchCase {
  const children = kids(clause);
  const bodyAt = children.findIndex((c) => c.name === 'Body');
  const guardNode = children.find((c) => c.name === 'Guard');
  const patternNodes = children.slice(1, guardNode ? children.indexOf(guardNode) : bodyAt);
  const pattern = lowerTopPattern(cx, patternNodes);
  const guard = guardNode ? lowerExpr(cx, kids(guardNode)[1]!) : undefined;
  checkPattern(cx, pattern, last || guard !== undefined, new Set());
  const body = lowerBody(cx, children[bodyAt]!);
  const loc = cx.src.locOf(clause.from, trimEnd(cx, clause.from, clause.to));
  return { pattern, ...(guard ? { guard } : {}), body, loc };
}

/** `case a, *b:` is an open sequence pattern. */
function lowerTopPattern(cx: PyContext, nodes: SyntaxNode[]): MatchPattern {
  const groups = splitOn(nodes);
  if (groups.length === 1) {
    const only = groups[0]![0]!;
    if (only.name === 'StarPattern') throw syntaxError('invalid syntax', cx.src.pos(only.to));
    return lowerPattern(cx, only);
  }
  if (groups[groups.length - 1]!.length === 0) groups.pop();
  const first = nodes[0]!;
  const lastNode = nodes[nodes.length - 1]!;
  return {
    kind: 'MatchSequence',
    patterns: groups.map((g) => lowerPattern(cx, g[0]!, true)),
    loc: cx.src.locOf(first.from, lastNode.to),
  };
}

function lowerPattern(cx: PyContext, node: SyntaxNode, inSequence = false): MatchPattern {
  const loc = cx.src.loc(node);
  switch (node.name) {
    case 'AttributePattern':
      if (cx.emptyBrackets.has(node.to - 2)) return emptyBrackets(cx, node);
      return { kind: 'MatchValue', value: dottedName(cx, node), loc };
    case 'CapturePattern': {
      if (cx.emptyBrackets.has(node.to - 2)) return emptyBrackets(cx, node);
      const name = cx.src.textOf(node);
      return name === '_' ? { kind: 'MatchAs', loc } : { kind: 'MatchAs', name, loc };
    }
    case 'LiteralPattern':
      return lowerLiteral(cx, node);
    case 'AsPattern': {
      const [inner, , target] = kids(node);
      return asPattern(cx, lowerPattern(cx, inner!), target!, node);
    }
    case 'OrPattern': {
      const alternatives = kids(node).filter((c) => c.name !== 'LogicOp');
      const lastAlt = alternatives[alternatives.length - 1]!;
      // Lezer reads `A | B as c` as `A | (B as c)`; CPython's as_pattern is `or_pattern 'as' name`.
      if (lastAlt.name === 'AsPattern') {
        const [inner, , target] = kids(lastAlt);
        const patterns = [...alternatives.slice(0, -1).map((a) => lowerPattern(cx, a)), lowerPattern(cx, inner!)];
        const or: MatchPattern = { kind: 'MatchOr', patterns, loc: cx.src.locOf(node.from, inner!.to) };
        return asPattern(cx, or, target!, node);
      }
      return { kind: 'MatchOr', patterns: alternatives.map((a) => lowerPattern(cx, a)), loc };
    }
    case 'SequencePattern': {
      const inner = stripBrackets(kids(node));
      const isParen = kids(node)[0]?.name === '(';
      // `(p)` is a group pattern; `(p,)` and `[p]` are sequences.
      if (isParen && inner.length === 1) return lowerPattern(cx, inner[0]!);
      const groups = splitOn(inner);
      if (groups[groups.length - 1]!.length === 0) groups.pop();
      return { kind: 'MatchSequence', patterns: groups.map((g) => lowerPattern(cx, g[0]!, true)), loc };
    }
    case 'StarPattern': {
      const target = kids(node)[1]!;
      if (!inSequence || target.name !== 'CapturePattern') throw syntaxError('invalid syntax', cx.src.pos(node.from));
      const name = cx.src.textOf(target);
      return name === '_' ? { kind: 'MatchStar', loc } : { kind: 'MatchStar', name, loc };
    }
    case 'MappingPattern':
      return lowerMapping(cx, node);
    case 'ClassPattern':
      return lowerClass(cx, node);
    default:
      throw syntaxError('invalid syntax', cx.src.pos(node.from));
  }
}

/** A capture or dotted name that was `C()`, `[]`, `()` or `{}` in the source (match-prescan.ts). */
function emptyBrackets(cx: PyContext, node: SyntaxNode): MatchPattern {
  const loc = cx.src.loc(node);
  const open = cx.src.text[node.to - 2];
  if (node.to - node.from === 2) {
    if (open === '{') return { kind: 'MatchMapping', keys: [], patterns: [], loc };
    return { kind: 'MatchSequence', patterns: [], loc };
  }
  if (open !== '(') throw syntaxError('invalid syntax', cx.src.pos(node.to - 2));
  const text = cx.src.slice(node.from, node.to - 2);
  const parts = text.split('.');
  let cls: Expr = { kind: 'Name', id: parts[0]!.trim(), loc: cx.src.locOf(node.from, node.from + parts[0]!.length) };
  for (const p of parts.slice(1)) cls = { kind: 'Member', object: cls, property: p.trim(), loc };
  return { kind: 'MatchClass', cls, patterns: [], kwdNames: [], kwdPatterns: [], loc };
}

function asPattern(cx: PyContext, pattern: MatchPattern, target: SyntaxNode, whole: SyntaxNode): MatchPattern {
  const name = cx.src.textOf(target);
  if (name === '_') throw syntaxError("cannot use '_' as a target", cx.src.pos(target.from));
  return { kind: 'MatchAs', pattern, name, loc: cx.src.loc(whole) };
}

function dottedName(cx: PyContext, node: SyntaxNode): Expr {
  const parts = kids(node).filter((c) => c.name !== '.');
  let expr: Expr = { kind: 'Name', id: cx.src.textOf(parts[0]!), loc: cx.src.loc(parts[0]!) };
  for (const p of parts.slice(1)) {
    expr = { kind: 'Member', object: expr, property: cx.src.textOf(p), loc: cx.src.locOf(node.from, p.to) };
  }
  return expr;
}

function lowerLiteral(cx: PyContext, node: SyntaxNode): MatchPattern {
  const loc = cx.src.loc(node);
  const parts = kids(node);
  const first = parts[0]!;
  if (first.name === 'None') return { kind: 'MatchSingleton', value: 'None', loc };
  if (first.name === 'Boolean') return { kind: 'MatchSingleton', value: cx.src.textOf(first) === 'True' ? 'True' : 'False', loc };
  if (first.name === 'String') return { kind: 'MatchValue', value: lowerExpr(cx, first), loc };
  // [-] Number [(+|-) Number]: the second number must be imaginary (a complex literal).
  const negative = first.name === 'ArithOp';
  const numberNode = negative ? parts[1]! : first;
  const imaginaryAt = parts.findIndex((p, i) => p.name === 'Number' && p !== numberNode && i > 0);
  if (imaginaryAt >= 0) {
    const imag = parts[imaginaryAt]!;
    if (!/[jJ]$/.test(cx.src.textOf(imag))) throw syntaxError('imaginary number required in complex literal', cx.src.pos(imag.from));
    throw unsupported('complex number literals', cx.src.pos(node.from));
  }
  const number = lowerExpr(cx, numberNode);
  const value: Expr = negative ? { kind: 'Unary', op: '-', operand: number, loc } : number;
  return { kind: 'MatchValue', value, loc };
}

function lowerMapping(cx: PyContext, node: SyntaxNode): MatchPattern {
  const loc = cx.src.loc(node);
  const groups = splitOn(stripBrackets(kids(node)));
  if (groups[groups.length - 1]!.length === 0) groups.pop();
  const keys: Expr[] = [];
  const patterns: MatchPattern[] = [];
  let rest: string | undefined;
  const seen = new Set<string>();
  for (const g of groups) {
    if (rest !== undefined) throw syntaxError('invalid syntax', cx.src.pos(g[0]!.from));
    if (g[0]!.name === '**') {
      const target = g[1]!;
      const name = cx.src.textOf(target);
      if (target.name !== 'CapturePattern' || name === '_') throw syntaxError('invalid syntax', cx.src.pos(target.from));
      rest = name;
      continue;
    }
    const [keyNode, colon, valueNode] = g;
    if (keyNode!.name !== 'LiteralPattern') throw syntaxError('invalid syntax', cx.src.pos(colon!.from));
    const key = lowerLiteral(cx, keyNode!);
    const keyExpr: Expr =
      key.kind === 'MatchValue'
        ? key.value
        : key.kind === 'MatchSingleton'
          ? key.value === 'None'
            ? { kind: 'None', loc: key.loc }
            : { kind: 'Bool', value: key.value === 'True', loc: key.loc }
          : (undefined as never);
    const id = literalKey(keyExpr);
    if (seen.has(id.key)) throw syntaxError(`mapping pattern checks duplicate key (${id.repr})`, cx.src.pos(node.from));
    seen.add(id.key);
    keys.push(keyExpr);
    patterns.push(lowerPattern(cx, valueNode!));
  }
  return { kind: 'MatchMapping', keys, patterns, ...(rest !== undefined ? { rest } : {}), loc };
}

/** A literal key's identity for the duplicate check (1, 1.0 and True are the same key) and its repr. */
function literalKey(e: Expr): { key: string; repr: string } {
  switch (e.kind) {
    case 'Str':
      return { key: `s:${e.value}`, repr: pyStrRepr(e.value) };
    case 'Num':
      return { key: `n:${Number(e.value)}`, repr: String(e.value) };
    case 'Unary':
      return e.operand.kind === 'Num' ? { key: `n:${-Number(e.operand.value)}`, repr: `-${e.operand.value}` } : { key: '?', repr: '?' };
    case 'Bool':
      return { key: `n:${e.value ? 1 : 0}`, repr: e.value ? 'True' : 'False' };
    case 'None':
      return { key: 'None', repr: 'None' };
    default:
      return { key: JSON.stringify(e), repr: '?' };
  }
}

function pyStrRepr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  return quote + s.replace(/\\/g, '\\\\').replace(new RegExp(quote, 'g'), `\\${quote}`) + quote;
}

function lowerClass(cx: PyContext, node: SyntaxNode): MatchPattern {
  const [clsNode, argList] = kids(node);
  const cls: Expr = clsNode!.name === 'VariableName' ? lowerExpr(cx, clsNode!) : dottedName(cx, clsNode!);
  const patterns: MatchPattern[] = [];
  const kwdNames: string[] = [];
  const kwdPatterns: MatchPattern[] = [];
  const groups = splitOn(stripBrackets(kids(argList!)));
  if (groups[groups.length - 1]!.length === 0) groups.pop();
  for (const g of groups) {
    const arg = g[0]!;
    if (arg.name === 'KeywordPattern') {
      const parts = kids(arg).filter((c) => c.name !== '=');
      const nameNode = parts[0];
      const valueNode = parts[parts.length - 1];
      const name = cx.src.textOf(nameNode!);
      const value = lowerPattern(cx, valueNode!);
      if (kwdNames.includes(name)) throw syntaxError(`attribute name repeated in class pattern: ${name}`, cx.src.pos(valueNode!.from));
      kwdNames.push(name);
      kwdPatterns.push(value);
    } else {
      if (kwdNames.length > 0) throw syntaxError('positional patterns follow keyword patterns', cx.src.pos(arg.from));
      patterns.push(lowerPattern(cx, arg));
    }
  }
  return { kind: 'MatchClass', cls, patterns, kwdNames, kwdPatterns, loc: cx.src.loc(node) };
}

/**
 * The codegen checks, in CPython's traversal order: irrefutable patterns where they make
 * later ones unreachable, names bound twice, or-alternatives binding different names,
 * several stars in one sequence. `names` collects the names bound so far.
 */
function checkPattern(cx: PyContext, p: MatchPattern, allowIrrefutable: boolean, names: Set<string>): void {
  const at = (q: MatchPattern) => ({ line: q.loc.line, col: q.loc.col });
  const bind = (name: string | undefined, q: MatchPattern) => {
    if (name === undefined) return;
    if (names.has(name)) throw syntaxError(`multiple assignments to name '${name}' in pattern`, at(q));
    names.add(name);
  };
  switch (p.kind) {
    case 'MatchAs':
      if (!p.pattern) {
        if (!allowIrrefutable) {
          const message = p.name
            ? `name capture '${p.name}' makes remaining patterns unreachable`
            : 'wildcard makes remaining patterns unreachable';
          throw syntaxError(message, at(p));
        }
      } else checkPattern(cx, p.pattern, allowIrrefutable, names);
      bind(p.name, p);
      return;
    case 'MatchStar':
      bind(p.name, p);
      return;
    case 'MatchSequence': {
      if (p.patterns.filter((q) => q.kind === 'MatchStar').length > 1)
        throw syntaxError('multiple starred names in sequence pattern', at(p));
      for (const q of p.patterns) checkPattern(cx, q, true, names);
      return;
    }
    case 'MatchMapping':
      for (const q of p.patterns) checkPattern(cx, q, true, names);
      if (p.rest !== undefined) bind(p.rest, p);
      return;
    case 'MatchClass':
      for (const q of [...p.patterns, ...p.kwdPatterns]) checkPattern(cx, q, true, names);
      return;
    case 'MatchOr': {
      let first: Set<string> | undefined;
      p.patterns.forEach((alt, i) => {
        const altNames = new Set(names);
        checkPattern(cx, alt, allowIrrefutable && i === p.patterns.length - 1, altNames);
        if (first === undefined) first = altNames;
        else if (altNames.size !== first.size || [...altNames].some((n) => !first!.has(n))) {
          throw syntaxError('alternative patterns bind different names', at(p));
        }
      });
      for (const n of first!) names.add(n);
      return;
    }
    default:
      return;
  }
}

/** The end of a statement without its trailing newline/indentation. */
function trimEnd(cx: PyContext, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(cx.src.text[end - 1]!)) end--;
  return end;
}
