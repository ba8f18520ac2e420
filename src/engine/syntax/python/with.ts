/**
 * `with` / `async with` → IR (Grammar/python.gram `with_stmt`).
 *
 * Lezer reads `with a as b, c:` itself; other headers reach here as a comma-separated list
 * because their `as` keywords were masked into commas (with-prescan.ts), and `cx.withAs`
 * says which commas were `as`. A header that is
 * one parenthesised list — `with (a, b as c):` — is CPython's parenthesised item form
 * (tried before the expression form, so `with (a, b):` is two items); `with (a, b) as c:`
 * is one item whose context expression is a tuple.
 */
import type { Stmt, WithItem } from '../../ir/nodes';
import { syntaxError } from '../../errors';
import { kids, stripBrackets, type SyntaxNode } from './cursor';
import type { PyContext } from './context';
import { lowerExpr } from './expressions';
import { lowerTarget } from './targets';
import { lowerBody } from './statements';

export function lowerWith(cx: PyContext, node: SyntaxNode): Stmt {
  const children = kids(node);
  const isAsync = children[0]!.name === 'async';
  const withAt = children.findIndex((c) => c.name === 'with');
  const bodyAt = children.findIndex((c) => c.name === 'Body');
  let header = children.slice(withAt + 1, bodyAt);
  const loc = cx.src.locOf(node.from, trimEnd(cx, node.from, node.to));
  if (isAsync) cx.noteAwait(loc, 'async with');
  let parenthesised = false;
  const only = header[0];
  if (header.length === 1 && (only!.name === 'TupleExpression' || only!.name === 'ParenthesizedExpression')) {
    const inner = stripBrackets(kids(only!));
    if (inner.length > 0) {
      header = inner;
      parenthesised = true;
    }
  }
  const headerEnd = children[bodyAt]!.from;
  // `with (a as b) as c:` — CPython reads `(a as b)` as the item list and fails at what follows it.
  const first = header[0];
  if (!parenthesised && header.length > 1 && (first!.name === 'TupleExpression' || first!.name === 'ParenthesizedExpression')) {
    for (const at of cx.withAs) {
      if (at > first!.from && at < first!.to) throw syntaxError('invalid syntax', cx.src.pos(header[1]!.from));
    }
  }
  const consumed = new Set<number>();
  const items = groupItems(cx, header, parenthesised, consumed, headerEnd);
  // An `as` the item list did not use sits inside an expression.
  for (const at of cx.withAs) {
    if (at > node.from && at < headerEnd && !consumed.has(at)) throw syntaxError('invalid syntax', cx.src.pos(at));
  }
  const body = lowerBody(cx, children[bodyAt]!);
  return { kind: 'With', items, body, isAsync, loc };
}

/** Regroup `expr [, target]` runs: a comma that was an `as` joins an item's two halves. */
function groupItems(cx: PyContext, nodes: SyntaxNode[], parenthesised: boolean, consumed: Set<number>, headerEnd: number): WithItem[] {
  const items: WithItem[] = [];
  let i = 0;
  while (i < nodes.length) {
    const first = nodes[i]!;
    if (first.name === ',') throw syntaxError('invalid syntax', cx.src.pos(first.from));
    const context = lowerExpr(cx, first);
    let end = first.to;
    i++;
    let target: WithItem['target'];
    const sep = nodes[i];
    if (sep && (sep.name === 'as' || cx.withAs.has(sep.from))) {
      const t = nodes[i + 1];
      if (!t || t.name === ',') throw syntaxError('invalid syntax', cx.src.pos(t?.from ?? sep.to));
      if (t.name === '*') throw syntaxError('starred assignment target must be in a list or tuple', cx.src.pos(t.from));
      consumed.add(sep.from);
      target = lowerTarget(cx, t, 'for');
      end = t.to;
      i += 2;
    }
    items.push({ context, ...(target ? { target } : {}), loc: cx.src.locOf(first.from, end) });
    const next = nodes[i];
    if (!next) break;
    if (next.name !== ',' || cx.withAs.has(next.from)) throw syntaxError('invalid syntax', cx.src.pos(next.from));
    i++;
    // A trailing comma is only allowed inside the parentheses (CPython fails at the `:`).
    if (i === nodes.length && !parenthesised) throw syntaxError('invalid syntax', cx.src.pos(headerEnd));
  }
  if (items.length === 0) throw syntaxError('invalid syntax', cx.src.pos(nodes[0]?.from ?? 0));
  return items;
}

/** The end of a statement without its trailing newline/indentation. */
function trimEnd(cx: PyContext, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(cx.src.text[end - 1]!)) end--;
  return end;
}
