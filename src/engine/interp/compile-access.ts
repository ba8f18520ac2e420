/**
 * Member and item access, calls, `new`, `this`, `super`, and JS optional chains.
 *
 * Optional chains (nodes.ts Member.chainEnd): links below a chainEnd node are compiled in
 * "chain mode" and return SHORT as soon as an `optional` link finds null/undefined; every
 * later link passes SHORT through without evaluating anything (spec 13.3.9), and the
 * chainEnd node turns SHORT into undefined.
 */
import { jsIterableGuard } from './iterable-errors';
import { calleeText, keptCalleeText } from './callee-text';
import type { Arg, Call, Expr, Index, Member, New, SuperCall, SuperMember, This } from '../ir/nodes';
import { unsupported } from '../errors';
import type { CallArgs, JSObject, Value } from '../runtime/values';
import type { Cx } from './context';
import { userError } from './context';
import { HOLE, SHORT, up, type Env, type ExprFn, type GenExprFn } from './core';
import { compileExpr, compileExprD } from './compile';
import { containsAwait } from './analysis';
import { argumentSpread } from './compile-expr';
import { compileGet } from './names';
import { CLASS_CELL_SLOT, FN_SLOT, NEW_TARGET_SLOT, THIS_SLOT, enclosing, type CScope } from './scope';
import { callValue as callFn, constructValue } from './calls';
import { classInfoOf, initFields } from './classes-js';
import { InterpFunction, invoke as invokeFn } from './functions';

type Link = Member | Index | Call;

function isLink(x: Expr): x is Link {
  return x.kind === 'Member' || x.kind === 'Index' || x.kind === 'Call';
}

/** Chain bases the generator form evaluated already (compileAwaitingChain): read, not compiled. */
const evaluatedBases = new WeakMap<Expr, ExprFn>();

/** Compile the object/callee of a link: in chain mode when it is a link of the same chain. */
function compileChainPart(cx: Cx, x: Expr, chain: boolean): ExprFn {
  const pre = evaluatedBases.get(x);
  if (pre !== undefined) return pre;
  if (chain && isLink(x) && !x.chainEnd) {
    if (x.kind === 'Member') return compileMember(cx, x, true);
    if (x.kind === 'Index') return compileIndex(cx, x, true);
    return compileCall(cx, x, true);
  }
  return compileExpr(cx, x);
}

function endChain(node: Link, f: ExprFn): ExprFn {
  if (!node.chainEnd) return f;
  return (e) => {
    const v = f(e);
    return (v as unknown) === SHORT ? undefined : v;
  };
}

export function compileMember(cx: Cx, node: Member, inChain: boolean): ExprFn {
  const chain = inChain || node.chainEnd === true;
  const obj = compileChainPart(cx, node.object, chain);
  const ops = cx.ops;
  const name = node.property;
  const loc = node.loc;
  if (!chain) return (e) => ops.getAttr(obj(e), name, loc);
  const optional = node.optional === true;
  return endChain(node, (e) => {
    const o = obj(e);
    if ((o as unknown) === SHORT || (optional && (o === null || o === undefined))) return SHORT as unknown as Value;
    return ops.getAttr(o, name, loc);
  });
}

export function compileIndex(cx: Cx, node: Index, inChain: boolean): ExprFn {
  const chain = inChain || node.chainEnd === true;
  const obj = compileChainPart(cx, node.object, chain);
  const key = compileExpr(cx, node.index);
  const ops = cx.ops;
  const loc = node.loc;
  if (!chain) {
    return (e) => {
      const o = obj(e);
      return ops.getItem(o, key(e), loc);
    };
  }
  const optional = node.optional === true;
  return endChain(node, (e) => {
    const o = obj(e);
    if ((o as unknown) === SHORT || (optional && (o === null || o === undefined))) return SHORT as unknown as Value;
    return ops.getItem(o, key(e), loc);
  });
}

