/**
 * Generator-mode loops: for-of / for-in / C-style for whose bodies contain `await`
 * (`for await` is compile-for-await.ts) (same semantics as compile-loops.ts). The loop runs its body's
 * statements itself — one generator level and one generator object less per iteration.
 */
import type { ForC, ForIn, ForOf, Stmt } from '../ir/nodes';
import { unsupported } from '../errors';
import type { Value } from '../runtime/values';
import type { Cx } from './context';
import { RETURN, pending, type Completion, type Env, type GenExprFn, type GenStmtFn, type StmtFn } from './core';
import { compileExprD, compileStmtPartsG, compileStmtsD, tagLoc, type StmtPartsG } from './compile';
import { openBlock } from './compile-stmt';
import { compileLoopHead, forCScope, loopControl } from './compile-loops';
import { containsAwait } from './analysis';
import { jsIterableGuard } from './iterable-errors';
import { closeAfterThrow, closeNormally } from './iterator-close';
import { GeneratorReturn } from '../runtime/generator';
import { compileBodyD, PART_EXPR, PART_PLAIN, PART_RETURN } from './compile-async-stmt';
import { compileForAwaitG } from './compile-for-await';
import { compilePyAsyncForG } from './compile-async-for-py';

/**
 * A loop body for the generator-mode loops, which run its statements themselves (the
 * same steps as compile.ts compileStmtsD) instead of through a list generator: one
 * generator level and one generator object less per iteration.
 */
interface LoopBodyG extends StmtPartsG {
  enter: ((e: Env) => Env) | null;
}

export function compileLoopBodyG(cx: Cx, body: readonly Stmt[]): LoopBodyG {
  const b = openBlock(cx, body);
  return { enter: b.enter, ...compileStmtPartsG(b.bcx, body) };
}

export function compileForEachG(cx: Cx, s: ForOf | ForIn): GenStmtFn {
  if (s.kind === 'ForOf' && s.isAsync) return cx.lang === 'py' ? compilePyAsyncForG(cx, s) : compileForAwaitG(cx, s);
  if (containsAwait(s.target)) throw unsupported('await or yield inside a loop target', s.loc);
  const source = compileExprD(cx, s.kind === 'ForOf' ? s.iter : s.object);
  const head = compileLoopHead(cx, s.declKind, s.target, s.body);
  const { enter, kinds, fns, locs } = compileLoopBodyG(head.hcx, s.body);
  const n = fns.length;
  const orelse = s.kind === 'ForOf' && s.orelse.length ? compileBodyD(cx, s.orelse) : undefined;
  const ops = cx.ops;
  const js = cx.realm.js;
  const budget = cx.st.budget;
  const loc = s.loc;
  const label = s.label;
  const isIn = s.kind === 'ForIn';
  const iterLoc = s.kind === 'ForOf' ? s.iter.loc : loc;
  const guard = s.kind === 'ForOf' ? jsIterableGuard(cx, s.iter, 'iterate') : undefined;
  return function* (e) {
    const v = source.g ? yield* source.g(e) : source.p(e);
    let iterable: Iterable<Value>;
    if (isIn) iterable = v === null || v === undefined ? [] : js.forInKeys(v);
    else {
      guard?.(v);
      // The iterable's position, as the plain loop passes it (a generator the loop created is closed when it ends).
      iterable = ops.iterate(v, iterLoc);
    }
    const it = iterable[Symbol.iterator]();
    for (;;) {
      const r = it.next();
      if (r.done) break;
      if (++budget.used > budget.limit) budget.exceeded(loc);
      let c: Completion = undefined;
      let i = -1;
      try {
        const he = head.bind(e, r.value);
        const be = enter ? enter(he) : he;
        for (i = 0; i < n; i++) {
          if (++budget.used > budget.limit) budget.exceeded(locs[i]);
          const k = kinds[i];
          if (k === PART_PLAIN) c = (fns[i] as StmtFn)(be);
          else if (k === PART_EXPR) yield* (fns[i] as GenExprFn)(be);
          else if (k === PART_RETURN) {
            pending.value = yield* (fns[i] as GenExprFn)(be);
            c = RETURN;
          } else c = yield* (fns[i] as GenStmtFn)(be);
          if (c !== undefined) break;
        }
      } catch (err) {
        if (i >= 0) tagLoc(err, locs[i]!);
        // A JS generator's return() at a yield in the body is a return completion: close as break does.
        if (err instanceof GeneratorReturn) closeNormally(it);
        else closeAfterThrow(it, err);
        throw err;
      }
      if (c !== undefined) {
        const k = loopControl(c, label);
        if (k === 0) continue;
        closeNormally(it);
        return k === 1 ? undefined : c;
      }
    }
    if (orelse) return orelse.g ? yield* orelse.g(e) : orelse.p(e);
    return undefined;
  };
}

export function compileForCG(cx: Cx, s: ForC): GenStmtFn {
  const parts = forCScope(cx, s);
  const lcx = parts.lcx;
  const init = s.init ? compileStmtsD(lcx, [s.init]) : undefined;
  const test = s.test ? compileExprD(lcx, s.test) : undefined;
  const update = s.update ? compileExprD(lcx, s.update) : undefined;
  const { enter, kinds, fns, locs } = compileLoopBodyG(lcx, s.body);
  const n = fns.length;
  const ops = cx.ops;
  const budget = cx.st.budget;
  const loc = s.loc;
  const label = s.label;
  const { open, copy } = parts;
  return function* (e0) {
    let e = open(e0);
    if (init) {
      if (init.g) yield* init.g(e);
      else init.p(e);
    }
    e = copy(e);
    for (;;) {
      if (test) {
        const t = test.g ? yield* test.g(e) : test.p(e);
        if (!ops.truthy(t)) return undefined;
      }
      if (++budget.used > budget.limit) budget.exceeded(loc);
      let c: Completion = undefined;
      let i = 0;
      const be = enter ? enter(e) : e;
      try {
        for (; i < n; i++) {
          if (++budget.used > budget.limit) budget.exceeded(locs[i]);
          const k = kinds[i];
          if (k === PART_PLAIN) c = (fns[i] as StmtFn)(be);
          else if (k === PART_EXPR) yield* (fns[i] as GenExprFn)(be);
          else if (k === PART_RETURN) {
            pending.value = yield* (fns[i] as GenExprFn)(be);
            c = RETURN;
          } else c = yield* (fns[i] as GenStmtFn)(be);
          if (c !== undefined) break;
        }
      } catch (err) {
        tagLoc(err, locs[i]!);
        throw err;
      }
      if (c !== undefined) {
        const k = loopControl(c, label);
        if (k === 1) return undefined;
        if (k === 2) return c;
      }
      e = copy(e);
      if (update) {
        if (update.g) yield* update.g(e);
        else update.p(e);
      }
    }
  };
}
