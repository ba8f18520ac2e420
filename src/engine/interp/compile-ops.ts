/**
 * Operators. Every operator's meaning comes from `realm.ops(lang)` (the code's language);
 * this file only decides evaluation order and short-circuiting:
 *  - Python chained comparisons evaluate each operand once and stop at the first false link;
 *  - and/or/?? return the deciding operand;
 *  - compound assignment reads the target once (`a.b += 1` evaluates `a` once);
 *  - JS `typeof undeclared` is 'undefined'; `delete` goes to delAttr/delItem.
 */
import type { AssignExpr, BinaryOperator, BinOp, Compare, Cond, Expr, Logical, Pattern, Sequence, Unary, Update } from '../ir/nodes';
import { placeBudgetError, unsupported } from '../errors';
import type { Value } from '../runtime/values';
import type { LangOps } from '../runtime/realm';
import type { Pos } from '../events/types';
import type { Cx } from './context';
import type { Env, ExprFn } from './core';
import { compileExpr } from './compile';
import { compileGet, compileSet } from './names';
import { compileTarget } from './patterns';

export function compileBinOp(cx: Cx, node: BinOp): ExprFn {
  const l = compileExpr(cx, node.left);
  const r = compileExpr(cx, node.right);
  const ops = cx.ops;
  const op = node.op;
  const loc = node.loc;
  // JavaScript's operators place their own budget errors (only a BigInt's work counts steps:
  // runtime/js/operators.ts), so its hot `a + b` takes no wrapper.
  if (cx.lang === 'js')
    return (e) => {
      const a = l(e);
      return ops.binary(op, a, r(e), loc);
    };
  return (e) => {
    const a = l(e);
    return binaryAt(ops, op, a, r(e), loc);
  };
}

/**
 * `a op b`, a budget error its work raises placed at the operator (`7 ** 10**6`,
 * `[0] * 10**8`: an operator counts its work with `Budget.charge`, which knows no position).
 */
export function binaryAt(ops: LangOps, op: BinaryOperator, a: Value, b: Value, loc: Pos | undefined): Value {
  try {
    return ops.binary(op, a, b, loc);
  } catch (err) {
    throw placeBudgetError(err, loc);
  }
}

/** `a op= b` by the in-place protocol, its budget errors placed as binaryAt places them. */
function inplaceAt(
  inplace: (op: BinaryOperator, a: Value, b: Value, loc: Pos | undefined) => Value,
  op: BinaryOperator,
  a: Value,
  b: Value,
  loc: Pos | undefined,
): Value {
  try {
    return inplace(op, a, b, loc);
  } catch (err) {
    throw placeBudgetError(err, loc);
  }
}

export function compileCompare(cx: Cx, node: Compare): ExprFn {
  const ops = cx.ops;
  const loc = node.loc;
  const l = compileExpr(cx, node.left);
  if (node.ops.length === 1) {
    const op = node.ops[0]!;
    const r = compileExpr(cx, node.comparators[0]!);
    return (e) => {
      const a = l(e);
      return ops.compare(op, a, r(e), loc);
    };
  }
  const cs = node.comparators.map((c) => compileExpr(cx, c));
  const opList = node.ops;
  const last = cs.length - 1;
  return (e) => {
    let a = l(e);
    for (let i = 0; ; i++) {
      const b = cs[i]!(e);
      const res = ops.compare(opList[i]!, a, b, loc);
      if (i === last || !ops.truthy(res)) return res;
      a = b;
    }
  };
}

export function compileLogical(cx: Cx, node: Logical): ExprFn {
  const l = compileExpr(cx, node.left);
  const r = compileExpr(cx, node.right);
  const ops = cx.ops;
  switch (node.op) {
    case 'and':
      return (e) => {
        const a = l(e);
        return ops.truthy(a) ? r(e) : a;
      };
    case 'or':
      return (e) => {
        const a = l(e);
        return ops.truthy(a) ? a : r(e);
      };
    case '??':
      return (e) => {
        const a = l(e);
        return a === null || a === undefined ? r(e) : a;
      };
  }
}

