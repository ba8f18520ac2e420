/**
 * Assignment targets: names, attributes, items, and unpacking.
 *
 * Python (`a, *b, c = xs`): the value is iterated fully, then counted against the targets,
 * with CPython's messages (`not enough values to unpack (expected 2, got 1)`, `too many
 * values to unpack (expected 2)`, `(expected 2, got 3)` when the length is known).
 * JavaScript destructuring: array patterns pull from the iterator only as many values as
 * they need (holes skip one, `...rest` takes the remainder); object patterns read each
 * property with [[Get]]; `= default` applies when the value is undefined.
 */
import { closeAfterThrow, closeNormally } from './iterator-close';
import type { Expr, Loc, ObjectPattern, Pattern } from '../ir/nodes';
import { unsupported } from '../errors';
import { MAX_ARRAY_LENGTH } from '../runtime/limits';
import { presentIndices } from '../runtime/js/properties';
import { JSObject, PyTuple, type Value } from '../runtime/values';
import type { Cx } from './context';
import { userError } from './context';
import type { AssignFn, Env, ExprFn } from './core';
import { compileExpr } from './compile';
import { compileSet } from './names';
import { tick } from '../runtime/realm';
import { calleeText } from './callee-text';

export type TargetMode = 'assign' | 'init';

/**
 * Where a JavaScript object pattern's value comes from, for V8's TypeError when it is null or
 * undefined: the expression of a declaration or an assignment (`Cannot destructure property
 * 'a' of 'o.user' as it is undefined.`, named as V8's CallPrinter names it: callee-text.ts),
 * or NESTED, a property or element of an outer pattern (`Cannot read properties of undefined
 * (reading 'a')`, as V8 reads it); without either (a parameter, a loop variable), the value.
 */
export const NESTED = 'nested';
export type PatternSource = Expr | typeof NESTED | undefined;

export function compileTarget(cx: Cx, p: Pattern, mode: TargetMode = 'assign', from?: PatternSource): AssignFn {
  switch (p.kind) {
    case 'Name':
      return compileSet(cx, p.id, p.loc, mode === 'init');
    case 'Member': {
      const obj = compileExpr(cx, p.object);
      const ops = cx.ops;
      const name = p.property;
      const loc = p.loc;
      return (e, v) => ops.setAttr(obj(e), name, v, loc);
    }
    case 'Index': {
      const obj = compileExpr(cx, p.object);
      const key = compileExpr(cx, p.index);
      const ops = cx.ops;
      const loc = p.loc;
      return (e, v) => {
        const o = obj(e);
        ops.setItem(o, key(e), v, loc);
      };
    }
    case 'ArrayPattern':
      return cx.lang === 'py' ? compilePyUnpack(cx, p.elements, p.loc, mode) : compileJsArrayPattern(cx, p.elements, mode);
    case 'ObjectPattern':
      return compileObjectPattern(cx, p, mode, from);
    case 'DefaultPattern': {
      const inner = compileTarget(cx, p.target, mode, from);
      const dflt = compileExpr(cx, p.default);
      return (e, v) => inner(e, v === undefined ? dflt(e) : v);
    }
    case 'RestPattern':
      throw unsupported('rest element outside a destructuring pattern', p.loc);
  }
}

function compilePyUnpack(cx: Cx, elements: readonly (Pattern | null)[], loc: Loc, mode: TargetMode): AssignFn {
  const star = elements.findIndex((el) => el?.kind === 'RestPattern');
  const targets = elements.map((el) => {
    if (!el) throw unsupported('empty unpacking target', loc);
    return compileTarget(cx, el.kind === 'RestPattern' ? el.target : el, mode);
  });
  const n = targets.length;
  const py = cx.realm.py;
  return (e, v) => {
    if (typeof v === 'number' || typeof v === 'boolean' || v === undefined || v === null) {
      const tn = typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'float') : typeof v === 'boolean' ? 'bool' : 'NoneType';
      throw userError(cx, 'py', 'TypeError', `cannot unpack non-iterable ${tn} object`, loc);
    }
    const knownLength = Array.isArray(v) || v instanceof PyTuple || typeof v === 'string';
    // Without a star CPython's UNPACK_SEQUENCE takes one item past the targets and stops: an
    // endless iterator (a pending future's FutureIter, itertools.count) is "too many values",
    // not a loop (issue 10: `d, = asyncio.ensure_future(...)` grew one host array until V8
    // aborted the process).
    const items = Array.isArray(v) ? v.slice() : takeItems(cx, py.iterate(v, loc), star < 0 ? n + 1 : Infinity, loc);
    if (star < 0) {
      if (items.length < n) {
        throw userError(cx, 'py', 'ValueError', `not enough values to unpack (expected ${n}, got ${items.length})`, loc);
      }
      if (items.length > n) {
        const got = knownLength ? `, got ${items.length}` : '';
        throw userError(cx, 'py', 'ValueError', `too many values to unpack (expected ${n}${got})`, loc);
      }
      for (let i = 0; i < n; i++) targets[i]!(e, items[i]);
      return;
    }
    if (items.length < n - 1) {
      throw userError(cx, 'py', 'ValueError', `not enough values to unpack (expected at least ${n - 1}, got ${items.length})`, loc);
    }
    const after = n - 1 - star;
    for (let i = 0; i < star; i++) targets[i]!(e, items[i]);
    targets[star]!(e, items.slice(star, items.length - after));
    for (let i = 0; i < after; i++) targets[star + 1 + i]!(e, items[items.length - after + i]);
  };
}

