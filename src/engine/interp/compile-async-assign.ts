/**
 * Generator-mode assignments: `x = await f()`, `x += await f()`, `o.k ??= await g()`.
 *
 * An assignment whose value awaits either becomes a step of await-then.ts (the value is
 * one plain `await`, so no generator is needed) or a generator that reads the target,
 * awaits the value and writes the target back — in the order the language evaluates
 * them: a JavaScript member target's object and key before the value, a compound
 * assignment's old value before the await. The other generator-mode expressions are in
 * compile-async.ts.
 */
import type { AssignExpr, Await, BinaryOperator, Expr, Name, Pattern } from '../ir/nodes';
import { unsupported } from '../errors';
import type { Value } from '../runtime/values';
import type { Cx } from './context';
import type { DExpr, Env, GenExprFn } from './core';
import { compileExpr, compileExprD, suspends } from './compile';
import { compileGet, compileSet } from './names';
import { compileTarget } from './patterns';
import { binaryAt, KEEP } from './compile-ops';
import { containsAwait } from './analysis';
import { AwaitThen, THEN_ASSIGN, THEN_AUG_NAME, type AssignPlan, type AugNamePlan } from './await-then';

type Gen<T> = Generator<unknown, T, unknown>;

/** Read-modify-write whose new value needs awaiting (`x += await f()`). */
export function compileRmwG(cx: Cx, target: Pattern, modify: (e: Env, old: Value) => Gen<Value | typeof KEEP>): GenExprFn {
  const ops = cx.ops;
  switch (target.kind) {
    case 'Name': {
      const get = compileGet(cx, target.id, target.loc);
      const set = compileSet(cx, target.id, target.loc);
      return function* (e) {
        const old = get(e);
        const v = yield* modify(e, old);
        if (v === KEEP) return old;
        set(e, v);
        return v;
      };
    }
    case 'Member': {
      const obj = compileExpr(cx, target.object);
      return function* (e) {
        const o = obj(e);
        const old = ops.getAttr(o, target.property, target.loc);
        const v = yield* modify(e, old);
        if (v === KEEP) return old;
        ops.setAttr(o, target.property, v, target.loc);
        return v;
      };
    }
    case 'Index': {
      const obj = compileExpr(cx, target.object);
      const key = compileExpr(cx, target.index);
      return function* (e) {
        const o = obj(e);
        const k = key(e);
        const old = ops.getItem(o, k, target.loc);
        const v = yield* modify(e, old);
        if (v === KEEP) return old;
        ops.setItem(o, k, v, target.loc);
        return v;
      };
    }
    default:
      throw unsupported('compound assignment to a destructuring pattern', target.loc);
  }
}

/** `await x` where x does not await (await-then.ts: the expressions made of these need no generator). */
export function isPlainAwait(cx: Cx, node: Expr): node is Await {
  // In a trampolined form a call suspends too (compile.ts suspends): `x = await f()` there
  // must yield f's call request, so its operand is no plain closure.
  return node.kind === 'Await' && !suspends(cx, node.value);
}

/**
 * `name op= value` with an awaiting value (`s += await f(i)`): compileRmwG with
 * binaryModifierG, fused into one generator (one level less per resume).
 */
export function compileAugNameG(cx: Cx, target: Name, op: BinaryOperator, valueNode: Expr, loc: Expr['loc']): GenExprFn {
  const ops = cx.ops;
  // Python's in-place protocol, as binaryModifier (compile-ops.ts).
  const py = cx.lang === 'py';
  const inplace = py ? cx.realm.py.inplace?.bind(cx.realm.py) : undefined;
  if (isPlainAwait(cx, valueNode)) {
    // `s += await f()`: a step, not a generator (await-then.ts); the same operation as augNameG's.
    const a = compileExpr(cx, valueNode.value);
    const plan: AugNamePlan = {
      kind: THEN_AUG_NAME,
      realm: cx.realm,
      get: compileGet(cx, target.id, target.loc),
      set: compileSet(cx, target.id, target.loc),
      combine: (old, b) =>
        inplace ? inplace(op, old, b, loc) : py ? listExtendOrBinary(ops, op, old, b, loc) : binaryAt(ops, op, old, b, loc),
      a,
      aloc: valueNode.loc,
    };
    return (e) => AwaitThen.start(plan, e);
  }
  const value = compileExprD(cx, valueNode);
  const d: AugNameG = {
    get: compileGet(cx, target.id, target.loc),
    set: compileSet(cx, target.id, target.loc),
    value,
    op,
    loc,
    ops,
    py,
    inplace,
  };
  return (e) => augNameG(d, e);
}

