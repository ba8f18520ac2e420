/**
 * User functions: creating function values (def, lambda, function, arrow, method), compiling
 * their bodies once (lazily, on the first call; the compiled code is shared by every value
 * made from the same FunctionDef), and invoking them.
 *
 * Environment layout of a call: `[closure, ...]`; JS non-arrow functions reserve slots
 * 1..3 for `this`, the function itself (home object for `super`, class info) and
 * new.target (scope.ts THIS_SLOT/FN_SLOT/NEW_TARGET_SLOT).
 *
 * Async functions bind their arguments at call time (so CPython's TypeErrors surface at
 * the call), then hand the body generator to `realm.model.callAsync`, which decides what
 * the call returns (models/model.ts).
 */
import type { FunctionDef, Lang, Loc } from '../ir/nodes';
import type { Pos } from '../events/types';
import { unsupported, errorAt } from '../errors';
import { FunctionValue, None, type CallArgs, type Value } from '../runtime/values';
import { isThrown } from '../runtime/thrown';
import type { AsyncCallInfo, BodyGenerator } from '../models/model';
import { GeneratorDriver } from '../runtime/generator';
import type { Cx, InterpState } from './context';
import { HOLE, RETURN, pending, type Env, type ExprFn, type StmtFn } from './core';
import { compileExpr, compileStmt, compileStmtPartsG, compileStmts, tagLoc } from './compile';
import { CScope, THIS_SLOT } from './scope';
import { analyzePyBody } from './scope-py';
import { collectVarNames, lexicalDecls } from './scope-js';
import { anyAwait, patternNames } from './analysis';
import { compileHoist } from './compile-stmt';
import { compileBinder, type Binder } from './params';
import { isHostOverflow, recursionError } from './try-support';
import { userError } from './context';
import { callValue } from './calls';
import { BodyRun, type AwaitingBody } from './body-run';
import type { ClassInfo } from './classes-js';
import { compileTramp, drive, type TrampBody } from './trampoline';
import { asyncTrampOf } from './async-tramp';
import { tick } from '../runtime/realm';
import { enterJsAsync, leaveJsAsync } from '../runtime/call-stack';

// Local copies of hot imported constants: when this file is transpiled to CommonJS (tsx,
// vitest) every imported binding read is a getter call.
const RET = RETURN;
const UNBOUND = HOLE;
const PENDING = pending;

/** A function value made by the interpreter (defaults and class data ride along). */
export class InterpFunction extends FunctionValue {
  /** Python: the defaults, evaluated at def time (one field for both kinds: most functions have none). */
  pyDefaults: PyDefaults | undefined = undefined;
  /** JS class constructors. */
  classInfo: ClassInfo | undefined = undefined;
  declare readonly code: FnCode;
}

export interface PyDefaults {
  /** The values of the positional defaults (aligned right). */
  positional: Value[] | undefined;
  /** Keyword-only defaults. */
  keywords: Map<string, Value> | undefined;
}

/** One FunctionDef's compiled code, filled in on the first call. */
export class FnCode {
  compiled = false;
  template!: Env;
  bind!: Binder;
  body: StmtFn | null = null;
  /** Async functions: makes the body generator handed to the model (value = return value). */
  asyncBody: ((env: Env) => BodyGenerator) | null = null;
  /**
   * Async functions: what every call tells the model, made at the first call; each call sets
   * its `callSite` (the model reads the record before the body runs: AsyncCallInfo), so a
   * call allocates no record of its own (issue 10).
   */
  callInfo: AsyncCallInfo | undefined = undefined;
  hoist: ((e: Env) => void) | null = null;
  /**
   * Sync bodies past the trampoline threshold: the trampolined form (trampoline.ts), made on
   * the first such call (undefined until then; null when the body has a construct without a
   * generator form), from `cx`, the compile context of the body.
   */
  tramp: TrampBody | null | undefined = undefined;
  /**
   * Async functions past the threshold, under a model that drives calls
   * (SchedulingModel.drivesCalls): the trampolined form of the async body (async-tramp.ts),
   * made on the first such call; null when it has a construct without a generator form or
   * makes no call.
   */
  asyncTramp: TrampBody | null | undefined = undefined;
  /** The compile context of the body (for the trampolined forms); generators keep none. */
  cx: Cx | undefined = undefined;
  /** Set when `body` is a single statement compiled without the list wrapper (compileStmts). */
  soleLoc: Loc | undefined = undefined;
  jsThis = false;
  /** A non-strict JS function: an undefined/null `this` becomes the global object. */
  sloppyThis = false;
  /** JS async functions whose parameters can throw while being bound (defaults, patterns). */
  rejectsBinding = false;
  dflt: Value;
  /** The function's name as FunctionValue.name reports it. */
  readonly name: string;
  constructor(
    readonly def: FunctionDef,
    readonly parentScope: CScope,
    readonly lang: Lang,
  ) {
    this.dflt = lang === 'py' ? None : undefined;
    this.name = def.name || (lang === 'py' ? '<lambda>' : '');
  }
}

