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
import { BREAK, type Completion, type GenStmtFn } from './core';
import { compileBodyD, compileExprD, compileStmtsD } from './compile';
import { openBlock } from './compile-stmt';
import { callValue } from './calls';

export function compileIfG(cx: Cx, s: If): GenStmtFn {
  const test = compileExprD(cx, s.test);
  const body = compileBodyD(cx, s.body);
  const orelse = s.orelse.length ? compileBodyD(cx, s.orelse) : undefined;
  const ops = cx.ops;
  return function* (e) {
    const t = test.g ? yield* test.g(e) : test.p(e);
    if (ops.truthy(t)) return body.g ? yield* body.g(e) : body.p(e);
    if (orelse) return orelse.g ? yield* orelse.g(e) : orelse.p(e);
    return undefined;
  };
}

export function compileBlockG(cx: Cx, s: Block): GenStmtFn {
  const body = compileBodyD(cx, s.body);
  const label = s.label;
  // Without a label the block is its body. (A block compiled in generator form awaits in its body.)
  if (label === undefined) return body.g!;
  return function* (e) {
    const c = body.g ? yield* body.g(e) : body.p(e);
    if (c !== undefined && c.kind === 0 && c.label === label) return undefined;
    return c;
  };
}

export function compileSwitchG(cx: Cx, s: Switch): GenStmtFn {
  const disc = compileExprD(cx, s.discriminant);
  const b = openBlock(
    cx,
    s.cases.flatMap((c) => c.body),
  );
  const bcx = b.bcx;
  const cases = s.cases.map((c) => ({ test: c.test ? compileExprD(bcx, c.test) : undefined, body: compileStmtsD(bcx, c.body) }));
  const dflt = s.cases.findIndex((c) => !c.test);
  const ops = cx.ops;
  const enter = b.enter;
  const label = s.label;
  return function* (e0) {
    const v = disc.g ? yield* disc.g(e0) : disc.p(e0);
    const e = enter ? enter(e0) : e0;
    let start = -1;
    for (let i = 0; i < cases.length; i++) {
      const t = cases[i]!.test;
      if (!t) continue;
      const tv = t.g ? yield* t.g(e) : t.p(e);
      if (ops.truthy(ops.compare('===', v, tv))) {
        start = i;
        break;
      }
    }
    if (start < 0) start = dflt;
    if (start < 0) return undefined;
    for (let i = start; i < cases.length; i++) {
      const d = cases[i]!.body;
      const c: Completion = d.g ? yield* d.g(e) : d.p(e);
      if (c === undefined) continue;
      if (c === BREAK || (c.kind === 0 && c.label === label)) return undefined;
      return c;
    }
    return undefined;
  };
}

export function compileAssertG(cx: Cx, s: Assert): GenStmtFn {
  const test = compileExprD(cx, s.test);
  const msg = s.msg ? compileExprD(cx, s.msg) : undefined;
  const py = cx.realm.py;
  const st = cx.st;
  const loc = s.loc;
  return function* (e) {
    const t = test.g ? yield* test.g(e) : test.p(e);
    if (py.truthy(t)) return undefined;
    const args: Value[] = [];
    if (msg) args.push(msg.g ? yield* msg.g(e) : msg.p(e));
    const cls = cx.realm.builtins.py.get('AssertionError');
    if (cls === undefined) throw userError(cx, 'py', 'AssertionError', args.length ? py.display(args[0]) : '', loc);
    const err = new Thrown(callValue(st, cls, undefined, { positional: args }, 'py', loc));
    err.loc = { line: loc.line, col: loc.col };
    throw err;
  };
}
