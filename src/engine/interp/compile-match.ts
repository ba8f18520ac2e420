/**
 * Python `match` (PEP 634; Language Reference §8.6).
 *
 * The subject is evaluated once; cases are tried in order. A case's pattern is compiled
 * to a matcher that collects its captures; only when the whole pattern succeeds are the
 * names bound (CPython keeps captured values on the stack until then, and an or-pattern
 * alternative that fails leaves nothing behind). Then the guard runs — the bindings stay
 * even when it is false — and the first case whose guard holds runs its body.
 *
 * Patterns: a value pattern compares `subject == value`, `None`/`True`/`False` compare by
 * identity, sequence/mapping/class patterns follow runtime/python/match.ts. Sub-patterns
 * are tried left to right and stop at the first failure.
 *
 * The guard and the body may await: one generator serves both modes, and plain mode
 * drives it synchronously (it cannot yield when nothing in it awaits).
 */
import type { Match, MatchPattern } from '../ir/nodes';
import { errorAt } from '../errors';
import { None, type Value } from '../runtime/values';
import {
  isMatchMapping,
  matchClassValues,
  matchMappingRest,
  matchMappingValues,
  matchSequenceItems,
  pyRuntime,
} from '../runtime/python/index';
import type { Cx } from './context';
import type { AssignFn, Completion, DExpr, DStmt, Env, StmtFn } from './core';
import { compileExpr, compileExprD, compileStmtsD } from './compile';
import { compileTarget } from './patterns';
import { matchPatternNames } from './analysis';

type Gen<T> = Generator<unknown, T, unknown>;
type Matcher = (e: Env, v: Value, binds: Map<string, Value>) => boolean;

function compilePattern(cx: Cx, p: MatchPattern): Matcher {
  const rt = pyRuntime(cx.realm);
  const ops = cx.ops;
  switch (p.kind) {
    case 'MatchValue': {
      const value = compileExpr(cx, p.value);
      return (e, v) => ops.truthy(ops.compare('==', v, value(e)));
    }
    case 'MatchSingleton': {
      const target = p.value === 'None' ? None : p.value === 'True';
      return (_e, v) => v === target;
    }
    case 'MatchAs': {
      const inner = p.pattern ? compilePattern(cx, p.pattern) : undefined;
      const name = p.name;
      return (e, v, binds) => {
        if (inner && !inner(e, v, binds)) return false;
        if (name !== undefined) binds.set(name, v);
        return true;
      };
    }
    case 'MatchOr': {
      const alternatives = p.patterns.map((q) => compilePattern(cx, q));
      return (e, v, binds) => {
        for (const alt of alternatives) {
          const local = new Map(binds);
          if (alt(e, v, local)) {
            for (const [k, x] of local) binds.set(k, x);
            return true;
          }
        }
        return false;
      };
    }
    case 'MatchSequence': {
      const star = p.patterns.findIndex((q) => q.kind === 'MatchStar');
      const starName = star >= 0 ? (p.patterns[star] as { name?: string }).name : undefined;
      const subs = p.patterns.map((q) => (q.kind === 'MatchStar' ? undefined : compilePattern(cx, q)));
      const n = subs.length;
      return (e, v, binds) => {
        const items = matchSequenceItems(rt, v);
        if (items === undefined) return false;
        const len = items.length;
        if (star < 0 ? len !== n : len < n - 1) return false;
        for (let i = 0; i < n; i++) {
          if (i === star) {
            if (starName !== undefined) binds.set(starName, items.slice(star, len - (n - 1 - star)));
            continue;
          }
          const item = star >= 0 && i > star ? items[len - (n - i)] : items[i];
          if (!subs[i]!(e, item, binds)) return false;
        }
        return true;
      };
    }
    case 'MatchMapping': {
      const keys = p.keys.map((k) => compileExpr(cx, k));
      const subs = p.patterns.map((q) => compilePattern(cx, q));
      const rest = p.rest;
      return (e, v, binds) => {
        if (!isMatchMapping(v)) return false;
        if (v.entries.size < keys.length) return false;
        const keyValues = keys.map((k) => k(e));
        const values = matchMappingValues(rt, v, keyValues);
        if (values === undefined) return false;
        for (let i = 0; i < subs.length; i++) if (!subs[i]!(e, values[i], binds)) return false;
        if (rest !== undefined) binds.set(rest, matchMappingRest(rt, v, keyValues));
        return true;
      };
    }
    case 'MatchClass': {
      const cls = compileExpr(cx, p.cls);
      const subs = [...p.patterns, ...p.kwdPatterns].map((q) => compilePattern(cx, q));
      const positional = p.patterns.length;
      const keywords = p.kwdNames;
      return (e, v, binds) => {
        const values = matchClassValues(rt, v, cls(e), positional, keywords);
        if (values === undefined) return false;
        for (let i = 0; i < subs.length; i++) if (!subs[i]!(e, values[i], binds)) return false;
        return true;
      };
    }
    case 'MatchStar':
      throw errorAt('internal', 'a star pattern outside a sequence pattern', p.loc);
  }
}

interface CompiledCase {
  match: Matcher;
  setters: Map<string, AssignFn>;
  guard?: DExpr;
  body: DStmt;
}

/** A `match` statement as a generator statement. */
export function compileMatchG(cx: Cx, s: Match): (e: Env) => Gen<Completion> {
  const subject = compileExprD(cx, s.subject);
  const ops = cx.ops;
  const cases: CompiledCase[] = s.cases.map((c) => {
    const setters = new Map<string, AssignFn>();
    for (const name of matchPatternNames(c.pattern)) setters.set(name, compileTarget(cx, { kind: 'Name', id: name, loc: c.loc }));
    return {
      match: compilePattern(cx, c.pattern),
      setters,
      ...(c.guard ? { guard: compileExprD(cx, c.guard) } : {}),
      body: compileStmtsD(cx, c.body),
    };
  });
  return function* (e) {
    const v = subject.g ? yield* subject.g(e) : subject.p(e);
    for (const c of cases) {
      const binds = new Map<string, Value>();
      if (!c.match(e, v, binds)) continue;
      for (const [name, x] of binds) c.setters.get(name)!(e, x);
      if (c.guard) {
        const ok = c.guard.g ? yield* c.guard.g(e) : c.guard.p(e);
        if (!ops.truthy(ok)) continue;
      }
      return c.body.g ? yield* c.body.g(e) : c.body.p(e);
    }
    return undefined;
  };
}

/** Plain mode: the same statement, driven synchronously. */
export function compileMatch(cx: Cx, s: Match): StmtFn {
  const g = compileMatchG(cx, s);
  return (e) => {
    const r = g(e).next();
    if (!r.done) throw errorAt('internal', 'match suspended outside an async body', s.loc);
    return r.value;
  };
}