function compileCode(st: InterpState, code: FnCode): void {
  if (code.compiled) return;
  const { def, lang } = code;
  const scope = new CScope('function', lang, code.parentScope, true);
  scope.def = def;
  if (lang === 'js' && def.flavor !== 'arrow') {
    scope.jsThis = true;
    scope.alloc(undefined); // THIS_SLOT
    scope.alloc(undefined); // FN_SLOT
    scope.alloc(undefined); // NEW_TARGET_SLOT
  }
  if (lang === 'py') {
    for (const p of def.params) scope.declare(p.name, 'param');
    const b = analyzePyBody(def.body);
    for (const g of b.globals) scope.pyGlobals.add(g);
    for (const n of b.nonlocals) {
      scope.pyNonlocals.add(n);
      if (!hasEnclosingBinding(code.parentScope, n)) throw errorAt('syntax', `no binding for nonlocal '${n}' found`, def.loc);
    }
    for (const n of b.assigned) if (!b.globals.has(n)) scope.declare(n, 'local');
  } else {
    // With defaults or patterns, each parameter is in its TDZ until bound (scope.ts paramTdz):
    // `function f(x = y, y) {}` → ReferenceError: Cannot access 'y' before initialization.
    const tdz = def.params.some((p) => p.target !== undefined || p.default !== undefined);
    for (const p of def.params) {
      const names = p.target ? patternNames(p.target) : [p.name];
      for (const n of names) {
        const b = scope.declare(n, 'param', !tdz);
        if (tdz) b.paramTdz = true;
      }
    }
    for (const n of collectVarNames(def.body)) if (!scope.names.has(n)) scope.declare(n, 'var', true);
    const lex = lexicalDecls(def.body);
    for (const d of lex.names) scope.declare(d.name, d.kind);
    for (const f of lex.functions)
      if (!scope.names.has(f.name) || scope.names.get(f.name)!.kind === 'var') scope.declare(f.name, 'fn', true);
  }
  const cx: Cx = {
    st,
    realm: st.realm,
    lang,
    ops: def.sloppy ? st.realm.js.sloppy : st.realm.ops(lang),
    scope,
    fn: { gen: def.isAsync || def.isGenerator, def, exceptSlots: [] },
    sloppy: def.sloppy === true,
  };
  if (lang === 'js') code.hoist = compileHoist(cx, lexicalDecls(def.body).functions);
  code.bind = compileBinder(cx, def, scope);
  if (def.isGenerator) {
    // Sync and async generators alike: a user `yield` and the awaits both suspend the host
    // generator (runtime/generator.ts tells them apart).
    code.asyncBody = compileAsyncBodyG(cx, code);
  } else if (def.isAsync) {
    code.asyncBody = anyAwait(def.body) ? compileAsyncBodyG(cx, code) : plainAsyncBody(st, code, compileStmts(cx, def.body));
  } else if (def.body.length === 1) {
    // One statement (lambdas, expression arrows, `return f(n - 1)`): no list wrapper, so a
    // recursive call costs one host frame less; invoke charges its step and tags errors.
    code.body = compileStmt(cx, def.body[0]!);
    code.soleLoc = def.body[0]!.loc;
  } else {
    code.body = compileStmts(cx, def.body);
  }
  code.jsThis = scope.jsThis;
  code.sloppyThis = scope.jsThis && code.def.sloppy === true;
  code.rejectsBinding =
    lang === 'js' && def.isAsync && !def.isGenerator && def.params.some((p) => p.target !== undefined || p.default !== undefined);
  code.template = scope.template as Env;
  if (!def.isGenerator) code.cx = cx;
  code.compiled = true;
}