export function compileUnary(cx: Cx, node: Unary): ExprFn {
  const ops = cx.ops;
  const loc = node.loc;
  const operand = node.operand;
  switch (node.op) {
    case 'not': {
      const v = compileExpr(cx, operand);
      return (e) => !ops.truthy(v(e));
    }
    case 'typeof': {
      // `typeof undeclared` does not throw (spec 13.5.3 step 2.a); a TDZ binding still does.
      const v = operand.kind === 'Name' ? compileGet(cx, operand.id, operand.loc, true) : compileExpr(cx, operand);
      return (e) => ops.unary('typeof', v(e), loc);
    }
    case 'delete': {
      if (operand.kind === 'Member') {
        const obj = compileExpr(cx, operand.object);
        const name = operand.property;
        return (e) => {
          ops.delAttr(obj(e), name, loc);
          return true;
        };
      }
      if (operand.kind === 'Index') {
        const obj = compileExpr(cx, operand.object);
        const key = compileExpr(cx, operand.index);
        return (e) => {
          const o = obj(e);
          ops.delItem(o, key(e), loc);
          return true;
        };
      }
      const v = compileExpr(cx, operand);
      return (e) => {
        v(e);
        return true;
      };
    }
    default: {
      const op = node.op;
      const v = compileExpr(cx, operand);
      return (e) => ops.unary(op, v(e), loc);
    }
  }
}

export function compileCond(cx: Cx, node: Cond): ExprFn {
  const t = compileExpr(cx, node.test);
  const a = compileExpr(cx, node.then);
  const b = compileExpr(cx, node.else);
  const ops = cx.ops;
  return (e) => (ops.truthy(t(e)) ? a(e) : b(e));
}

export function compileSequence(cx: Cx, node: Sequence): ExprFn {
  const fns = node.exprs.map((x) => compileExpr(cx, x));
  return (e) => {
    let v: Value;
    for (const f of fns) v = f(e);
    return v;
  };
}

/** Marker returned by a `modify` function: keep the old value, assign nothing (`&&=` etc.). */
export const KEEP: unique symbol = Symbol('keep');

/**
 * Read-modify-write of a simple target (name, attribute, item), reading the target's object
 * and key once. `modify` receives the old value; the expression's value is the new one
 * (or the old one for `resultOld`, used by postfix `x++` with its numeric conversion).
 */
export function compileReadModifyWrite(
  cx: Cx,
  target: Pattern,
  modify: (e: Env, old: Value) => Value | typeof KEEP,
  post?: (old: Value) => Value,
): ExprFn {
  const ops = cx.ops;
  switch (target.kind) {
    case 'Name': {
      const get = compileGet(cx, target.id, target.loc);
      const set = compileSet(cx, target.id, target.loc);
      return (e) => {
        const old = get(e);
        const v = modify(e, old);
        if (v === KEEP) return old;
        set(e, v);
        return post ? post(old) : v;
      };
    }
    case 'Member': {
      const obj = compileExpr(cx, target.object);
      const name = target.property;
      const loc = target.loc;
      return (e) => {
        const o = obj(e);
        const old = ops.getAttr(o, name, loc);
        const v = modify(e, old);
        if (v === KEEP) return old;
        ops.setAttr(o, name, v, loc);
        return post ? post(old) : v;
      };
    }
    case 'Index': {
      const obj = compileExpr(cx, target.object);
      const key = compileExpr(cx, target.index);
      const loc = target.loc;
      return (e) => {
        const o = obj(e);
        const k = key(e);
        const old = ops.getItem(o, k, loc);
        const v = modify(e, old);
        if (v === KEEP) return old;
        ops.setItem(o, k, v, loc);
        return post ? post(old) : v;
      };
    }
    default:
      throw unsupported('compound assignment to a destructuring pattern', target.loc);
  }
}

