// GENERATED from compile-loops.ts by build/derive-sync.ts (`npm run derive`): do not edit.
// The plain (synchronous) form of the constructs that file writes in generator form.
/**
 * Loops: while / do-while / for-of (Python for) / for-in / for(;;), with labels and Python's
 * `else:` clause (runs when the loop ends without break). Written once, in generator form;
 * build/derive-sync.ts derives the plain form (compile-loops.sync.ts), and compile.ts /
 * compile-async-stmt.ts pick one per loop: the generator form only for a loop of an async
 * body that awaits (`for await` / `async for` are compile-for-await.ts and
 * compile-async-for-py.ts). The per-iteration bindings and scopes are loop-heads.ts.
 *
 *  - Every iteration charges one budget step, and every statement of the body one more.
 *  - The loop runs its body's statements itself (the steps of compile-list.ts) instead of
 *    calling a list closure: in generator form that is one generator level and one
 *    generator object less per iteration (measured 20–25 % on the await benchmarks), in
 *    plain form one call less.
 *  - for-of closes its iterator when the loop is left early (ECMAScript IteratorClose,
 *    iterator-close.ts): normally on break / return / an outer label and when a JS
 *    generator's return() unwinds a `yield` in the body; after a user-level exception the
 *    exception wins over what closing throws.
 */
import type { DoWhile, ForC, ForIn, ForOf, Loc, Stmt, While } from '../ir/nodes';
import { unsupported } from '../errors';
import type { Value } from '../runtime/values';
import type { Cx } from './context';
import { RETURN, pending, type Completion, type ExprFn, type StmtFn, type Env } from './core';
import { compileBody, compileExpr, compileStmt, compileStmtParts, tagLoc, type StmtParts } from './compile';
import { openBlock } from './compile-stmt';
import { compileLoopHead, forCScope, loopControl, type LoopHead } from './loop-heads';
import { containsAwait } from './analysis';
import { jsIterableGuard } from './iterable-errors';
import { closeAfterThrow, closeNormally } from './iterator-close';
import { GeneratorReturn } from '../runtime/generator';
import { PART_EXPR, PART_PLAIN, PART_RETURN } from './compile-async-stmt';
import { tick } from '../runtime/realm';

/** A loop body: its block scope's entry (JS) and its statements, run by the loop. */
interface LoopBody extends StmtParts {
  enter: ((e: Env) => Env) | null;
}

export function compileLoopBody(cx: Cx, body: readonly Stmt[]): LoopBody {
  const b = openBlock(cx, body);
  return { enter: b.enter, ...compileStmtParts(b.bcx, body) };
}

/**
 * What one `while`, `do-while` or `for (;;)` runs, compiled once per loop. All three run in
 * runLoopG, one generator function for every loop: V8 gives the generators of each generator
 * function object a hidden class of their own, so a `function*` made per compiled loop showed
 * the `yield*` that resumes it a new class in every run (issue 10). runLoopG is the source
 * the plain form's runLoop is derived from; an async body runs these loops with a LoopRun
 * (loop-run.ts), the same steps as an object, whose resumes cost less than a generator's.
 */
export interface Loop extends LoopBody {
  readonly init: StmtFn | undefined;
  readonly test: ExprFn | undefined;
  readonly update: ExprFn | undefined;
  readonly orelse: StmtFn | undefined;
  readonly ops: Cx['ops'];
  readonly budget: Cx['st']['budget'];
  readonly loc: Loc;
  readonly label: string | undefined;
  readonly skipFirstTest: boolean;
  /** `for (let ...)`: the loop's scope and its per-iteration copy (loop-heads.ts forCScope). */
  readonly open: ((e: Env) => Env) | undefined;
  readonly copy: ((e: Env) => Env) | undefined;
}

/** `while test: body [else: orelse]` and `do body while (test)`. */
export function compileWhile(cx: Cx, s: While | DoWhile): StmtFn {
  const d = whileLoop(cx, s);
  return (e) => runLoop(d, e);
}

