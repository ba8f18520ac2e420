/**
 * Generator-mode expressions: the nodes of an async body that contain `await`.
 *
 * `await x` is `yield* realm.model.awaitValue(x, loc)` (models/model.ts): the model's
 * generator yields to whatever drives the body and returns the awaited result, or throws
 * at the suspension point (`gen.throw()`), which then unwinds through ordinary host
 * try/catch in the compiled code. Children without `await` stay plain closures; the
 * `d.g ? yield* d.g(e) : d.p(e)` pattern evaluates either. Statements are in
 * compile-async-stmt.ts, assignments in compile-async-assign.ts.
 */
import { jsIterableGuard } from './iterable-errors';
import type { Arg, BinaryOperator, Call, Compare, Comprehension, Expr, Template, Yield } from '../ir/nodes';
import { unsupported } from '../errors';
import { FunctionValue, None, type CallArgs, type Callable, type PropSlot, type Value } from '../runtime/values';
import { Yielded } from '../runtime/generator';
import { jsContext, nameByComputedKey } from '../runtime/js/index';
import type { Cx } from './context';
import type { DExpr, Env, ExprFn, GenExprFn } from './core';
import { compileExpr, compileExprD, suspends } from './compile';
import { copyOwnProps } from './patterns';
import { argumentSpread, comprehensionParts, displayItems, isConstantDisplay } from './compile-expr';
import { compileArgs, compileAwaitingChain, compileCall, compileSuperMember, compileThis, type CalleeCell } from './compile-access';
import { calleeText, keptCalleeText } from './callee-text';
import { callValue, constructValue } from './calls';
import { CallRequest } from '../runtime/call-request';
import { containsAwait } from './analysis';
import { ASYNC_DONE, pyAsyncIteration } from './compile-async-for-py';
import { compileAsyncGenexpr } from './compile-genexpr-async';
import { AwaitThen, THEN_BINARY, type BinaryPlan } from './await-then';
import { compileAssignG, isPlainAwait } from './compile-async-assign';
import { tick } from '../runtime/realm';
import { binaryAt } from './compile-ops';

export { compileStmtG } from './compile-async-stmt';

type Gen<T> = Generator<unknown, T, unknown>;

function chainCheck(x: Expr): void {
  const n = x as { chainEnd?: boolean; optional?: boolean; loc: Expr['loc'] };
  if (n.chainEnd || n.optional) throw unsupported('await inside an optional chain', n.loc);
}

