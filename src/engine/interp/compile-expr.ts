/**
 * Expressions that build values: literals, names, templates / f-strings, slices,
 * list/tuple/set/dict displays, JS object literals and Python comprehensions.
 */
import { jsIterableGuard } from './iterable-errors';
import type {
  Comprehension,
  DictLit,
  Expr,
  ListLit,
  Loc,
  Name,
  NumLit,
  ObjectLit,
  RegExpLit,
  SetLit,
  Slice,
  Template,
  TemplateObject,
  TupleLit,
} from '../ir/nodes';
import { compileRegExp, jsContext, nameByComputedKey, newRegExp } from '../runtime/js/index';
import { unsupported } from '../errors';
import { None, FunctionValue, type PropSlot, type Value, type Callable } from '../runtime/values';
import { GeneratorDriver, Yielded } from '../runtime/generator';
import { DONE, PyIterator } from '../runtime/python/index';
import type { Cx } from './context';
import { userError, withScope } from './context';
import { MAX_ARRAY_LENGTH, MAX_CALL_ARGUMENTS, walkFits } from '../runtime/limits';
import { tick } from '../runtime/realm';
import type { Thrown } from '../runtime/thrown';
import type { Env, ExprFn } from './core';
import { compileExpr } from './compile';
import { compileGet } from './names';
import { compileTarget, copyOwnProps } from './patterns';
import { containsAwait, containsClosure, patternNames } from './analysis';
import { compileAsyncGenexpr, isAsyncGenexpr } from './compile-genexpr-async';
import { CScope } from './scope';

type Literal = Extract<Expr, { kind: 'Num' | 'Str' | 'Bool' | 'None' | 'Null' | 'Undefined' }>;

export function compileLiteral(cx: Cx, node: Literal): ExprFn {
  let v: Value;
  switch (node.kind) {
    case 'Num':
      v = numValue(cx, node);
      break;
    case 'Str':
    case 'Bool':
      v = node.value;
      break;
    case 'None':
      v = None;
      break;
    case 'Null':
      v = null;
      break;
    case 'Undefined':
      v = undefined;
      break;
  }
  return () => v;
}

function numValue(cx: Cx, node: NumLit): Value {
  if (node.big !== undefined) return BigInt(node.big);
  if (node.isFloat && cx.lang === 'py') return cx.realm.py.makeFloat(node.value);
  return node.value;
}

export function compileName(cx: Cx, node: Name): ExprFn {
  return compileGet(cx, node.id, node.loc);
}

export function compileTemplate(cx: Cx, node: Template): ExprFn {
  const ops = cx.ops;
  const quasis = node.quasis;
  const parts = node.parts.map((p) => {
    // f"{x=}" shows repr unless a conversion or a format spec says otherwise (PEP 501 / 3.8 docs).
    const conversion = p.conversion ?? (p.selfDoc !== undefined && !p.formatSpec ? 'r' : undefined);
    return {
      expr: compileExpr(cx, p.expr),
      conversion,
      spec: p.formatSpec ? compileTemplate(cx, p.formatSpec) : undefined,
      prefix: p.selfDoc ?? '',
      loc: p.loc,
    };
  });
  if (parts.length === 0) {
    const s = quasis[0] ?? '';
    return () => s;
  }
  return (e) => {
    let out = quasis[0]!;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      const v = p.expr(e);
      const spec = p.spec ? (p.spec(e) as string) : undefined;
      out += p.prefix + ops.templatePart(v, p.conversion, spec, p.loc) + quasis[i + 1]!;
    }
    return out;
  };
}

/**
 * A tagged template's strings array: made on the site's first evaluation and the same
 * object ever after (§13.2.8.4: `tag` can tell two calls from one site by identity).
 */
export function compileTemplateObject(cx: Cx, node: TemplateObject): ExprFn {
  const realm = cx.st.realm;
  let made: Value | undefined;
  return () => (made ??= realm.js.templateObject(node.cooked, node.raw));
}

