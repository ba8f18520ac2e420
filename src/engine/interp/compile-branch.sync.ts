// GENERATED from compile-branch.ts by build/derive-sync.ts (`npm run derive`): do not edit.
// The plain (synchronous) form of the constructs that file writes in generator form.
/**
 * The statements that choose what runs next without looping: if / elif / else, a labelled
 * or plain JS block, switch, and Python's assert. Written once, in generator form;
 * build/derive-sync.ts derives the plain form (compile-branch.sync.ts), and compile.ts /
 * compile-async-stmt.ts pick one per statement: the generator form only for a statement of
 * an async body that awaits.
 *
 *  - `label: { ... }`: `break label` completes the block normally (ECMAScript
 *    LabelledEvaluation); any other completion passes through.
 *  - switch: the discriminant is evaluated, then the case tests in order until one is
 *    strictly equal; the bodies run from there on, falling through, until a break. All
 *    cases share one block scope (ECMAScript CaseBlock), entered after the discriminant.
 *  - assert: the message is evaluated only when the test fails, and the builtin
 *    AssertionError is called with it (CPython's LOAD_ASSERTION_ERROR, not a name lookup).
 */
import type { Assert, Block, If, Switch } from '../ir/nodes';
import type { Value } from '../runtime/values';
import { Thrown } from '../runtime/thrown';
import type { Cx } from './context';
import { userError } from './context';
import { BREAK, type Completion, type StmtFn } from './core';
import { compileBody, compileExpr, compileStmts } from './compile';
import { openBlock } from './compile-stmt';
import { callValue } from './calls';

export function compileIf(cx: Cx, s: If): StmtFn {
  const test = compileExpr(cx, s.test);
  const body = compileBody(cx, s.body);
  const orelse = s.orelse.length ? compileBody(cx, s.orelse) : undefined;
  const ops = cx.ops;
  return function (e) {
    const t = test(e);
    if (ops.truthy(t)) return body(e);
    if (orelse) return orelse(e);
    return undefined;
  };
}

export function compileBlock(cx: Cx, s: Block): StmtFn {
  const body = compileBody(cx, s.body);
  const label = s.label;
  // Without a label the block is its body. (A block compiled in generator form awaits in its body.)
  if (label === undefined) return body;
  return function (e) {
    const c = body(e);
    if (c !== undefined && c.kind === 0 && c.label === label) return undefined;
    return c;
  };
}

export function compileSwitch(cx: Cx, s: Switch): StmtFn {
  const disc = compileExpr(cx, s.discriminant);
  const b = openBlock(
    cx,
    s.cases.flatMap((c) => c.body),
  );
  const bcx = b.bcx;
  const cases = s.cases.map((c) => ({ test: c.test ? compileExpr(bcx, c.test) : undefined, body: compileStmts(bcx, c.body) }));
  const dflt = s.cases.findIndex((c) => !c.test);
  const ops = cx.ops;
  const enter = b.enter;
  const label = s.label;
  return function (e0) {
    const v = disc(e0);
    const e = enter ? enter(e0) : e0;
    let start = -1;
    for (let i = 0; i < cases.length; i++) {
      const t = cases[i]!.test;
      if (!t) continue;
      const tv = t(e);
      if (ops.truthy(ops.compare('===', v, tv))) {
        start = i;
        break;
      }
    }
    if (start < 0) start = dflt;
    if (start < 0) return undefined;
    for (let i = start; i < cases.length; i++) {
      const d = cases[i]!.body;
      const c: Completion = d(e);
      if (c === undefined) continue;
      if (c === BREAK || (c.kind === 0 && c.label === label)) return undefined;
      return c;
    }
    return undefined;
  };
}

export function compileAssert(cx: Cx, s: Assert): StmtFn {
  const test = compileExpr(cx, s.test);
  const msg = s.msg ? compileExpr(cx, s.msg) : undefined;
  const py = cx.realm.py;
  const st = cx.st;
  const loc = s.loc;
  return function (e) {
    const t = test(e);
    if (py.truthy(t)) return undefined;
    const args: Value[] = [];
    if (msg) args.push(msg(e));
    const cls = cx.realm.builtins.py.get('AssertionError');
    if (cls === undefined) throw userError(cx, 'py', 'AssertionError', args.length ? py.display(args[0]) : '', loc);
    const err = new Thrown(callValue(st, cls, undefined, { positional: args }, 'py', loc));
    err.loc = { line: loc.line, col: loc.col };
    throw err;
  };
}