/**
 * `a op= b`. Python's in-place `+=` on a list extends it in place (list.__iadd__), which
 * is visible through aliases; the other in-place operators fall back to the binary ones.
 */
export function binaryModifier(cx: Cx, op: BinaryOperator, value: ExprFn, loc: Expr['loc']): (e: Env, old: Value) => Value {
  const ops = cx.ops;
  // Python `a op= b` is the in-place protocol (`__iop__`, list/set/dict updating in place,
  // so every alias sees the change), falling back to `a op b`.
  const inplace = cx.lang === 'py' ? cx.realm.py.inplace?.bind(cx.realm.py) : undefined;
  if (inplace) return (e, old) => inplaceAt(inplace, op, old, value(e), loc);
  if (cx.lang === 'py' && op === '+') {
    // A PyOps without the optional `inplace`: at least list `+=` extends in place.
    return (e, old) => {
      const b = value(e);
      if (Array.isArray(old) && (Array.isArray(b) || typeof b === 'object')) {
        for (const x of ops.iterate(b, loc)) old.push(x);
        return old;
      }
      return binaryAt(ops, op, old, b, loc);
    };
  }
  if (cx.lang === 'js') return (e, old) => ops.binary(op, old, value(e), loc);
  return (e, old) => binaryAt(ops, op, old, value(e), loc);
}

export function compileAssignExpr(cx: Cx, node: AssignExpr): ExprFn {
  const value = compileExpr(cx, node.value);
  const ops = cx.ops;
  const target = node.target;
  if (node.op === '=') {
    if (cx.lang === 'js' && target.kind === 'Member') {
      // JS evaluates the target reference before the right-hand side (spec 13.15.2).
      const obj = compileExpr(cx, target.object);
      const name = target.property;
      const loc = target.loc;
      return (e) => {
        const o = obj(e);
        const v = value(e);
        ops.setAttr(o, name, v, loc);
        return v;
      };
    }
    if (cx.lang === 'js' && target.kind === 'Index') {
      const obj = compileExpr(cx, target.object);
      const key = compileExpr(cx, target.index);
      const loc = target.loc;
      return (e) => {
        const o = obj(e);
        const k = key(e);
        const v = value(e);
        ops.setItem(o, k, v, loc);
        return v;
      };
    }
    const set = compileTarget(cx, target, 'assign', node.value);
    return (e) => {
      const v = value(e);
      set(e, v);
      return v;
    };
  }
  switch (node.op) {
    case '&&=':
      return compileReadModifyWrite(cx, target, (e, old) => (ops.truthy(old) ? value(e) : KEEP));
    case '||=':
      return compileReadModifyWrite(cx, target, (e, old) => (ops.truthy(old) ? KEEP : value(e)));
    case '??=':
      return compileReadModifyWrite(cx, target, (e, old) => (old === null || old === undefined ? value(e) : KEEP));
    default: {
      const op = node.op.slice(0, -1) as BinaryOperator;
      return compileReadModifyWrite(cx, target, binaryModifier(cx, op, value, node.loc));
    }
  }
}

export function compileUpdate(cx: Cx, node: Update): ExprFn {
  const ops = cx.ops;
  const loc = node.loc;
  const op = node.op === '++' ? '+' : '-';
  // §13.4.2.1: ToNumeric, then Number::add or BigInt::add with 1 / 1n.
  const toNum = (v: Value) => (typeof v === 'number' || typeof v === 'bigint' ? v : ops.unary('+', v, loc));
  const modify = (_e: Env, old: Value) => {
    const n = toNum(old);
    return ops.binary(op, n, typeof n === 'bigint' ? 1n : 1, loc);
  };
  return compileReadModifyWrite(cx, node.target, modify, node.prefix ? undefined : toNum);
}
