/**
 * Python `try: ... except* T as e: ...` (PEP 654; CPython 3.14 Python/codegen.c
 * `codegen_try_star_except`). The try/finally part stays with compile-try.ts; this is the
 * except* part (and its `else:`):
 *
 *   orig = the exception; rest = orig; raised = []
 *   for each clause, while rest is not None:
 *       check T (TypeError for non-exceptions and for ExceptionGroup types)
 *       match, rest = split of rest by T (a naked exception is wrapped in a group)
 *       if match: run the handler with `e` = match; whatever it raises goes to `raised`
 *   raise prepReraiseStar(orig, raised + [rest]) unless that is None
 *
 * Every handler runs even after another raised; an exception a handler raises gets the
 * match it handles as `__context__`. What the statement raises in the end is a re-raise
 * (CPython's RERAISE: no new `__context__`), so it is marked as chained already.
 *
 * Handler bodies may await; one generator implements both modes, and plain mode drives
 * it synchronously (it cannot yield when nothing in it awaits).
 */
import type { ExceptHandler, Try } from '../ir/nodes';
import { errorAt } from '../errors';
import { None, type Value } from '../runtime/values';
import { Thrown } from '../runtime/thrown';
import { checkExceptStarType, exceptStarMatch, prepReraiseStar, pyRuntime } from '../runtime/python/index';
import type { Cx } from './context';
import { type Completion, type DStmt, type Env, type StmtFn } from './core';
import { compileExpr, compileStmtsD } from './compile';
import { chainContext, pyHandlerBinding, toThrown } from './try-support';

type Gen<T> = Generator<unknown, T, unknown>;

interface StarHandler {
  type: (e: Env) => Value;
  /** Runs the handler with `match` as the handled exception; returns what it raised, if anything. */
  run: (e: Env, match: Value) => Gen<Value | undefined>;
}

function compileStarHandler(cx: Cx, h: ExceptHandler): StarHandler {
  const st = cx.st;
  const binding = pyHandlerBinding(cx, h);
  const body = compileStmtsD(binding.hcx, h.body);
  return {
    type: compileExpr(cx, h.type!),
    run: function* (e, match) {
      const saved = binding.enter(e, match);
      try {
        binding.bindTarget(e, match);
        if (body.g) yield* body.g(e);
        else body.p(e);
        return undefined;
      } catch (err) {
        const t = toThrown(st, 'py', err);
        chainContext(st, t.value, match);
        return t.value;
      } finally {
        binding.leave(e, saved);
      }
    },
  };
}

/** The try/except* part of `s` (no finally) as a generator statement. */
export function compileTryStarG(cx: Cx, s: Try, body: DStmt, orelse: DStmt | undefined): (e: Env) => Gen<Completion> {
  const st = cx.st;
  const rt = pyRuntime(cx.realm);
  const handlers = s.handlers.map((h) => compileStarHandler(cx, h));
  return function* (e) {
    let c: Completion;
    try {
      c = body.g ? yield* body.g(e) : body.p(e);
    } catch (err) {
      const caught = toThrown(st, 'py', err);
      const orig = caught.value;
      let rest: Value | undefined = orig;
      const raised: Value[] = [];
      for (const h of handlers) {
        if (rest === undefined) break;
        let match: Value | undefined;
        try {
          const type = h.type(e);
          checkExceptStarType(rt, type);
          ({ match, rest } = exceptStarMatch(rt, rest, type));
        } catch (inner) {
          if (inner instanceof Thrown) chainContext(st, inner.value, orig);
          throw inner;
        }
        if (match === undefined) continue;
        const r = yield* h.run(e, match);
        if (r !== undefined) raised.push(r);
      }
      if (rest !== undefined && rest !== None) raised.push(rest);
      const result = prepReraiseStar(rt, orig, raised);
      if (result === undefined) return undefined;
      if (typeof result === 'object' && result !== null) st.chained.add(result);
      const t = new Thrown(result);
      t.loc = caught.loc;
      throw t;
    }
    if (orelse && c === undefined) return orelse.g ? yield* orelse.g(e) : orelse.p(e);
    return c;
  };
}

/** Plain mode: the same statement, driven synchronously. */
export function compileTryStar(cx: Cx, s: Try, body: StmtFn, orelse: StmtFn | undefined): StmtFn {
  const g = compileTryStarG(cx, s, { p: body }, orelse ? { p: orelse } : undefined);
  return (e) => {
    const r = g(e).next();
    if (!r.done) throw errorAt('internal', 'except* suspended outside an async body', s.loc);
    return r.value;
  };
}