/**
 * The parts of a `while` / `do-while` loop. An async body runs them with a LoopRun
 * (loop-run.ts, compile-async-stmt.ts), the plain form with runLoop (derived from runLoopG).
 */
export function whileLoop(cx: Cx, s: While | DoWhile): Loop {
  return {
    init: undefined,
    test: compileExpr(cx, s.test),
    update: undefined,
    ...compileLoopBody(cx, s.body),
    orelse: s.kind === 'While' && s.orelse.length ? compileBody(cx, s.orelse) : undefined,
    ops: cx.ops,
    budget: cx.st.budget,
    loc: s.loc,
    label: s.label,
    skipFirstTest: s.kind === 'DoWhile',
    open: undefined,
    copy: undefined,
  };
}

function runLoop(d: Loop, e0: Env): ReturnType<StmtFn> {
  // The loop's parts are read from `d` where they are used, not held in locals: a generator
  // saves and restores every local at each suspension.
  let e = d.open ? d.open(e0) : e0;
  if (d.init) {
    const init = d.init;
    init(e);
  }
  if (d.copy) e = d.copy(e);
  let first = d.skipFirstTest;
  for (;;) {
    if (d.test && !first) {
      const test = d.test;
      const t = test(e);
      if (!d.ops.truthy(t)) break;
    }
    first = false;
    tick(d.budget, d.loc);
    let c: Completion = undefined;
    let i = 0;
    const be = d.enter ? d.enter(e) : e;
    try {
      for (; i < d.fns.length; i++) {
        tick(d.budget, d.locs[i]);
        const k = d.kinds[i];
        if (k === PART_PLAIN) c = (d.fns[i] as StmtFn)(be);
        else if (k === PART_EXPR) (d.fns[i] as ExprFn)(be);
        else if (k === PART_RETURN) {
          pending.value = (d.fns[i] as ExprFn)(be);
          c = RETURN;
        } else c = (d.fns[i] as StmtFn)(be);
        if (c !== undefined) break;
      }
    } catch (err) {
      tagLoc(err, d.locs[i]!);
      throw err;
    }
    if (c !== undefined) {
      const k = loopControl(c, d.label);
      if (k === 1) return undefined;
      if (k === 2) return c;
    }
    if (d.copy) e = d.copy(e);
    if (d.update) {
      const update = d.update;
      update(e);
    }
  }
  if (d.orelse) {
    const orelse = d.orelse;
    return orelse(e);
  }
  return undefined;
}

/**
 * What one for-of / Python `for` (not `for await` / `async for`) or for-in runs, compiled once
 * per loop, run by runEachG: one generator function for every such loop, as runLoopG is for
 * the others (a `function*` made per compiled loop gave its generators a hidden class of
 * their own in every run). An async body runs these loops with an EachRun (each-run.ts).
 */
export interface EachLoop extends LoopBody {
  readonly source: ExprFn;
  /** Binds one iteration's value (loop-heads.ts): the env the body runs in. */
  readonly bind: LoopHead['bind'];
  readonly orelse: StmtFn | undefined;
  readonly ops: Cx['ops'];
  /** for-in: the JS runtime (its keys); undefined for for-of and Python's `for`. */
  readonly js: Cx['realm']['js'] | undefined;
  readonly budget: Cx['st']['budget'];
  readonly loc: Loc;
  readonly label: string | undefined;
  /** The iterable's position: a "not iterable" TypeError points at it. */
  readonly iterLoc: Loc;
  readonly guard: ((v: Value) => void) | undefined;
}

/** for-of / Python `for` (not `for await` / `async for`) and for-in. */
export function compileForEach(cx: Cx, s: ForOf | ForIn): StmtFn {
  const d = eachLoop(cx, s);
  return (e) => runEach(d, e);
}