interface AugNameG {
  readonly get: (e: Env) => Value;
  readonly set: (e: Env, v: Value) => void;
  readonly value: DExpr;
  readonly op: BinaryOperator;
  readonly loc: Expr['loc'];
  readonly ops: Cx['ops'];
  readonly py: boolean;
  readonly inplace: ((op: BinaryOperator, a: Value, b: Value, loc: Expr['loc']) => Value) | undefined;
}

function* augNameG(d: AugNameG, e: Env): Gen<Value> {
  const old = d.get(e);
  const value = d.value;
  const b = value.g ? yield* value.g(e) : value.p(e);
  const v = d.inplace
    ? d.inplace(d.op, old, b, d.loc)
    : d.py
      ? listExtendOrBinary(d.ops, d.op, old, b, d.loc)
      : binaryAt(d.ops, d.op, old, b, d.loc);
  d.set(e, v);
  return v;
}

/** `old op value` where value may await; Python uses the in-place protocol (compile-ops.ts). */
export function binaryModifierG(cx: Cx, op: BinaryOperator, value: DExpr, loc: Expr['loc']): (e: Env, old: Value) => Gen<Value> {
  const ops = cx.ops;
  // Python's in-place protocol, as binaryModifier (compile-ops.ts).
  const py = cx.lang === 'py';
  const inplace = py ? cx.realm.py.inplace?.bind(cx.realm.py) : undefined;
  return function* (e, old) {
    const b = value.g ? yield* value.g(e) : value.p(e);
    return inplace ? inplace(op, old, b, loc) : py ? listExtendOrBinary(ops, op, old, b, loc) : binaryAt(ops, op, old, b, loc);
  };
}

/** Without the optional PyOps.inplace: list `+=` still extends in place, the rest is binary. */
function listExtendOrBinary(ops: Cx['ops'], op: BinaryOperator, old: Value, b: Value, loc: Expr['loc']): Value {
  if (op === '+' && Array.isArray(old) && typeof b === 'object' && b !== null) {
    for (const x of ops.iterate(b, loc)) old.push(x);
    return old;
  }
  return binaryAt(ops, op, old, b, loc);
}

export function compileAssignG(cx: Cx, node: AssignExpr): GenExprFn {
  if (containsAwait(node.target)) throw unsupported('await or yield inside an assignment target', node.loc);
  const ops = cx.ops;
  const target = node.target;
  const valueNode = node.value;
  if (node.op === '=' && !(cx.lang === 'js' && (target.kind === 'Member' || target.kind === 'Index')) && isPlainAwait(cx, valueNode)) {
    // `x = await f()`: a step, not a generator (await-then.ts).
    const a = compileExpr(cx, valueNode.value);
    const plan: AssignPlan = {
      kind: THEN_ASSIGN,
      realm: cx.realm,
      targets: [compileTarget(cx, target)],
      guard: undefined,
      statement: false,
      a,
      aloc: valueNode.loc,
    };
    return (e) => AwaitThen.start(plan, e);
  }
  if (node.op !== '=' && node.op !== '&&=' && node.op !== '||=' && node.op !== '??=' && target.kind === 'Name') {
    return compileAugNameG(cx, target, node.op.slice(0, -1) as BinaryOperator, valueNode, node.loc);
  }
  const value = compileExprD(cx, valueNode);
  if (node.op === '=') {
    if (cx.lang === 'js' && (target.kind === 'Member' || target.kind === 'Index')) {
      const obj = compileExpr(cx, target.object);
      const key = target.kind === 'Index' ? compileExpr(cx, target.index) : undefined;
      return function* (e) {
        const o = obj(e);
        const k = key ? key(e) : undefined;
        const v = value.g ? yield* value.g(e) : value.p(e);
        if (target.kind === 'Member') ops.setAttr(o, target.property, v, target.loc);
        else ops.setItem(o, k, v, target.loc);
        return v;
      };
    }
    const set = compileTarget(cx, target);
    return function* (e) {
      const v = value.g ? yield* value.g(e) : value.p(e);
      set(e, v);
      return v;
    };
  }
  const evalValue = function* (e: Env): Gen<Value> {
    return value.g ? yield* value.g(e) : value.p(e);
  };
  switch (node.op) {
    case '&&=':
      return compileRmwG(cx, target, function* (e, old) {
        return ops.truthy(old) ? yield* evalValue(e) : KEEP;
      });
    case '||=':
      return compileRmwG(cx, target, function* (e, old) {
        return ops.truthy(old) ? KEEP : yield* evalValue(e);
      });
    case '??=':
      return compileRmwG(cx, target, function* (e, old) {
        return old === null || old === undefined ? yield* evalValue(e) : KEEP;
      });
    default: {
      const op = node.op.slice(0, -1) as BinaryOperator;
      return compileRmwG(cx, target, binaryModifierG(cx, op, value, node.loc));
    }
  }
}