/** Evaluated arguments: a fresh CallArgs per call (callees may keep the array, e.g. *args). */
export function compileArgs(cx: Cx, args: readonly Arg[]): (e: Env) => CallArgs {
  if (args.every((a) => a.kind === 'pos')) {
    const fns = args.map((a) => compileExpr(cx, a.value));
    const n = fns.length;
    if (n === 0) return () => ({ positional: [] });
    if (n === 1) {
      const f0 = fns[0]!;
      return (e) => ({ positional: [f0(e)] });
    }
    if (n === 2) {
      const f0 = fns[0]!;
      const f1 = fns[1]!;
      return (e) => {
        const a = f0(e);
        return { positional: [a, f1(e)] };
      };
    }
    return (e) => {
      const positional = new Array<Value>(n);
      for (let i = 0; i < n; i++) positional[i] = fns[i]!(e);
      return { positional };
    };
  }
  const py = cx.realm.py;
  const lang = cx.lang;
  const parts = args.map((a) => ({
    kind: a.kind,
    name: a.kind === 'kw' ? a.name : '',
    fn: compileExpr(cx, a.value),
    loc: a.value.loc,
    guard: a.kind === 'star' ? jsIterableGuard(cx, a.value, 'spread-call') : undefined,
  }));
  const spread = argumentSpread(cx);
  return (e) => {
    const positional: Value[] = [];
    let keywords: Map<string, Value> | undefined;
    for (const p of parts) {
      const v = p.fn(e);
      switch (p.kind) {
        case 'pos':
          positional.push(v);
          break;
        case 'star':
          p.guard?.(v);
          spread(positional, v, p.loc);
          break;
        case 'kw':
          if (lang === 'js') break;
          keywords ??= new Map();
          if (keywords.has(p.name)) throw userError(cx, 'py', 'SyntaxError', `keyword argument repeated: ${p.name}`, p.loc);
          keywords.set(p.name, v);
          break;
        case 'starstar':
          keywords ??= new Map();
          for (const [k, x] of py.mappingItems(v, p.loc)) {
            if (keywords.has(k)) throw userError(cx, 'py', 'TypeError', `got multiple values for keyword argument '${k}'`, p.loc);
            keywords.set(k, x);
          }
          break;
      }
    }
    return keywords ? { positional, keywords } : { positional };
  };
}

/**
 * Where a call compiled for an `await` writes its callee once the call has returned
 * (compile-async.ts): written after the call, so a nested evaluation of the same site during
 * the call cannot leave its own callee there.
 */
export interface CalleeCell {
  fn: Value;
}

export function compileCall(cx: Cx, node: Call, inChain: boolean, seen?: CalleeCell): ExprFn {
  const callValue = callFn;
  const chain = inChain || node.chainEnd === true;
  const args = compileArgs(cx, node.args);
  const st = cx.st;
  const lang = cx.lang;
  const loc = node.loc;
  const text = keptCalleeText(node.callee, lang, cx.realm.modelName);
  const optional = node.optional === true;
  const callee = node.callee;

  if (callee.kind === 'Member' || callee.kind === 'Index') {
    // Method call: the receiver is evaluated once and passed as `this`.
    const obj = compileChainPart(cx, callee.object, chain);
    const ops = cx.ops;
    const memberChain = chain;
    const memberOptional = callee.optional === true;
    const getter: (o: Value, e: Env) => Value =
      callee.kind === 'Member'
        ? (
            (name) => (o: Value) =>
              ops.getAttr(o, name, callee.loc)
          )(callee.property)
        : (
            (key) => (o: Value, e: Env) =>
              ops.getItem(o, key(e), callee.loc)
          )(compileExpr(cx, callee.index));
    if (!memberChain) {
      if (seen !== undefined)
        return (e) => {
          const o = obj(e);
          const fn = getter(o, e);
          const r = callValue(st, fn, o, args(e), lang, loc, text);
          seen.fn = fn;
          return r;
        };
      return (e) => {
        const o = obj(e);
        const fn = getter(o, e);
        return callValue(st, fn, o, args(e), lang, loc, text);
      };
    }
    return endChain(node, (e) => {
      const o = obj(e);
      if ((o as unknown) === SHORT || (memberOptional && (o === null || o === undefined))) return SHORT as unknown as Value;
      const fn = getter(o, e);
      if (optional && (fn === null || fn === undefined)) return SHORT as unknown as Value;
      return callValue(st, fn, o, args(e), lang, loc, text);
    });
  }
  if (callee.kind === 'SuperMember') {
    const fnGet = compileSuperMember(cx, callee);
    const self = cx.lang === 'js' ? compileThis(cx, callee) : () => undefined;
    return (e) => {
      const fn = fnGet(e);
      return callFn(st, fn, self(e), args(e), lang, loc, text);
    };
  }
  const fnExpr = compileChainPart(cx, callee, chain);
  if (!chain) {
    const invoke = invokeFn;
    if (seen !== undefined)
      return (e) => {
        const fn = fnExpr(e);
        const r =
          fn instanceof InterpFunction && fn.lang === lang && !fn.classInfo
            ? invoke(st, fn, undefined, args(e), undefined, false, loc)
            : callValue(st, fn, undefined, args(e), lang, loc, text);
        seen.fn = fn;
        return r;
      };
    return (e) => {
      const fn = fnExpr(e);
      // Fast path (one host frame less per call, which is what bounds recursion depth):
      // a same-language user function that is not a class constructor.
      if (fn instanceof InterpFunction && fn.lang === lang && !fn.classInfo)
        return invoke(st, fn, undefined, args(e), undefined, false, loc);
      return callValue(st, fn, undefined, args(e), lang, loc, text);
    };
  }
  return endChain(node, (e) => {
    const fn = fnExpr(e);
    if ((fn as unknown) === SHORT || (optional && (fn === null || fn === undefined))) return SHORT as unknown as Value;
    return callValue(st, fn, undefined, args(e), lang, loc, text);
  });
}