/** The function's code compiled (its first call, or compilePending, compiles it). */
export function ensureCompiled(st: InterpState, code: FnCode): void {
  if (!code.compiled) compileCode(st, code);
}

function hasEnclosingBinding(scope: CScope | null, name: string): boolean {
  for (let s = scope; s; s = s.parent) {
    if (s.kind === 'module') return false;
    if (s.kind === 'function' && (s.names.has(name) || s.pyNonlocals.has(name))) return true;
  }
  return false;
}

function takePending(): Value {
  const v = PENDING.value;
  PENDING.value = undefined;
  return v;
}

/**
 * Call a user function. `ctor`: a JS [[Construct]] — the result is the returned object, else
 * the `this` binding (which a derived constructor must have initialised through super()).
 */
export function invoke(
  st: InterpState,
  fv: InterpFunction,
  thisArg: Value,
  args: CallArgs,
  newTarget: Value,
  ctor = false,
  callSite?: Pos,
): Value {
  const code = fv.code as FnCode;
  if (!code.compiled) compileCode(st, code);
  const budget = st.budget;
  countFrame(st, code, callSite);
  const stack = st.stack;
  const saved = st.current;
  st.current = fv;
  let started = false;
  try {
    const env = frameEnv(st, code, fv, thisArg, newTarget);
    if (code.rejectsBinding) {
      // An async JS function's parameter initialisation runs inside the promise (§15.8.4
      // EvaluateAsyncFunctionBody step 3: an abrupt FunctionDeclarationInstantiation calls
      // the capability's reject): a throwing default rejects the returned promise, not the call.
      try {
        code.bind(env, fv, args);
      } catch (err) {
        if (!isThrown(err)) throw err;
        return st.realm.model.callAsync(rethrowing(err), { name: fv.keyName ?? code.name, qualname: code.def.qualname, callSite });
      }
    } else code.bind(env, fv, args);
    if (code.hoist) code.hoist(env);
    started = true;
    if (stack.depth > stack.trampolineDepth && code.asyncBody === null) {
      // Past the threshold: the body and the sync calls under it as heap frames (trampoline.ts).
      const tramp = code.tramp === undefined ? (code.tramp = compileTramp(code, code.cx!)) : code.tramp;
      if (tramp !== null) return finishCall(st, code, env, drive(st, tramp(env)), ctor);
    }
    if (code.soleLoc) tick(budget, code.soleLoc);
    // Async functions and generators (one test on the hot path of plain calls).
    if (code.asyncBody !== null) {
      if (code.def.isGenerator) {
        const info = { name: fv.keyName ?? code.name, qualname: code.def.qualname, fn: fv, def: code.def, callSite };
        return st.realm.generators[code.lang]!.make(
          new GeneratorDriver(code.asyncBody(env), info, code.def.isAsync, code.lang === 'py' ? st.realm.stack : undefined),
        );
      }
      const info = callInfoOf(fv, code, callSite);
      let body: BodyGenerator | undefined;
      const model = st.realm.model;
      if (
        stack.depth > stack.trampolineDepth &&
        (model.drivesCalls === true || (code.lang === 'py' && model.coroutinesMakeCalls === true))
      ) {
        // Past the threshold: the body whose calls the model's driver runs (async-tramp.ts), or,
        // under python-eager, the coroutine resuming it (models/python/coroutine.ts makeCall).
        const tramp = asyncTrampOf(code);
        if (tramp !== null) body = tramp(env);
      }
      body ??= code.asyncBody(env);
      if (code.lang !== 'js') return st.realm.model.callAsync(body, info);
      // A JavaScript async frame weighs 7/6 of a sync one (call-stack.ts enterJsAsync).
      const fits = enterJsAsync(stack);
      try {
        if (!fits) throw recursionError(st, 'js');
        return st.realm.model.callAsync(body, info);
      } finally {
        leaveJsAsync(stack);
      }
    }
    const c = code.body!(env);
    const r = c === RET ? takePending() : code.dflt;
    if (!ctor) return r;
    return finishCall(st, code, env, r, ctor);
  } catch (err) {
    if (isHostOverflow(err)) throw recursionError(st, code.lang);
    // Errors of the body get its statement's position; binding errors keep the call site's.
    if (started && code.soleLoc) tagLoc(err, code.soleLoc);
    throw err;
  } finally {
    stack.depth--;
    st.current = saved;
  }
}