export function compileSlice(cx: Cx, node: Slice): ExprFn {
  const py = cx.realm.py;
  const none = () => None as Value;
  const lo = node.lower ? compileExpr(cx, node.lower) : none;
  const hi = node.upper ? compileExpr(cx, node.upper) : none;
  const st = node.step ? compileExpr(cx, node.step) : none;
  if (!py.makeSlice) throw unsupported('slices', node.loc);
  return (e) => py.makeSlice!(lo(e), hi(e), st(e));
}

/** Elements of a list/tuple/set display; Starred (Python) / Spread (JS) elements are iterated in. */
export function compileElements(cx: Cx, elements: readonly Expr[]): (e: Env) => Value[] {
  const hasSpread = elements.some((el) => el.kind === 'Starred' || el.kind === 'Spread');
  if (!hasSpread) {
    const fns = elements.map((el) => compileExpr(cx, el));
    const n = fns.length;
    return (e) => {
      const out = new Array<Value>(n);
      for (let i = 0; i < n; i++) out[i] = fns[i]!(e);
      return out;
    };
  }
  const parts = elements.map((el) =>
    el.kind === 'Starred' || el.kind === 'Spread'
      ? { spread: true, fn: compileExpr(cx, el.value), loc: el.loc, guard: jsIterableGuard(cx, el.value, 'iterate') }
      : { spread: false, fn: compileExpr(cx, el), loc: el.loc, guard: undefined },
  );
  const items = displayItems(cx);
  return (e) => {
    const out: Value[] = [];
    for (const p of parts) {
      const v = p.fn(e);
      if (p.spread) {
        p.guard?.(v);
        items.spread(out, v, p.loc);
      } else items.push(out, v, p.loc);
    }
    return out;
  };
}

/**
 * The items of a display that has spreads (`...x` / `*x`): appended with the run's array cap
 * checked as they come, and a spread's items charged to the budget (runtime/limits.ts, issue
 * 10: `[...x, ...x]` doubled thirty times aborted the host with a fatal out-of-memory error).
 * Past the cap the program gets its runtime's own error for it.
 */
export function displayItems(cx: Cx): { spread(out: Value[], v: Value, loc: Loc): void; push(out: Value[], v: Value, loc: Loc): void } {
  const full = (loc: Loc) =>
    cx.lang === 'py' ? userError(cx, 'py', 'MemoryError', '', loc) : userError(cx, 'js', 'RangeError', 'Invalid array length', loc);
  return {
    spread: spreadInto(cx, MAX_ARRAY_LENGTH, full),
    push(out, v, loc) {
      if (out.length >= MAX_ARRAY_LENGTH) throw full(loc);
      out.push(v);
    },
  };
}

/**
 * A call's `f(...x)` / `f(*x)`: as a display's spread, up to the most arguments a call takes
 * (runtime/limits.ts MAX_CALL_ARGUMENTS: past it V8 throws `RangeError: Maximum call stack
 * size exceeded`; Python has only the array cap).
 */
export function argumentSpread(cx: Cx): (out: Value[], v: Value, loc: Loc) => void {
  return cx.lang === 'py'
    ? spreadInto(cx, MAX_ARRAY_LENGTH, (loc) => userError(cx, 'py', 'MemoryError', '', loc))
    : spreadInto(cx, MAX_CALL_ARGUMENTS, (loc) => userError(cx, 'js', 'RangeError', 'Maximum call stack size exceeded', loc));
}

/**
 * Appends the items of `v`'s iteration to `out`, at most `max` in all, charged to the budget:
 * an array's items by their number, any other iteration's a step each, as Python's `list()`
 * counts them (a native iterator, `entries()` or a string's, runs no statement that would count
 * one: `[...a.entries()]` of a 2**25-element array made 3 GB of pairs in one go).
 */