/**
 * At most `max` items of an iteration, each a step of the budget (a native `__next__` runs no
 * statement that would count it), and a MemoryError past the run's array cap.
 */
function takeItems(cx: Cx, items: Iterable<Value>, max: number, loc: Loc): Value[] {
  const out: Value[] = [];
  if (max <= 0) return out;
  const budget = cx.realm.budget;
  for (const x of items) {
    tick(budget, undefined);
    if (out.length >= MAX_ARRAY_LENGTH) throw userError(cx, 'py', 'MemoryError', '', loc);
    out.push(x);
    if (out.length >= max) break;
  }
  return out;
}

function compileJsArrayPattern(cx: Cx, elements: readonly (Pattern | null)[], mode: TargetMode): AssignFn {
  const parts = elements.map((el) => {
    if (el === null) return { kind: 'hole' as const };
    if (el.kind === 'RestPattern') return { kind: 'rest' as const, set: compileTarget(cx, el.target, mode) };
    return { kind: 'one' as const, set: compileTarget(cx, el, mode, NESTED) };
  });
  const js = cx.realm.js;
  return (e, v) => {
    if (v === undefined || v === null) {
      // V8's NotIterableNoSymbolLoad names the value with its typeof: `object null`, `undefined`.
      throw userError(
        cx,
        'js',
        'TypeError',
        `${v === null ? 'object null' : 'undefined'} is not iterable (cannot read property Symbol(Symbol.iterator))`,
      );
    }
    const it = js.iterate(v)[Symbol.iterator]();
    // `done` is set before each step: a `next()` that throws leaves the iterator done
    // (§8.6.2 IteratorBindingInitialization), so only errors from targets close it.
    let done = false;
    const next = (): Value => {
      if (done) return undefined;
      done = true;
      const r = it.next();
      if (r.done) return undefined;
      done = false;
      return r.value;
    };
    try {
      for (const part of parts) {
        if (part.kind === 'hole') next();
        else if (part.kind === 'one') part.set(e, next());
        else {
          const rest: Value[] = [];
          while (!done) {
            const x = next();
            if (!done) rest.push(x);
          }
          part.set(e, rest);
        }
      }
    } catch (err) {
      if (!done) closeAfterThrow(it, err);
      throw err;
    }
    // IteratorClose when the pattern did not exhaust the iterator (§8.6.2).
    if (!done) closeNormally(it);
  };
}

function compileObjectPattern(cx: Cx, p: ObjectPattern, mode: TargetMode, from: PatternSource): AssignFn {
  const js = cx.realm.js;
  const props = p.props.map((prop) => ({
    key: prop.key,
    computed: prop.computedKey ? compileExpr(cx, prop.computedKey) : undefined,
    set: compileTarget(cx, prop.value, mode, NESTED),
  }));
  const rest = p.rest ? compileTarget(cx, p.rest, mode) : undefined;
  const firstKey = p.props[0]?.key;
  const named = firstKey !== undefined && !p.props[0]!.computedKey;
  const source = from !== undefined && from !== NESTED ? calleeText(from) : undefined;
  return (e, v) => {
    if (v === undefined || v === null) {
      const what = source ?? String(v);
      const msg =
        from === NESTED && named
          ? `Cannot read properties of ${String(v)} (reading '${firstKey}')`
          : named
            ? `Cannot destructure property '${firstKey}' of '${what}' as it is ${String(v)}.`
            : `Cannot destructure '${what}' as it is ${String(v)}.`;
      throw userError(cx, 'js', 'TypeError', msg, p.loc);
    }
    const used: string[] = [];
    for (const prop of props) {
      const key = prop.computed ? js.toPropertyKey(prop.computed(e)) : prop.key;
      used.push(key);
      prop.set(e, js.getAttr(v, key, p.loc));
    }
    if (rest) rest(e, copyOwnProps(cx, v, new Set(used), undefined, p.loc));
  };
}

/** CopyDataProperties: own enumerable properties of `src` into a fresh object (object spread / rest). */
export function copyOwnProps(cx: Cx, src: Value, exclude?: Set<string>, into?: JSObject, pos?: Loc): JSObject {
  const js = cx.realm.js;
  const out = into ?? js.newObject();
  const put = (k: string, v: Value) => {
    if (!exclude?.has(k)) js.defineProperty(out, k, { value: v }, true);
  };
  if (src instanceof JSObject) {
    // A property made per property: a step each, as for an array's elements below.
    cx.realm.budget.charge(src.props.size, pos);
    for (const [k, slot] of src.props) {
      // An excluded key is skipped before its value is read: its getter ran once already, for
      // the pattern's own property (§14.3.3.1 CopyDataProperties step 5.c).
      if (slot.enumerable === false || exclude?.has(k)) continue;
      put(k, 'value' in slot ? slot.value : js.getAttr(src, k));
    }
  } else if (Array.isArray(src)) {
    // By the indices it holds, not its length (`a[2**32 - 2] = 1`; issue 10); a property
    // made per element is a step each, as Object.keys counts its keys.
    const held = presentIndices(src, cx.realm.budget, pos);
    cx.realm.budget.charge(held.length, pos);
    for (const i of held) put(String(i), src[i]);
  } else if (typeof src === 'string') {
    cx.realm.budget.charge(src.length, pos);
    [...src].forEach((ch, i) => put(String(i), ch));
  }
  return out;
}

/** Evaluate a default only when needed (parameters use it too). */
export function withDefault(dflt: ExprFn): (e: Env, v: Value) => Value {
  return (e, v) => (v === undefined ? dflt(e) : v);
}
