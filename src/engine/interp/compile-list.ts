/**
 * Statement lists and block bodies, written once in generator form; build/derive-sync.ts
 * derives the plain form (compile-list.sync.ts: compileStmts, compileBody). compile.ts
 * picks one per list (compileStmtsD / compileBodyD): the generator form only for a list of
 * an async body that awaits.
 *
 * A list runs its entries (compile.ts compileStmtParts / compileStmtPartsG) in order,
 * charging one budget step per statement; the first abrupt completion ends it, and a
 * user-level error gets the position of the statement it escaped (tagLoc). Every `yield*`
 * level is paid again on each resume, so the statements that only evaluate an awaiting
 * expression are run by the list itself (PART_EXPR, PART_RETURN) rather than through a
 * wrapper generator.
 */
import type { Stmt } from '../ir/nodes';
import type { Cx } from './context';
import { RETURN, pending, type Completion, type GenExprFn, type GenStmtFn, type StmtFn } from './core';
import { compileStmtPartsG, tagLoc } from './compile';
import { PART_EXPR, PART_PLAIN, PART_RETURN } from './compile-async-stmt';
import { openBlock } from './compile-stmt';
import { tick } from '../runtime/realm';

/** A statement list: budget per statement, first abrupt completion wins. */
export function compileStmtsG(cx: Cx, body: readonly Stmt[]): GenStmtFn {
  const { kinds, fns, locs } = compileStmtPartsG(cx, body);
  const budget = cx.st.budget;
  const n = fns.length;
  if (n === 0) {
    return function* () {
      return undefined;
    };
  }
  if (n === 1) {
    // One statement (a branch of an `if`, most loop bodies): no loop around it.
    const k = kinds[0]!;
    const f = fns[0]!;
    const loc = locs[0]!;
    return function* (e) {
      tick(budget, loc);
      try {
        if (k === PART_PLAIN) return (f as StmtFn)(e);
        if (k === PART_EXPR) {
          yield* (f as GenExprFn)(e);
          return undefined;
        }
        if (k === PART_RETURN) {
          pending.value = yield* (f as GenExprFn)(e);
          return RETURN;
        }
        return yield* (f as GenStmtFn)(e);
      } catch (err) {
        tagLoc(err, loc);
        throw err;
      }
    };
  }
  return function* (e) {
    let c: Completion = undefined;
    let i = 0;
    try {
      for (; i < n; i++) {
        tick(budget, locs[i]);
        const k = kinds[i];
        if (k === PART_PLAIN) c = (fns[i] as StmtFn)(e);
        else if (k === PART_EXPR) yield* (fns[i] as GenExprFn)(e);
        else if (k === PART_RETURN) {
          pending.value = yield* (fns[i] as GenExprFn)(e);
          c = RETURN;
        } else c = yield* (fns[i] as GenStmtFn)(e);
        if (c !== undefined) return c;
      }
    } catch (err) {
      tagLoc(err, locs[i]!);
      throw err;
    }
    return undefined;
  };
}

/** A statement list as its own block scope (JS: openBlock) or inline (Python). */
export function compileBodyG(cx: Cx, body: readonly Stmt[]): GenStmtFn {
  const b = openBlock(cx, body);
  const inner = compileStmtsG(b.bcx, body);
  const enter = b.enter;
  if (!enter) return inner;
  return function* (e) {
    return yield* inner(enter(e));
  };
}