function spreadInto(cx: Cx, max: number, full: (loc: Loc) => Thrown): (out: Value[], v: Value, loc: Loc) => void {
  const ops = cx.ops;
  const budget = cx.realm.budget;
  return (out, v, loc) => {
    const counted = !Array.isArray(v);
    const before = out.length;
    const items = ops.iterate(v, loc);
    // An array iterated as itself yields its length in items, holes too: past the cap it is
    // the cap's error before a loop over billions of holes (`a[2**32 - 2] = 1`; issue 10).
    if (items === v && before + v.length > max) throw full(loc);
    for (const x of items) {
      if (counted) tick(budget, loc);
      if (out.length >= max) throw full(loc);
      out.push(x);
    }
    if (!counted) walkFits(budget, out.length - before);
  };
}

/**
 * `/pattern/flags`: each evaluation makes a new RegExp object (§13.2.7.3), sharing one
 * host RegExp compiled here; a pattern the host rejects throws when evaluated.
 */
export function compileRegExpLiteral(cx: Cx, node: RegExpLit): ExprFn {
  const realm = cx.realm;
  let host: RegExp | undefined;
  return () => {
    const ctx = jsContext(realm);
    host ??= compileRegExp(ctx, node.pattern, node.flags);
    return newRegExp(ctx, new RegExp(host));
  };
}

export function compileList(cx: Cx, node: ListLit): ExprFn {
  if (node.holes) return compileHoleyList(cx, node, node.holes);
  return compileElements(cx, node.elements);
}

/**
 * A JS array literal with elisions: an elision only advances the index (§13.2.4.1
 * ArrayAccumulation, Elision), leaving a hole; spreads before it shift where it lands.
 */
function compileHoleyList(cx: Cx, node: ListLit, holes: number[]): ExprFn {
  const items = displayItems(cx);
  const isHole = new Set(holes);
  const parts = node.elements.map((el, i) =>
    isHole.has(i)
      ? { hole: true, spread: false, fn: undefined, loc: el.loc, guard: undefined }
      : el.kind === 'Spread'
        ? { hole: false, spread: true, fn: compileExpr(cx, el.value), loc: el.loc, guard: jsIterableGuard(cx, el.value, 'iterate') }
        : { hole: false, spread: false, fn: compileExpr(cx, el), loc: el.loc, guard: undefined },
  );
  return (e) => {
    const out: Value[] = [];
    for (const p of parts) {
      if (p.hole) out.length++;
      else if (p.spread) {
        const v = p.fn!(e);
        p.guard?.(v);
        items.spread(out, v, p.loc);
      } else items.push(out, p.fn!(e), p.loc);
    }
    return out;
  };
}

export function compileTuple(cx: Cx, node: TupleLit): ExprFn {
  const items = compileElements(cx, node.elements);
  const py = cx.realm.py;
  return (e) => py.makeTuple(items(e));
}

export function compileSet(cx: Cx, node: SetLit): ExprFn {
  const items = compileElements(cx, node.elements);
  const py = cx.realm.py;
  const constant = isConstantDisplay(node);
  return (e) => py.makeSet(items(e), constant);
}

/**
 * A set display whose items CPython's compiler folds to constants (literals, signed
 * numbers, tuples of those): it is built from a frozenset constant (see PyOps.makeSet).
 */
export function isConstantDisplay(node: SetLit): boolean {
  const constant = (x: Expr): boolean => {
    switch (x.kind) {
      case 'Num':
      case 'Str':
      case 'Bool':
      case 'None':
        return true;
      case 'Unary':
        return (x.op === '-' || x.op === '+') && x.operand.kind === 'Num';
      case 'Tuple':
        return x.elements.every(constant);
      default:
        return false;
    }
  };
  return node.elements.every(constant);
}

