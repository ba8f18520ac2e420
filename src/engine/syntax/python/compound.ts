/**
 * if / while / for / try → IR.
 *
 * Lezer lays these out as flat keyword/Body sequences (`if t Body elif t Body else Body`),
 * so each lowering walks its children in order. `elif` chains become nested Ifs in
 * `orelse`; loop `else:` blocks are lowered outside the loop (a `break` there belongs to
 * an outer loop, Language Reference §8.3).
 */
import type { ExceptHandler, Expr, Stmt, Try } from '../../ir/nodes';
import { syntaxError } from '../../errors';
import { kids, type SyntaxNode } from './cursor';
import type { PyContext } from './context';
import { lowerExpr, lowerExprList } from './expressions';
import { lowerTarget, lowerTargetList } from './targets';
import { lowerBody } from './statements';

export function lowerIf(cx: PyContext, node: SyntaxNode): Stmt {
  const children = kids(node);
  // Clauses: [keyword, test?, Body] for if/elif, [else, Body] for else.
  interface Clause {
    keyword: SyntaxNode;
    test?: SyntaxNode;
    body: SyntaxNode;
  }
  const clauses: Clause[] = [];
  let elseBody: SyntaxNode | undefined;
  for (let i = 0; i < children.length; i++) {
    const c = children[i]!;
    if (c.name === 'if' || c.name === 'elif') {
      const test = children[i + 1]!;
      const body = children[i + 2]!;
      if (test.name === 'Body') throw syntaxError('invalid syntax', cx.src.pos(test.from));
      clauses.push({ keyword: c, test, body });
      i += 2;
    } else if (c.name === 'else') {
      elseBody = children[i + 1]!;
      i += 1;
    }
  }
  let orelse: Stmt[] = [];
  // Lower tests and bodies in source order (errors are reported first-in-source), then nest.
  const lowered = clauses.map((cl) => ({ cl, test: lowerExpr(cx, cl.test!), body: lowerBody(cx, cl.body) }));
  if (elseBody) orelse = lowerBody(cx, elseBody);
  for (let i = lowered.length - 1; i >= 0; i--) {
    const { cl, test, body } = lowered[i]!;
    const end = i === lowered.length - 1 ? node.to : lowered[i + 1]!.cl.keyword.from;
    const loc = cx.src.locOf(cl.keyword.from, trimEnd(cx, cl.keyword.from, end));
    orelse = [{ kind: 'If', test, body, orelse, loc }];
  }
  return orelse[0]!;
}

/** The end of a statement without its trailing newline/indentation. */
function trimEnd(cx: PyContext, from: number, to: number): number {
  let end = to;
  while (end > from && /\s/.test(cx.src.text[end - 1]!)) end--;
  return end;
}

export function lowerWhile(cx: PyContext, node: SyntaxNode): Stmt {
  const children = kids(node);
  const test = lowerExpr(cx, children[1]!);
  const body = cx.inLoop(() => lowerBody(cx, children[2]!));
  const elseAt = children.findIndex((c) => c.name === 'else');
  const orelse = elseAt >= 0 ? lowerBody(cx, children[elseAt + 1]!) : [];
  return { kind: 'While', test, body, orelse, loc: cx.src.locOf(node.from, trimEnd(cx, node.from, node.to)) };
}

export function lowerFor(cx: PyContext, node: SyntaxNode): Stmt {
  const children = kids(node);
  const isAsync = children[0]!.name === 'async';
  const loc = cx.src.locOf(node.from, trimEnd(cx, node.from, node.to));
  if (isAsync) cx.noteAwait(loc, 'async for');
  const forAt = children.findIndex((c) => c.name === 'for');
  const inAt = children.findIndex((c) => c.name === 'in');
  const bodyAt = children.findIndex((c) => c.name === 'Body');
  const target = lowerTargetList(cx, children.slice(forAt + 1, inAt), 'for');
  const iter = lowerExprList(cx, children.slice(inAt + 1, bodyAt));
  const body = cx.inLoop(() => lowerBody(cx, children[bodyAt]!));
  const elseAt = children.findIndex((c) => c.name === 'else');
  const orelse = elseAt >= 0 ? lowerBody(cx, children[elseAt + 1]!) : [];
  return { kind: 'ForOf', target, iter, body, orelse, isAsync, loc };
}

/**
 * try / except / else / finally. `except A, B:` (no `as`) is a tuple of types since
 * Python 3.14 (PEP 758). `except*` clauses (PEP 654) make a `star` Try; CPython's
 * compile-time errors: mixing them with `except`, `except*:` without a type, and
 * break/continue/return leaving an except* block (statements.ts).
 */
export function lowerTry(cx: PyContext, node: SyntaxNode): Stmt {
  const children = kids(node);
  const stmt: Try = {
    kind: 'Try',
    body: lowerBody(cx, children[1]!),
    handlers: [],
    orelse: [],
    loc: cx.src.locOf(node.from, trimEnd(cx, node.from, node.to)),
  };
  let bareAt: SyntaxNode | undefined;
  for (let i = 2; i < children.length; i++) {
    const c = children[i]!;
    if (c.name === 'except') {
      let j = i + 1;
      const clause: SyntaxNode[] = [];
      while (j < children.length && children[j]!.name !== 'Body') clause.push(children[j++]!);
      const body = children[j]!;
      if (bareAt) throw syntaxError("default 'except:' must be last", cx.src.pos(bareAt.from));
      const star = clause[0]?.name === '*';
      if (stmt.handlers.length === 0) stmt.star = star;
      else if (star !== (stmt.star === true)) {
        throw syntaxError("cannot have both 'except' and 'except*' on the same 'try'", cx.src.pos(c.from));
      }
      if (star) {
        clause.shift();
        if (clause.length === 0) throw syntaxError('expected one or more exception types', cx.src.pos(body.from));
      }
      if (clause.length === 0) bareAt = c;
      stmt.handlers.push(star ? cx.inExceptStar(() => lowerHandler(cx, c, clause, body)) : lowerHandler(cx, c, clause, body));
      i = j;
    } else if (c.name === 'else') {
      if (stmt.handlers.length === 0) throw syntaxError("expected 'except' or 'finally' block", cx.src.pos(c.from));
      stmt.orelse = lowerBody(cx, children[++i]!);
    } else if (c.name === 'finally') {
      const block = children[++i]!;
      stmt.finalbody = cx.inFinally(() => lowerBody(cx, block));
    }
  }
  if (stmt.handlers.length === 0 && !stmt.finalbody) {
    throw syntaxError("expected 'except' or 'finally' block", cx.src.pos(trimEnd(cx, node.from, node.to)));
  }
  return stmt;
}

function lowerHandler(cx: PyContext, keyword: SyntaxNode, clause: SyntaxNode[], body: SyntaxNode): ExceptHandler {
  const loc = cx.src.locOf(keyword.from, trimEnd(cx, keyword.from, body.to));
  const handler = {} as ExceptHandler;
  if (clause.length > 0) {
    let type: Expr = lowerExpr(cx, clause[0]!);
    const sep = clause[1];
    if (sep?.name === ',') {
      const second = lowerExpr(cx, clause[2]!);
      type = { kind: 'Tuple', elements: [type, second], loc: cx.src.locOf(clause[0]!.from, clause[2]!.to) };
    }
    handler.type = type;
    if (sep?.name === 'as') handler.target = lowerTarget(cx, clause[2]!, 'assign');
  }
  handler.body = lowerBody(cx, body);
  handler.loc = loc;
  return handler;
}