export function compileNew(cx: Cx, node: New): ExprFn {
  const callee = compileExpr(cx, node.callee);
  const args = compileArgs(cx, node.args);
  const st = cx.st;
  const text = calleeText(node.callee);
  const loc = node.loc;
  return (e) => {
    const fn = callee(e);
    return constructValue(st, fn, args(e), fn, 'js', loc, text);
  };
}

/** The nearest JS function with its own `this` (non-arrow), or null at module level. */
function thisScope(cx: Cx): CScope | null {
  return enclosing(cx.scope, (s) => s.kind === 'function' && s.jsThis);
}

export function compileThis(cx: Cx, node: This | SuperMember | SuperCall): ExprFn {
  const fs = thisScope(cx);
  // Top-level code: undefined in an ES module, module.exports in a CommonJS script.
  if (!fs) return () => cx.realm.jsModuleThis;
  const d = cx.scope.depthTo(fs.owner);
  const loc = node.loc;
  return (e) => {
    const v = up(e, d)[THIS_SLOT];
    if (v === HOLE) {
      throw userError(
        cx,
        'js',
        'ReferenceError',
        "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
        loc,
      );
    }
    return v;
  };
}

/** `new.target`: the constructor `new` was applied to, undefined in a plain call (§9.4.5 GetNewTarget). */
export function compileNewTarget(cx: Cx): ExprFn {
  const fs = thisScope(cx);
  if (!fs) return () => undefined;
  const d = cx.scope.depthTo(fs.owner);
  return (e) => up(e, d)[NEW_TARGET_SLOT];
}