export function compileExprG(cx: Cx, node: Expr): GenExprFn {
  const realm = cx.realm;
  const ops = cx.ops;
  if ((node.kind === 'Call' || node.kind === 'Member' || node.kind === 'Index') && node.chainEnd) return compileAwaitingChain(cx, node);
  switch (node.kind) {
    case 'Await': {
      const loc = node.loc;
      const operand = node.value;
      if (cx.lang === 'py' && operand.kind === 'Call' && !suspends(cx, operand)) {
        // `await f(x)`: the model is told the callee, so it knows the value is that call's
        // result, unseen by any user code (models/python/await.ts: a sleep(0) coroutine made
        // by asyncio.sleep goes back to a pool when this await is done with it; issue 10).
        const seen: CalleeCell = { fn: undefined };
        const call = compileCall(cx, operand, false, seen);
        return (e) => {
          const value = call(e);
          const callee = seen.fn;
          seen.fn = undefined;
          return realm.model.awaitValue(value, loc, callee);
        };
      }
      const v = compileExprD(cx, operand);
      // A plain operand: return the model's generator itself (one generator less per await).
      if (v.p) {
        const p = v.p;
        return (e) => realm.model.awaitValue(p(e), loc);
      }
      const d: AwaitOfG = { g: v.g, realm, loc };
      return (e) => awaitOfG(d, e);
    }
    case 'Yield':
      return compileYieldG(cx, node);
    case 'Call':
      chainCheck(node);
      return compileCallG(cx, node);
    case 'New': {
      const callee = compileExprD(cx, node.callee);
      const args = compileArgsG(cx, node.args);
      const text = calleeText(node.callee);
      const loc = node.loc;
      const st = cx.st;
      return function* (e) {
        const fn = callee.g ? yield* callee.g(e) : callee.p(e);
        const a = yield* args(e);
        return constructValue(st, fn, a, fn, 'js', loc, text);
      };
    }
    case 'Member': {
      chainCheck(node);
      const obj = compileExprD(cx, node.object);
      const name = node.property;
      const loc = node.loc;
      return function* (e) {
        const o = obj.g ? yield* obj.g(e) : obj.p(e);
        return ops.getAttr(o, name, loc);
      };
    }
    case 'Index': {
      chainCheck(node);
      const obj = compileExprD(cx, node.object);
      const key = compileExprD(cx, node.index);
      const loc = node.loc;
      return function* (e) {
        const o = obj.g ? yield* obj.g(e) : obj.p(e);
        const k = key.g ? yield* key.g(e) : key.p(e);
        return ops.getItem(o, k, loc);
      };
    }
    case 'BinOp': {
      if (cx.fn.tramp !== true && plainOrAwaited(cx, node.left) && plainOrAwaited(cx, node.right)) {
        // Every await of it has a plain operand: a step, not a generator (await-then.ts).
        const left = sideOf(cx, node.left);
        const right = sideOf(cx, node.right);
        const plan: BinaryPlan = {
          kind: THEN_BINARY,
          realm,
          ops,
          op: node.op,
          loc: node.loc,
          l: left.p,
          la: left.a,
          lloc: left.loc,
          r: right.p,
          ra: right.a,
          rloc: right.loc,
        };
        return (e) => AwaitThen.start(plan, e);
      }
      const d: BinOpG = { l: compileExprD(cx, node.left), r: compileExprD(cx, node.right), op: node.op, loc: node.loc, ops };
      return (e) => binOpG(d, e);
    }
    case 'Compare':
      return compileCompareG(cx, node);
    case 'Logical': {
      const l = compileExprD(cx, node.left);
      const r = compileExprD(cx, node.right);
      const op = node.op;
      return function* (e) {
        const a = l.g ? yield* l.g(e) : l.p(e);
        const takeRight = op === 'and' ? ops.truthy(a) : op === 'or' ? !ops.truthy(a) : a === null || a === undefined;
        if (!takeRight) return a;
        return r.g ? yield* r.g(e) : r.p(e);
      };
    }
    case 'Unary': {
      if (node.op === 'delete') throw unsupported('delete of an await expression', node.loc);
      const v = compileExprD(cx, node.operand);
      const op = node.op;
      const loc = node.loc;
      return function* (e) {
        const x = v.g ? yield* v.g(e) : v.p(e);
        return op === 'not' ? !ops.truthy(x) : ops.unary(op, x, loc);
      };
    }
    case 'Cond': {
      const t = compileExprD(cx, node.test);
      const a = compileExprD(cx, node.then);
      const b = compileExprD(cx, node.else);
      return function* (e) {
        const x = t.g ? yield* t.g(e) : t.p(e);
        const d = ops.truthy(x) ? a : b;
        return d.g ? yield* d.g(e) : d.p(e);
      };
    }
    case 'Template':
      return compileTemplateG(cx, node);
    case 'List': {
      const items = compileElementsG(cx, node.elements);
      return items;
    }
    case 'Tuple': {
      const items = compileElementsG(cx, node.elements);
      const py = realm.py;
      return function* (e) {
        return py.makeTuple((yield* items(e)) as Value[]);
      };
    }
    case 'Set': {
      const items = compileElementsG(cx, node.elements);
      const py = realm.py;
      const constant = isConstantDisplay(node);
      return function* (e) {
        return py.makeSet((yield* items(e)) as Value[], constant);
      };
    }
    case 'Dict': {
      const py = realm.py;
      const entries = node.entries.map((en) => ({ key: en.key ? compileExprD(cx, en.key) : undefined, value: compileExprD(cx, en.value) }));
      return function* (e) {
        const out: [Value, Value][] = [];
        for (const en of entries) {
          if (en.key) {
            const k = en.key.g ? yield* en.key.g(e) : en.key.p(e);
            const v = en.value.g ? yield* en.value.g(e) : en.value.p(e);
            out.push([k, v]);
          } else {
            const m = en.value.g ? yield* en.value.g(e) : en.value.p(e);
            for (const kv of py.mappingItems(m)) out.push(kv);
          }
        }
        return py.makeDict(out);
      };
    }
    case 'Object': {
      // As compile-expr.ts compileObject, with each computed key and value possibly suspending.
      const js = realm.js;
      const props = node.props.map((p) => ({
        kind: p.kind,
        key: p.key,
        computed: p.computedKey ? compileExprD(cx, p.computedKey) : undefined,
        value: compileExprD(cx, p.value),
        anonymous:
          p.kind !== 'init' ||
          (p.value.kind === 'FunctionExpr' && p.value.fn.name === '') ||
          (p.value.kind === 'ClassExpr' && p.value.cls.name === ''),
      }));
      return function* (e) {
        const obj = js.newObject();
        for (const p of props) {
          if (p.kind === 'spread') {
            copyOwnProps(cx, p.value.g ? yield* p.value.g(e) : p.value.p(e), undefined, obj, node.loc);
            continue;
          }
          const key = p.computed ? js.toPropertyKey(p.computed.g ? yield* p.computed.g(e) : p.computed.p(e)) : p.key;
          const v = p.value.g ? yield* p.value.g(e) : p.value.p(e);
          if (p.computed) nameByComputedKey(jsContext(realm), v, key, p.anonymous);
          if (p.kind === 'init') {
            js.defineProperty(obj, key, { value: v }, true);
            continue;
          }
          // Methods and accessors: `super` inside them refers to the object's prototype.
          if (v instanceof FunctionValue) v.homeObject = obj;
          if (p.kind === 'method') js.defineProperty(obj, key, { value: v }, true);
          else {
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
    case 'AssignExpr':
      return compileAssignG(cx, node);
    case 'Sequence': {
      const parts = node.exprs.map((x) => compileExprD(cx, x));
      return function* (e) {
        let v: Value;
        for (const d of parts) v = d.g ? yield* d.g(e) : d.p(e);
        return v;
      };
    }
    case 'Comprehension':
      return compileComprehensionG(cx, node);
    default:
      throw unsupported(`await inside ${node.kind}`, node.loc);
  }
}

/**
 * `yield v`: the body yields a `Yielded` record to its GeneratorDriver and the expression's
 * value is what the driver sends back in (runtime/generator.ts). `yield from x` / `yield* x`
 * delegates to the language's own protocol (GeneratorLang.delegate).
 */
function compileYieldG(cx: Cx, node: Yield): GenExprFn {
  const lang = cx.lang;
  const loc = node.loc;
  if (node.delegate) {
    const gl = cx.realm.generators[lang];
    if (!gl) throw unsupported(lang === 'py' ? 'yield from' : 'yield*', loc);
    const operand = node.value!;
    const v = compileExprD(cx, operand);
    const isAsync = cx.fn.def?.isAsync ?? false;
    // A plain operand: the delegating generator itself (one generator less per level of
    // recursion through `yield from`, issue 10).
    if (v.p) {
      const p = v.p;
      return (e) => gl.delegate(p(e), isAsync, loc, operand);
    }
    const g = v.g;
    return function* (e) {
      const x = yield* g(e);
      return yield* gl.delegate(x, isAsync, loc, operand);
    };
  }
  if (!node.value) {
    const dflt = lang === 'py' ? None : undefined;
    return function* () {
      return (yield new Yielded(dflt)) as Value;
    };
  }
  const v = compileExprD(cx, node.value);
  return function* (e) {
    const x = v.g ? yield* v.g(e) : v.p(e);
    return (yield new Yielded(x)) as Value;
  };
}

/**
 * `[await f(x) for x in xs]` and `[x async for x in aiterable]` in an async def
 * (compile-expr.ts has the plain version). An `async for` clause iterates as the `async for`
 * statement does (compile-async-for-py.ts), each `__anext__` a real await.
 */
function compileComprehensionG(cx: Cx, node: Comprehension): GenExprFn {
  // `(await f(x) for x in xs)` is an asynchronous generator expression in CPython.
  if (node.type === 'generator') {
    const r = compileAsyncGenexpr(cx, node);
    if ('g' in r) return r.g;
    const p = r.p;
    return function* (e) {
      return p(e);
    };
  }
  const py = cx.realm.py;
  const realm = cx.realm;
  const { first, gens, elt, key, own, template } = comprehensionParts(cx, node, compileExprD, true);
  const budget = cx.st.budget;
  const loc = node.loc;
  const type = node.type;
  return function* (e) {
    const out: Value[] = [];
    const pairs: [Value, Value][] = [];
    const ce: Env = own ? template!.slice() : e;
    if (own) ce[0] = e;
    function* item(level: number, x: Value): Gen<void> {
      tick(budget, loc);
      const g = gens[level]!;
      g.target(ce, x);
      for (const c of g.ifs) if (!py.truthy(c.g ? yield* c.g(ce) : c.p(ce))) return;
      if (level + 1 < gens.length) {
        const it = gens[level + 1]!.iter!;
        yield* run(level + 1, it.g ? yield* it.g(ce) : it.p(ce));
      } else if (key) {
        const k = key.g ? yield* key.g(ce) : key.p(ce);
        pairs.push([k, elt.g ? yield* elt.g(ce) : elt.p(ce)]);
      } else out.push(elt.g ? yield* elt.g(ce) : elt.p(ce));
    }
    function* run(level: number, iterable: Value): Gen<void> {
      if (gens[level]!.isAsync) {
        const iteration = pyAsyncIteration(realm, iterable, loc);
        for (;;) {
          const x = yield* iteration.next();
          if (x === ASYNC_DONE) return;
          yield* item(level, x);
        }
      }
      for (const x of py.iterate(iterable, loc)) yield* item(level, x);
    }
    yield* run(0, first.g ? yield* first.g(e) : first.p(e));
    switch (type) {
      case 'list':
        return out;
      case 'set':
        return py.makeSet(out);
      case 'dict':
        return py.makeDict(pairs);
    }
  };
}

function compileElementsG(cx: Cx, elements: readonly Expr[]): GenExprFn {
  const parts = elements.map((el) =>
    el.kind === 'Starred' || el.kind === 'Spread'
      ? { spread: true, d: compileExprD(cx, el.value), loc: el.loc, guard: jsIterableGuard(cx, el.value, 'iterate') }
      : { spread: false, d: compileExprD(cx, el), loc: el.loc, guard: undefined },
  );
  const items = displayItems(cx);
  return function* (e) {
    const out: Value[] = [];
    for (const p of parts) {
      const v = p.d.g ? yield* p.d.g(e) : p.d.p(e);
      if (p.spread) {
        p.guard?.(v);
        items.spread(out, v, p.loc);
      } else items.push(out, v, p.loc);
    }
    return out;
  };
}

function compileTemplateG(cx: Cx, node: Template): GenExprFn {
  const ops = cx.ops;
  const quasis = node.quasis;
  const parts = node.parts.map((p) => {
    if (p.formatSpec && containsAwait(p.formatSpec)) throw unsupported('await inside a format spec', p.loc);
    const conversion = p.conversion ?? (p.selfDoc !== undefined && !p.formatSpec ? 'r' : undefined);
    return {
      d: compileExprD(cx, p.expr),
      conversion,
      spec: p.formatSpec ? compileExpr(cx, p.formatSpec) : undefined,
      prefix: p.selfDoc ?? '',
      loc: p.loc,
    };
  });
  return function* (e) {
    let out = quasis[0]!;
    for (let i = 0; i < parts.length; i++) {
      const p = parts[i]!;
      const v = p.d.g ? yield* p.d.g(e) : p.d.p(e);
      const spec = p.spec ? (p.spec(e) as string) : undefined;
      out += p.prefix + ops.templatePart(v, p.conversion, spec, p.loc) + quasis[i + 1]!;
    }
    return out;
  };
}

function compileCompareG(cx: Cx, node: Compare): GenExprFn {
  const ops = cx.ops;
  const loc = node.loc;
  const l = compileExprD(cx, node.left);
  const cs = node.comparators.map((c) => compileExprD(cx, c));
  const opList = node.ops;
  const last = cs.length - 1;
  return function* (e) {
    let a = l.g ? yield* l.g(e) : l.p(e);
    for (let i = 0; ; i++) {
      const d = cs[i]!;
      const b = d.g ? yield* d.g(e) : d.p(e);
      const res = ops.compare(opList[i]!, a, b, loc);
      if (i === last || !ops.truthy(res)) return res;
      a = b;
    }
  };
}

export function compileArgsG(cx: Cx, args: readonly Arg[]): (e: Env) => Gen<CallArgs> {
  // Read at a `**` spread only: reading `realm.py` installs Python's runtime (Realm.need),
  // which a JavaScript run must not pay for (issue 10, a run starts fast).
  const realm = cx.realm;
  const lang = cx.lang;
  const parts = args.map((a) => ({
    kind: a.kind,
    name: a.kind === 'kw' ? a.name : '',
    d: compileExprD(cx, a.value),
    loc: a.value.loc,
    guard: a.kind === 'star' ? jsIterableGuard(cx, a.value, 'spread-call') : undefined,
  }));
  const spread = argumentSpread(cx);
  return function* (e) {
    const positional: Value[] = [];
    let keywords: Map<string, Value> | undefined;
    for (const p of parts) {
      const v = p.d.g ? yield* p.d.g(e) : p.d.p(e);
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
          (keywords ??= new Map()).set(p.name, v);
          break;
        case 'starstar':
          keywords ??= new Map();
          for (const [k, x] of realm.py.mappingItems(v, p.loc)) keywords.set(k, x);
          break;
      }
    }
    return keywords ? { positional, keywords } : { positional };
  };
}

/**
 * The generator functions of the most frequent awaiting expressions are made once, each
 * reading its node's parts from a record, not one `function*` per compiled node: V8 gives
 * the generators of each generator function object a hidden class of their own, so every
 * run's new functions showed the `yield*` sites that resume them new classes, deoptimising
 * them again in each run (issue 10). Their parts are read where used, not held in locals: a
 * generator saves and restores its locals at each suspension.
 */
interface AwaitOfG {
  readonly g: GenExprFn;
  readonly realm: Cx['realm'];
  readonly loc: Expr['loc'];
}

/** `await <awaiting operand>`. */
function* awaitOfG(d: AwaitOfG, e: Env): Gen<Value> {
  const x = yield* d.g(e);
  return yield* d.realm.model.awaitValue(x, d.loc);
}

interface BinOpG {
  readonly l: DExpr;
  readonly r: DExpr;
  readonly op: BinaryOperator;
  readonly loc: Expr['loc'];
  readonly ops: Cx['ops'];
}

/** `a op b` where either side awaits. */
function* binOpG(d: BinOpG, e: Env): Gen<Value> {
  const l = d.l;
  const a = l.g ? yield* l.g(e) : l.p(e);
  const r = d.r;
  const b = r.g ? yield* r.g(e) : r.p(e);
  return binaryAt(d.ops, d.op, a, b, d.loc);
}

function compileCallG(cx: Cx, node: Call): GenExprFn {
  const st = cx.st;
  const lang = cx.lang;
  const ops = cx.ops;
  const loc = node.loc;
  const text = keptCalleeText(node.callee, lang, cx.realm.modelName);
  const callee = node.callee;
  // The trampolined form of a sync body: the call is a request to the driver (trampoline.ts),
  // and arguments that make no call are evaluated without a generator.
  const tramp = cx.fn.tramp === true;
  const pargs = tramp && !node.args.some((a) => suspends(cx, a.value)) ? compileArgs(cx, node.args) : undefined;
  const gargs = pargs === undefined ? compileArgsG(cx, node.args) : undefined;
  const args = gargs ?? argsOf(pargs!);
  if (callee.kind === 'Member' || callee.kind === 'Index') {
    chainCheck(callee);
    const obj = compileExprD(cx, callee.object);
    const key = callee.kind === 'Index' ? compileExprD(cx, callee.index) : undefined;
    const name = callee.kind === 'Member' ? callee.property : '';
    return function* (e) {
      const o = obj.g ? yield* obj.g(e) : obj.p(e);
      let fn: Value;
      if (key) {
        const k = key.g ? yield* key.g(e) : key.p(e);
        fn = ops.getItem(o, k, callee.loc);
      } else fn = ops.getAttr(o, name, callee.loc);
      const a = pargs !== undefined ? pargs(e) : yield* args(e);
      if (tramp) return (yield new CallRequest(fn, o, a, lang, loc, text)) as Value;
      return callValue(st, fn, o, a, lang, loc, text);
    };
  }
  if (callee.kind === 'SuperMember') {
    const fnGet = compileSuperMember(cx, callee);
    const self = lang === 'js' ? compileThis(cx, callee) : () => undefined;
    return function* (e) {
      const fn = fnGet(e);
      const a = pargs !== undefined ? pargs(e) : yield* args(e);
      if (tramp) return (yield new CallRequest(fn, self(e), a, lang, loc, text)) as Value;
      return callValue(st, fn, self(e), a, lang, loc, text);
    };
  }
  const d: CallOfG = { fn: compileExprD(cx, callee), args, pargs, st, lang, loc, text };
  return tramp ? (e) => callOfT(d, e) : (e) => callOfG(d, e);
}

/** Plain arguments as the generator the call's other forms take. */
function argsOf(p: (e: Env) => CallArgs): (e: Env) => Gen<CallArgs> {
  return function* (e) {
    return p(e);
  };
}

interface CallOfG {
  readonly fn: DExpr;
  readonly args: (e: Env) => Gen<CallArgs>;
  /** The trampolined form: the arguments when none of them makes a call. */
  readonly pargs: ((e: Env) => CallArgs) | undefined;
  readonly st: Cx['st'];
  readonly lang: Cx['lang'];
  readonly loc: Expr['loc'];
  readonly text: string | undefined;
}

/** `f(args)` where the callee or an argument awaits (made once: the header of awaitOfG). */
function* callOfG(d: CallOfG, e: Env): Gen<Value> {
  const fnD = d.fn;
  const fn = fnD.g ? yield* fnD.g(e) : fnD.p(e);
  const a = yield* d.args(e);
  return callValue(d.st, fn, undefined, a, d.lang, d.loc, d.text);
}

/** `f(args)` in the trampolined form of a sync body: the call is a request to the driver. */
function* callOfT(d: CallOfG, e: Env): Gen<Value> {
  const fnD = d.fn;
  const fn = fnD.g ? yield* fnD.g(e) : fnD.p(e);
  const a = d.pargs !== undefined ? d.pargs(e) : yield* d.args(e);
  return (yield new CallRequest(fn, undefined, a, d.lang, d.loc, d.text)) as Value;
}

/** Plain (no await), or `await <plain>`. */
function plainOrAwaited(cx: Cx, node: Expr): boolean {
  return isPlainAwait(cx, node) || !suspends(cx, node);
}

/** One side of a binary operation for a BinaryPlan: plain (`p`), or the operand of its await (`a`). */
function sideOf(cx: Cx, node: Expr): { p: ExprFn | undefined; a: ExprFn | undefined; loc: Expr['loc'] } {
  if (node.kind === 'Await') return { p: undefined, a: compileExpr(cx, node.value), loc: node.loc };
  return { p: compileExpr(cx, node), a: undefined, loc: node.loc };
}
