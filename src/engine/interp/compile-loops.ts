/**
 * Loops: while / do-while / for-of (Python for) / for-in / for(;;), with labels,
 * Python's `else:` clause (runs when the loop ends without break), and JS per-iteration
 * bindings: `for (let i ...)` copies the loop environment before each iteration
 * (spec CreatePerIterationEnvironment) and `for (const x of xs)` binds x afresh, so
 * closures capture each iteration's value. Without a closure inside, one environment is
 * reused (observably identical). Every iteration charges the step budget.
 */
import { jsIterableGuard } from './iterable-errors';
import { closeAfterThrow, closeNormally } from './iterator-close';
import type { DoWhile, ForC, ForIn, ForOf, Loc, Pattern, Stmt, While } from '../ir/nodes';
import { unsupported } from '../errors';
import type { Value } from '../runtime/values';
import type { Cx } from './context';
import { withScope } from './context';
import { HOLE, type Completion, type Env, type StmtFn } from './core';
import { compileExpr, compileStmt } from './compile';
import { compileTarget } from './patterns';
import { compileBody } from './compile-stmt';
import { containsClosure, patternNames } from './analysis';
import { CScope } from './scope';

/** What a loop does with its body's completion: 0 keep looping, 1 leave normally (break). */
export function loopControl(c: Completion, label: string | undefined): 0 | 1 | 2 {
  if (c === undefined) return 0;
  if (c.kind === 2) return 2;
  if (c.label !== undefined && c.label !== label) return 2;
  return c.kind === 0 ? 1 : 0;
}

export function compileWhile(cx: Cx, s: While): StmtFn {
  const test = compileExpr(cx, s.test);
  const body = compileBody(cx, s.body);
  const orelse = s.orelse.length ? compileBody(cx, s.orelse) : undefined;
  const ops = cx.ops;
  const budget = cx.st.budget;
  const loc = s.loc;
  const label = s.label;
  return (e) => {
    while (ops.truthy(test(e))) {
      if (++budget.used > budget.limit) budget.exceeded(loc);
      const c = body(e);
      if (c !== undefined) {
        const k = loopControl(c, label);
        if (k === 1) return undefined;
        if (k === 2) return c;
      }
    }
    return orelse ? orelse(e) : undefined;
  };
}

export function compileDoWhile(cx: Cx, s: DoWhile): StmtFn {
  const test = compileExpr(cx, s.test);
  const body = compileBody(cx, s.body);
  const ops = cx.ops;
  const budget = cx.st.budget;
  const loc = s.loc;
  const label = s.label;
  return (e) => {
    do {
      if (++budget.used > budget.limit) budget.exceeded(loc);
      const c = body(e);
      if (c !== undefined) {
        const k = loopControl(c, label);
        if (k === 1) return undefined;
        if (k === 2) return c;
      }
    } while (ops.truthy(test(e)));
    return undefined;
  };
}

export interface LoopHead {
  /** Bind one iteration's value; returns the env the body runs in. */
  bind: (e: Env, v: Value) => Env;
  hcx: Cx;
}

/** The target of for-of / for-in: a fresh let/const binding per iteration, or an assignment. */
export function compileLoopHead(cx: Cx, declKind: 'var' | 'let' | 'const' | undefined, target: Pattern, body: readonly Stmt[]): LoopHead {
  if (cx.lang === 'py' || declKind === undefined || declKind === 'var') {
    const set = compileTarget(cx, target);
    return {
      hcx: cx,
      bind: (e, v) => {
        set(e, v);
        return e;
      },
    };
  }
  const own = body.some((b) => containsClosure(b)) || containsClosure(target);
  const scope = new CScope('block', 'js', cx.scope, own);
  for (const n of patternNames(target)) scope.declare(n, declKind);
  const hcx = withScope(cx, scope);
  const set = compileTarget(hcx, target, 'init');
  const template = scope.template;
  const resets = scope.lexicalSlots;
  return {
    hcx,
    bind: own
      ? (e, v) => {
          const ne = template!.slice();
          ne[0] = e;
          set(ne, v);
          return ne;
        }
      : (e, v) => {
          for (let i = 0; i < resets.length; i++) e[resets[i]!] = HOLE;
          set(e, v);
          return e;
        },
  };
}