/** The parts of a for-of / for-in loop (runEachG, each-run.ts). */
export function eachLoop(cx: Cx, s: ForOf | ForIn): EachLoop {
  if (containsAwait(s.target)) throw unsupported('await or yield inside a loop target', s.loc);
  const source = compileExpr(cx, s.kind === 'ForOf' ? s.iter : s.object);
  const head = compileLoopHead(cx, s.declKind, s.target, s.body);
  return {
    source,
    bind: head.bind,
    ...compileLoopBody(head.hcx, s.body),
    orelse: s.kind === 'ForOf' && s.orelse.length ? compileBody(cx, s.orelse) : undefined,
    ops: cx.ops,
    // Only for-in needs the JS runtime: a Python `for` must not install it (issue 10, cold runs).
    js: s.kind === 'ForIn' ? cx.realm.js : undefined,
    budget: cx.st.budget,
    loc: s.loc,
    label: s.label,
    iterLoc: s.kind === 'ForOf' ? s.iter.loc : s.loc,
    guard: s.kind === 'ForOf' ? jsIterableGuard(cx, s.iter, 'iterate') : undefined,
  };
}

/** The iterator a for-of / for-in loop walks: for-in's keys, else the value iterated. */
export function eachIterator(d: EachLoop, v: Value): Iterator<Value> {
  let iterable: Iterable<Value>;
  const js = d.js;
  if (js) iterable = v === null || v === undefined ? [] : js.forInKeys(v);
  else {
    d.guard?.(v);
    iterable = d.ops.iterate(v, d.iterLoc);
  }
  return iterable[Symbol.iterator]();
}

function runEach(d: EachLoop, e: Env): ReturnType<StmtFn> {
  // The loop's parts are read from `d` where they are used (runLoopG says why).
  const source = d.source;
  const v = source(e);
  const it = eachIterator(d, v);
  for (;;) {
    const r = it.next();
    if (r.done) break;
    tick(d.budget, d.loc);
    let c: Completion = undefined;
    let i = -1;
    try {
      const he = d.bind(e, r.value);
      const be = d.enter ? d.enter(he) : he;
      for (i = 0; i < d.fns.length; i++) {
        tick(d.budget, d.locs[i]);
        const k = d.kinds[i];
        if (k === PART_PLAIN) c = (d.fns[i] as StmtFn)(be);
        else if (k === PART_EXPR) (d.fns[i] as ExprFn)(be);
        else if (k === PART_RETURN) {
          pending.value = (d.fns[i] as ExprFn)(be);
          c = RETURN;
        } else c = (d.fns[i] as StmtFn)(be);
        if (c !== undefined) break;
      }
    } catch (err) {
      if (i >= 0) tagLoc(err, d.locs[i]!);
      // A JS generator's return() at a yield in the body is a return completion: close as break does.
      if (err instanceof GeneratorReturn) closeNormally(it);
      else closeAfterThrow(it, err);
      throw err;
    }
    if (c !== undefined) {
      const k = loopControl(c, d.label);
      if (k === 0) continue;
      closeNormally(it);
      return k === 1 ? undefined : c;
    }
  }
  if (d.orelse) {
    const orelse = d.orelse;
    return orelse(e);
  }
  return undefined;
}

/** `for (init; test; update) body`, with the per-iteration copies of loop-heads.ts forCScope. */
export function compileForC(cx: Cx, s: ForC): StmtFn {
  const d = forCLoop(cx, s);
  return (e0) => runLoop(d, e0);
}

/** The parts of a `for (;;)` loop (whileLoopG's header). */
export function forCLoop(cx: Cx, s: ForC): Loop {
  const parts = forCScope(cx, s);
  const lcx = parts.lcx;
  return {
    init: s.init ? compileStmt(lcx, s.init) : undefined,
    test: s.test ? compileExpr(lcx, s.test) : undefined,
    update: s.update ? compileExpr(lcx, s.update) : undefined,
    ...compileLoopBody(lcx, s.body),
    orelse: undefined,
    ops: cx.ops,
    budget: cx.st.budget,
    loc: s.loc,
    label: s.label,
    skipFirstTest: false,
    open: parts.open,
    copy: parts.copy,
  };
}