/**
 * The step a call costs, and its frame: one frame of the program's stack, counted as its
 * runtime counts it (runtime/call-stack.ts); past the limit, RecursionError / RangeError.
 */
export function countFrame(st: InterpState, code: FnCode, callSite: Pos | undefined): void {
  tick(st.budget, callSite ?? code.def.loc);
  const stack = st.stack;
  if (++stack.depth > (code.lang === 'py' ? stack.pyLimit : stack.jsLimit)) {
    stack.depth--;
    throw recursionError(st, code.lang);
  }
}

/** A new frame's environment: the template's slots, the closure, and a JS function's `this`, itself and `new.target`. */
export function frameEnv(st: InterpState, code: FnCode, fv: InterpFunction, thisArg: Value, newTarget: Value): Env {
  const env = code.template.slice();
  env[0] = fv.closure;
  if (code.jsThis) {
    // Non-strict code: an undefined or null `this` is the global object (§10.2.1.2 OrdinaryCallBindThis).
    env[1] = code.sloppyThis && (thisArg === undefined || thisArg === null) ? st.realm.builtins.js.get('globalThis') : thisArg; // THIS_SLOT
    env[2] = fv; // FN_SLOT
    env[3] = newTarget; // NEW_TARGET_SLOT
  }
  return env;
}

/** A call's result: a JS constructor's is the returned object, else its `this`. */
function finishCall(st: InterpState, code: FnCode, env: Env, r: Value, ctor: boolean): Value {
  if (!ctor) return r;
  if (r !== null && typeof r === 'object') return r;
  const self = env[THIS_SLOT];
  if (self === UNBOUND) {
    if (r !== undefined) throw userError(st, 'js', 'TypeError', 'Derived constructors may only return object or undefined');
    throw userError(
      st,
      'js',
      'ReferenceError',
      "Must call super constructor in derived class before accessing 'this' or returning from derived constructor",
    );
  }
  return self;
}

/** What a call of an async function tells the model (the function's record, with this call's site). */
export function asyncCallInfo(code: FnCode, callSite: Pos | undefined): AsyncCallInfo {
  const info = (code.callInfo ??= {
    name: code.name,
    qualname: code.def.qualname,
    callSite: undefined,
    // A prelude's positions carry its file name (engine.ts markPrelude): shims are not traced.
    traced: (code.def.loc as { file?: string }).file === undefined,
    eventNames: undefined,
  });
  info.callSite = callSite;
  return info;
}

/**
 * The record of a function named by a computed key at run time (`{ async [k]() {} }`:
 * FunctionValue.keyName), whose calls are recorded under that name, as Node's lanes name them;
 * its code's record carries the definition's name (empty for a computed key).
 */
const keyedInfos = new WeakMap<InterpFunction, AsyncCallInfo>();

/** What a call of `fv` tells the model: its code's record, or its own when a computed key named it. */
export function callInfoOf(fv: InterpFunction, code: FnCode, callSite: Pos | undefined): AsyncCallInfo {
  if (fv.keyName === undefined) return asyncCallInfo(code, callSite);
  let info = keyedInfos.get(fv);
  if (info === undefined) {
    info = { ...asyncCallInfo(code, callSite), name: fv.keyName!, eventNames: undefined };
    keyedInfos.set(fv, info);
  }
  info.callSite = callSite;
  return info;
}

/** The body of an async call whose parameters threw while being bound: the call's promise rejects. */
export function* rethrowing(err: unknown): BodyGenerator {
  throw err;
}

/**
 * An async body without `await`: runs to completion on its first step. The generator
 * function is made once (plainBodyG below), not per compiled function: V8 gives the
 * generators of each generator function object a hidden class of their own, so one per
 * function made the driver's `gen.next` and the `yield*` sites that resume bodies meet a
 * new class in every run of every program, deoptimising them each time (issue 10).
 */
function plainAsyncBody(st: InterpState, code: FnCode, body: StmtFn): (env: Env) => BodyGenerator {
  const d: PlainBody = { st, lang: code.lang, dflt: code.dflt, body };
  return (env) => plainBodyG(d, env);
}

interface PlainBody {
  readonly st: InterpState;
  readonly lang: Lang;
  readonly dflt: Value;
  readonly body: StmtFn;
}