export function compileForOf(cx: Cx, s: ForOf): StmtFn {
  // Always compiled in generator mode (containsAwait counts it); reaching here means no async body.
  if (s.isAsync)
    throw unsupported(cx.lang === 'py' ? "'async for' outside an async function" : 'for await outside an async function', s.loc);
  const iter = compileExpr(cx, s.iter);
  const head = compileLoopHead(cx, s.declKind, s.target, s.body);
  const body = compileBody(head.hcx, s.body);
  const orelse = s.orelse.length ? compileBody(cx, s.orelse) : undefined;
  const ops = cx.ops;
  const budget = cx.st.budget;
  const loc = s.loc;
  const label = s.label;
  const guard = jsIterableGuard(cx, s.iter, 'iterate');
  return (e) => {
    const source = iter(e);
    guard?.(source);
    const it = ops.iterate(source, s.iter.loc)[Symbol.iterator]();
    for (;;) {
      const r = it.next();
      if (r.done) break;
      if (++budget.used > budget.limit) budget.exceeded(loc);
      let c: Completion;
      try {
        c = body(head.bind(e, r.value));
      } catch (err) {
        closeAfterThrow(it, err);
        throw err;
      }
      if (c !== undefined) {
        const k = loopControl(c, label);
        if (k === 0) continue;
        closeNormally(it);
        return k === 1 ? undefined : c;
      }
    }
    return orelse ? orelse(e) : undefined;
  };
}

export function compileForIn(cx: Cx, s: ForIn): StmtFn {
  const obj = compileExpr(cx, s.object);
  const head = compileLoopHead(cx, s.declKind, s.target, s.body);
  const body = compileBody(head.hcx, s.body);
  const js = cx.realm.js;
  const budget = cx.st.budget;
  const loc = s.loc;
  const label = s.label;
  return (e) => {
    const o = obj(e);
    if (o === null || o === undefined) return undefined;
    for (const k of js.forInKeys(o)) {
      if (++budget.used > budget.limit) budget.exceeded(loc);
      const c = body(head.bind(e, k));
      if (c !== undefined) {
        const r = loopControl(c, label);
        if (r === 1) return undefined;
        if (r === 2) return c;
      }
    }
    return undefined;
  };
}

export interface ForCParts {
  lcx: Cx;
  /** Creates the loop environment (runs no user code). */
  open: (e: Env) => Env;
  /** CreatePerIterationEnvironment, or identity. */
  copy: (e: Env) => Env;
}

/** The scope of a `for (let ...; ;)` head (shared by the plain and generator versions). */
export function forCScope(cx: Cx, s: ForC): ForCParts {
  const init = s.init;
  if (!init || init.kind !== 'VarDecl' || init.declKind === 'var') {
    return { lcx: cx, open: (e) => e, copy: (e) => e };
  }
  const own = containsClosure(s);
  const scope = new CScope('block', 'js', cx.scope, own);
  for (const d of init.declarations) for (const n of patternNames(d.target)) scope.declare(n, init.declKind);
  const lcx = withScope(cx, scope);
  const template = scope.template;
  const resets = scope.lexicalSlots;
  const perIteration = own && init.declKind === 'let';
  return {
    lcx,
    open: own
      ? (e) => {
          const ne = template!.slice();
          ne[0] = e;
          return ne;
        }
      : (e) => {
          for (let i = 0; i < resets.length; i++) e[resets[i]!] = HOLE;
          return e;
        },
    copy: perIteration ? (e) => e.slice() : (e) => e,
  };
}

export function compileForC(cx: Cx, s: ForC): StmtFn {
  const parts = forCScope(cx, s);
  const lcx = parts.lcx;
  const init = s.init ? compileStmt(lcx, s.init) : undefined;
  const test = s.test ? compileExpr(lcx, s.test) : undefined;
  const update = s.update ? compileExpr(lcx, s.update) : undefined;
  const body = compileBody(lcx, s.body);
  const ops = cx.ops;
  const budget = cx.st.budget;
  const loc: Loc = s.loc;
  const label = s.label;
  const { open, copy } = parts;
  return (e0) => {
    let e = open(e0);
    if (init) init(e);
    e = copy(e);
    for (;;) {
      if (test && !ops.truthy(test(e))) return undefined;
      if (++budget.used > budget.limit) budget.exceeded(loc);
      const c = body(e);
      if (c !== undefined) {
        const k = loopControl(c, label);
        if (k === 1) return undefined;
        if (k === 2) return c;
      }
      e = copy(e);
      if (update) update(e);
    }
  };
}