export function compileDict(cx: Cx, node: DictLit): ExprFn {
  const py = cx.realm.py;
  const entries = node.entries.map((en) => ({
    key: en.key ? compileExpr(cx, en.key) : undefined,
    value: compileExpr(cx, en.value),
  }));
  return (e) => {
    const out: [Value, Value][] = [];
    for (const en of entries) {
      if (en.key) {
        const k = en.key(e);
        out.push([k, en.value(e)]);
      } else {
        for (const [k, v] of py.mappingItems(en.value(e))) out.push([k, v]);
      }
    }
    return py.makeDict(out);
  };
}

export function compileObject(cx: Cx, node: ObjectLit): ExprFn {
  const js = cx.realm.js;
  const props = node.props.map((p) => ({
    kind: p.kind,
    key: p.key,
    computed: p.computedKey ? compileExpr(cx, p.computedKey) : undefined,
    value: compileExpr(cx, p.value),
    anonymous:
      p.kind !== 'init' ||
      (p.value.kind === 'FunctionExpr' && p.value.fn.name === '') ||
      (p.value.kind === 'ClassExpr' && p.value.cls.name === ''),
  }));
  return (e) => {
    const obj = js.newObject();
    for (const p of props) {
      if (p.kind === 'spread') {
        copyOwnProps(cx, p.value(e), undefined, obj, node.loc);
        continue;
      }
      const key = p.computed ? js.toPropertyKey(p.computed(e)) : p.key;
      const v = p.value(e);
      if (p.computed) nameByComputedKey(jsContext(cx.realm), v, key, p.anonymous);
      if (p.kind === 'init') {
        js.defineProperty(obj, key, { value: v }, true);
        continue;
      }
      // Methods and accessors: `super` inside them refers to the object's prototype.
      if (v instanceof FunctionValue) v.homeObject = obj;
      if (p.kind === 'method') {
        js.defineProperty(obj, key, { value: v }, true);
      } else {
        const old = obj.props.get(key);
        const slot: PropSlot = old && !('value' in old) ? { get: old.get, set: old.set } : {};
        if (p.kind === 'get') (slot as { get?: Callable }).get = v as Callable;
        else (slot as { set?: Callable }).set = v as Callable;
        js.defineProperty(obj, key, slot, true);
      }
    }
    return obj;
  };
}

/**
 * Python comprehensions: the first iterable is evaluated in the enclosing scope, the rest
 * in the comprehension's own scope (targets do not leak). A generator expression is a lazy
 * iterator (the runtime's PyIterator, shown as a generator object): its first iterable is
 * iterated at creation, as CPython does, and each item is computed on demand, so
 * `any(f(x) for x in xs)` stops calling f at the first true value.
 */
/** The parts of a comprehension, compiled in its own scope (shared with compile-async.ts). */
export function comprehensionParts<F>(cx: Cx, node: Comprehension, compile: (cx: Cx, x: Expr) => F, allowAsync = false) {
  if (!allowAsync && node.generators.some((g) => g.isAsync)) throw unsupported('async comprehension (async for)', node.loc);
  // A generator expression runs lazily, possibly interleaved with another run of the same
  // expression: it always gets its own environment.
  const own = node.type === 'generator' || containsClosure(node);
  const scope = new CScope('comp', 'py', cx.scope, own);
  for (const g of node.generators) for (const n of patternNames(g.target)) scope.declare(n, 'local');
  const ccx = withScope(cx, scope);
  const gens = node.generators.map((g, i) => ({
    iter: i === 0 ? undefined : compile(ccx, g.iter),
    isAsync: g.isAsync,
    target: compileTarget(ccx, g.target),
    ifs: g.ifs.map((c) => compile(ccx, c)),
  }));
  return {
    first: compile(cx, node.generators[0]!.iter),
    gens,
    elt: compile(ccx, node.elt),
    key: node.key ? compile(ccx, node.key) : undefined,
    own,
    template: scope.template,
  };
}