function* plainBodyG(d: PlainBody, env: Env): BodyGenerator {
  try {
    const c = d.body(env);
    return c === RET ? takePending() : d.dflt;
  } catch (err) {
    if (isHostOverflow(err)) throw recursionError(d.st, d.lang);
    throw err;
  }
}

/**
 * An async body with awaits: the statement list (compile-list.ts compileStmtsG) and the
 * function boundary in one iterator (body-run.ts), so a resume passes one level less; a
 * `return await ...` hands its value straight back without the pending cell.
 */
function compileAsyncBodyG(cx: Cx, code: FnCode): (env: Env) => BodyGenerator {
  const { kinds, fns, locs } = compileStmtPartsG(cx, code.def.body);
  const d: AwaitingBody = { st: cx.st, kinds, fns, locs, lang: code.lang, dflt: code.dflt };
  return (env) => new BodyRun(d, env);
}

/**
 * Compile every function body created so far (and the ones they contain). loadModule calls
 * this after compiling the module body, so unsupported constructs and CPython compile-time
 * errors (`no binding for nonlocal`) surface before the program runs, not at the first call.
 * A body is compiled after its parent's, when the parent's slot layout is final.
 */
export function compilePending(st: InterpState): void {
  const queue = st.uncompiled;
  for (let i = 0; i < queue.length; i++) compileCode(st, queue[i] as FnCode);
  queue.length = 0;
}

/** A function value for `def` created in the current scope (lambdas, JS functions; Python defaults evaluated now). */
export function compileFunctionExpr(cx: Cx, def: FunctionDef): ExprFn {
  if (def.isGenerator && !cx.realm.generators[cx.lang]) throw unsupported('generator functions (yield)', def.loc);
  const code = new FnCode(def, cx.scope, cx.lang);
  cx.st.uncompiled.push(code);
  const lang = cx.lang;
  if (lang === 'js') {
    const js = cx.realm.js;
    return (e) => {
      const fv = new InterpFunction(code, e);
      js.initFunction(fv);
      return fv;
    };
  }
  // Python: defaults are evaluated once, when the def/lambda executes (in the enclosing scope).
  const positional = def.params.filter((p) => (p.kind === 'normal' || p.kind === 'posonly') && p.default);
  const dflts = positional.map((p) => compileExpr(cx, p.default!));
  const kw = def.params.filter((p) => p.kind === 'kwonly' && p.default).map((p) => ({ name: p.name, fn: compileExpr(cx, p.default!) }));
  return (e) => {
    const fv = new InterpFunction(code, e);
    if (dflts.length || kw.length) {
      let keywords: Map<string, Value> | undefined = undefined;
      const positional = dflts.length ? dflts.map((d) => d(e)) : undefined;
      if (kw.length) {
        keywords = new Map<string, Value>();
        for (const k of kw) keywords.set(k.name, k.fn(e));
      }
      fv.pyDefaults = { positional, keywords };
    }
    return fv;
  };
}

/** Python `def` statement: decorators evaluated first (top to bottom), applied bottom-up. */
export function compilePyDef(cx: Cx, def: FunctionDef): ExprFn {
  const decorators = def.decorators.map((d) => compileExpr(cx, d));
  const make = compileFunctionExpr(cx, def);
  if (decorators.length === 0) return make;
  const st = cx.st;
  const loc = def.loc;
  return (e) => {
    const decos = decorators.map((d) => d(e));
    let v = make(e);
    for (let i = decos.length - 1; i >= 0; i--) v = callValue(st, decos[i], undefined, { positional: [v] }, 'py', loc);
    return v;
  };
}

export type { ExprFn };

/**
 * `function g() {}` in expression position: the function sees its own name `g` through an
 * environment of its own holding one immutable binding (§15.2.5 InstantiateOrdinaryFunctionExpression).
 */
export function compileNamedFunctionExpr(cx: Cx, def: FunctionDef): ExprFn {
  const scope = new CScope('block', 'js', cx.scope, true);
  const slot = scope.declare(def.name, 'fnself').slot;
  const make = compileFunctionExpr({ ...cx, scope }, def);
  const template = scope.template!;
  return (e) => {
    const env = template.slice() as Env;
    env[0] = e;
    const fn = make(env);
    env[slot] = fn;
    return fn;
  };
}