export function compileSuperMember(cx: Cx, node: SuperMember): ExprFn {
  const name = node.property;
  const loc = node.loc;
  if (cx.lang === 'py') {
    // Zero-argument super(): the `__class__` cell of the class the method is defined in,
    // and the method's first argument (Objects/typeobject.c super_init_without_args).
    const fnScope = enclosing(cx.scope, (s) => s.kind === 'function');
    const clsScope = fnScope ? enclosing(fnScope, (s) => s.kind === 'class') : null;
    if (!fnScope || !clsScope) {
      return () => {
        throw userError(cx, 'py', 'RuntimeError', 'super(): __class__ cell not found', loc);
      };
    }
    const first = fnScope.def?.params[0];
    if (!first || first.kind === 'kwonly' || first.kind === 'kwargs') {
      return () => {
        throw userError(cx, 'py', 'RuntimeError', 'super(): no arguments', loc);
      };
    }
    const self = compileGet(cx, first.name, loc);
    const d = cx.scope.depthTo(clsScope.owner);
    const py = cx.realm.py;
    return (e) => {
      const cls = up(e, d)[CLASS_CELL_SLOT];
      if (cls === HOLE) throw userError(cx, 'py', 'RuntimeError', 'super(): empty __class__ cell', loc);
      return py.superAttr(cls, self(e), name, loc);
    };
  }
  const fs = thisScope(cx);
  if (!fs) throw unsupported("'super' outside of a method", loc);
  const d = cx.scope.depthTo(fs.owner);
  const self = compileThis(cx, node);
  const js = cx.realm.js;
  return (e) => {
    const fn = up(e, d)[FN_SLOT] as InterpFunction;
    return js.superGet(fn.homeObject as JSObject, self(e), name, loc);
  };
}

export function compileSuperCall(cx: Cx, node: SuperCall): ExprFn {
  const fs = thisScope(cx);
  if (!fs) throw unsupported("'super' outside of a constructor", node.loc);
  const d = cx.scope.depthTo(fs.owner);
  const args = compileArgs(cx, node.args);
  const st = cx.st;
  const loc = node.loc;
  return (e) => {
    const env = up(e, d);
    const ctor = env[FN_SLOT] as InterpFunction;
    const info = classInfoOf(ctor);
    const a = args(e);
    if (!info || info.parent === undefined) throw userError(cx, 'js', 'SyntaxError', "'super' keyword unexpected here", loc);
    const parent = info.parent;
    if (parent === null) throw userError(cx, 'js', 'TypeError', 'Super constructor null of anonymous class is not a constructor', loc);
    const obj = constructValue(st, parent, a, env[NEW_TARGET_SLOT], 'js', loc, 'Super constructor');
    if (env[THIS_SLOT] !== HOLE) throw userError(cx, 'js', 'ReferenceError', 'Super constructor may only be called once', loc);
    env[THIS_SLOT] = obj;
    initFields(st, ctor, obj);
    return undefined;
  };
}

/** The expression an optional chain starts from (`(await x)` in `(await x).a?.b()`). */
function chainBase(top: Link): { base: Expr; rest: Expr[] } {
  const rest: Expr[] = [];
  let x: Link = top;
  for (;;) {
    let inner: Expr;
    if (x.kind === 'Call') {
      rest.push(...x.args.map((a) => a.value));
      if (x.callee.kind === 'Index') rest.push(x.callee.index);
      inner = x.callee.kind === 'Member' || x.callee.kind === 'Index' ? x.callee.object : x.callee;
    } else {
      if (x.kind === 'Index') rest.push(x.index);
      inner = x.object;
    }
    if (!isLink(inner) || inner.chainEnd) return { base: inner, rest };
    x = inner;
  }
}

/**
 * An optional chain in an async body whose only `await`s are in its base, as in
 * `(await load()).user?.name`: the generator form awaits the base, then the chain runs as
 * plain code from that value (its short-circuit is the plain form's). An `await` in an
 * argument or key of the chain stays unsupported.
 */
export function compileAwaitingChain(cx: Cx, node: Link): GenExprFn {
  const { base, rest } = chainBase(node);
  if (rest.some((x) => containsAwait(x))) throw unsupported('await inside an optional chain', node.loc);
  const baseD = compileExprD(cx, base);
  // The chain reads the base first, before any of its code runs: a cell set just before is enough.
  let cell: Value = undefined;
  evaluatedBases.set(base, () => {
    const v = cell;
    cell = undefined;
    return v;
  });
  let plain: ExprFn;
  try {
    plain =
      node.kind === 'Member'
        ? compileMember(cx, node, false)
        : node.kind === 'Index'
          ? compileIndex(cx, node, false)
          : compileCall(cx, node, false);
  } finally {
    evaluatedBases.delete(base);
  }
  return function* (e) {
    cell = baseD.g ? yield* baseD.g(e) : baseD.p(e);
    return plain(e);
  };
}