export function compileComprehension(cx: Cx, node: Comprehension): ExprFn {
  if (isAsyncGenexpr(node, containsAwait)) {
    const r = compileAsyncGenexpr(cx, node);
    if (!('p' in r)) throw unsupported('await in the first iterable of a generator expression outside an async function', node.loc);
    return r.p;
  }
  const py = cx.realm.py;
  const { first, gens, elt, key, own, template } = comprehensionParts(cx, node, compileExpr);
  const budget = cx.st.budget;
  const loc = node.loc;
  const type = node.type;
  if (type === 'generator') {
    // A generator object of its own (runtime/generator.ts), named as CPython names it.
    const outerName = cx.fn.def?.qualname;
    const info = { name: '<genexpr>', qualname: outerName ? `${outerName}.<locals>.<genexpr>` : '<genexpr>' };
    const realm = cx.realm;
    // The generator functions are made once per generator expression in the program, not at
    // each evaluation: each generator function made at run time gets a `prototype` object of
    // its own and gives its generators a hidden class of their own (issue 10).
    // The generator's body is the outermost level itself (it returns None, the generator's
    // return value): no wrapper generator, two host frames less per level of recursion
    // through a generator expression (issue 10).
    function* run(ce: Env, level: number, items: Iterable<Value>): Generator<unknown, Value, unknown> {
      const g = gens[level]!;
      outer: for (const item of items) {
        tick(budget, loc);
        g.target(ce, item);
        for (const c of g.ifs) if (!py.truthy(c(ce))) continue outer;
        if (level + 1 < gens.length) yield* run(ce, level + 1, py.iterate(gens[level + 1]!.iter!(ce), loc));
        else yield new Yielded(elt(ce));
      }
      return None;
    }
    return (e) => {
      const ce: Env = template!.slice();
      ce[0] = e;
      const items = py.iterate(first(e), loc);
      const body = run(ce, 0, items);
      const gl = realm.generators.py;
      if (gl) return gl.make(new GeneratorDriver(body, info, false));
      // A realm without Python generator objects (test doubles): a plain lazy iterator.
      return new PyIterator('generator', () => {
        const r = body.next();
        return r.done ? DONE : (r.value as Yielded).value;
      });
    };
  }
  const finish = (out: Value[], pairs: [Value, Value][]): Value =>
    type === 'list' ? out : type === 'set' ? py.makeSet(out) : py.makeDict(pairs);
  if (gens.length === 1) {
    // One `for`: the loop runs in the expression's own host frame, not in a nested closure,
    // so recursion through a comprehension costs one host frame less per level (issue 10:
    // CPython 3.12+ inlines comprehensions, PEP 709, and the frame counter must decide).
    const g = gens[0]!;
    const { target, ifs } = g;
    return (e) => {
      const out: Value[] = [];
      const pairs: [Value, Value][] = [];
      const ce: Env = own ? template!.slice() : e;
      if (own) ce[0] = e;
      outer: for (const item of py.iterate(first(e), loc)) {
        tick(budget, loc);
        target(ce, item);
        for (const c of ifs) if (!py.truthy(c(ce))) continue outer;
        if (key) {
          const k = key(ce);
          pairs.push([k, elt(ce)]);
        } else out.push(elt(ce));
      }
      return finish(out, pairs);
    };
  }
  return (e) => {
    const out: Value[] = [];
    const pairs: [Value, Value][] = [];
    const ce: Env = own ? template!.slice() : e;
    if (own) ce[0] = e;
    const run = (level: number, iterable: Value): void => {
      const g = gens[level]!;
      outer: for (const item of py.iterate(iterable, loc)) {
        tick(budget, loc);
        g.target(ce, item);
        for (const c of g.ifs) if (!py.truthy(c(ce))) continue outer;
        if (level + 1 < gens.length) run(level + 1, gens[level + 1]!.iter!(ce));
        else if (key) {
          const k = key(ce);
          pairs.push([k, elt(ce)]);
        } else out.push(elt(ce));
      }
    };
    run(0, first(e));
    return finish(out, pairs);
  };
}
