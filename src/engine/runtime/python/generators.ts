/**
 * Python generator objects (Objects/genobject.c) over the shared GeneratorDriver
 * (src/engine/runtime/generator.ts): `generator` (a `def` with `yield`) and
 * `async_generator` (an `async def` with `yield`), plus `yield from` (PEP 380).
 *
 *  - `__next__` / `send(v)` resume the body; its return value becomes
 *    `StopIteration(value)` (no argument for None). Sending a non-None value into a
 *    just-started generator is a TypeError; resuming a running one a ValueError.
 *  - `throw(exc)` raises at the suspension point; `close()` throws GeneratorExit there: a
 *    body that lets it (or StopIteration) out closes quietly, one that yields again is a
 *    `RuntimeError: generator ignored GeneratorExit`, one that returns gives close() its
 *    value (3.13+).
 *  - PEP 479: a StopIteration leaving the body becomes `RuntimeError: generator raised
 *    StopIteration` (async generators: StopIteration and StopAsyncIteration), chained.
 *  - Async generators: `__anext__()` / `asend()` return an `async_generator_asend`,
 *    `athrow()` / `aclose()` an `async_generator_athrow` awaitable; awaiting one runs the body
 *    inline in the awaiting coroutine up to its next `yield` (the body's own awaits suspend the
 *    awaiting task, as in CPython), then returns the yielded value; the end of the body is
 *    StopAsyncIteration. The first of these method calls runs the `firstiter` asyncgen hook
 *    (sys.set_asyncgen_hooks: the running asyncio loop registers the generator for
 *    `shutdown_asyncgens`, see `PyRuntime.asyncgenHooks`).
 *  - `yield from x` (delegate): `iter(x)`, then every value sent in goes to the inner
 *    iterator's `send` (`__next__` for None), every exception thrown in to its `throw`
 *    (GeneratorExit: its `close()`, then re-raised), until StopIteration, whose value is
 *    the expression's value.
 */
import type { Pos } from '../../events/types';
import { GEN_CLOSED, GEN_CREATED, GEN_RUNNING, GEN_SUSPENDED, GeneratorDriver, Yielded, type GenStep, type ResumeMode } from '../generator';
import type { BodyGenerator } from '../scheduling';
import { Thrown } from '../thrown';
import { type FunctionValue, JSObject, None, PyClass, PyInstance, type CallArgs, type Value } from '../values';
import { defineBuiltinClass, isSubclass, lookupMro } from './classes';
import { call, callDunder } from './calls';
import { getAttr } from './attributes';
import { DONE, type NextResult } from './objects';
import type { PyRuntime } from './state';
import { typeName } from './types';
import { chainException } from './exceptions';
import { callClass } from './instances';
import { getIter, isStopIteration, nextOf } from './iteration';

/** A generator object (sync or async). */
export class PyGenerator extends PyInstance {
  /** Async generators: the `firstiter` hook ran (CPython `ag_hooks_inited`). */
  hooksInited = false;
  /** Async generators: what the `finalizer` hook captured (the loop that will aclose it). */
  finalizer: ((ag: PyGenerator) => void) | null = null;
  /** The step function `for` loops use (sync generators). */
  readonly step: () => NextResult;

  constructor(
    readonly rt: PyRuntime,
    cls: PyClass,
    readonly driver: GeneratorDriver,
  ) {
    super(cls);
    this.step = () => {
      const r = resumeSync(this, 'next', None);
      return r.done ? DONE : r.value;
    };
  }

  get isAsync(): boolean {
    return this.driver.isAsync;
  }
}

/** What an async generator's methods return: awaiting it runs `body` inline (no task of its own). */
export class PyNativeAwaitable extends PyInstance {
  used = false;
  constructor(
    cls: PyClass,
    private readonly body: BodyGenerator,
    private readonly reuseMessage: string,
    private readonly rt: PyRuntime,
    /** An async generator method's awaitable: `RuntimeWarning: coroutine method 'asend' of 'QUALNAME' was never awaited`. */
    readonly unawaitedWarning?: string,
    /** The native coroutine method it stands for (contextlib's `__aenter__`); its type has no name otherwise. */
    readonly qualname?: string,
  ) {
    super(cls);
    if (unawaitedWarning !== undefined) rt.unawaited.add(this);
  }

  /** The generator an `await` delegates to (once). */
  awaitBody(): BodyGenerator {
    if (this.used) throw this.rt.error('RuntimeError', this.reuseMessage);
    this.used = true;
    this.rt.unawaited.delete(this);
    return this.body;
  }

  /** The body driven by hand (`send` / `throw` / `__next__`), started at the first call; null once it has finished. */
  private byHand: BodyGenerator | null | undefined = undefined;

  /**
   * `aw.send(v)` / `aw.throw(exc)` from Python code (genobject.c `async_gen_asend_send` /
   * `_throw`, and the athrow ones): the value the generator's await yields (a bare yield is
   * None), or StopIteration carrying its result; once finished, the reuse error.
   */
  drive(mode: 'next' | 'throw', v: unknown): Value {
    if (this.byHand === undefined) this.byHand = this.awaitBody();
    if (this.byHand === null) throw this.rt.error('RuntimeError', this.reuseMessage);
    const body = this.byHand;
    let r: IteratorResult<unknown, Value>;
    const step = () => (mode === 'next' ? body.next(v) : body.throw(v));
    try {
      r = this.rt.drivenByHand !== null ? this.rt.drivenByHand(step) : step();
    } catch (e) {
      this.byHand = null;
      throw e;
    }
    if (!r.done) return (r.value as Value) ?? None;
    this.byHand = null;
    throw stopIteration(this.rt, r.value);
  }

  /** `aw.close()`: the body, if started by hand, is closed. */
  closeByHand(): void {
    if (this.byHand) this.byHand.return(None);
    this.byHand = null;
    this.used = true;
    this.rt.unawaited.delete(this);
  }
}

/**
 * An awaitable whose `await` runs `body` inline in the awaiting coroutine (what awaiting a
 * native coroutine method such as contextlib's `__aenter__` costs); a promise under the js
 * model, where every Python coroutine is one.
 */
export function inlineAwaitable(rt: PyRuntime, cls: PyClass, body: BodyGenerator, name: string): Value {
  const model = rt.realm.model;
  if (model.name === 'js') return model.callAsync(body, { name, qualname: name });
  return new PyNativeAwaitable(cls, body, 'cannot reuse already awaited coroutine', rt, undefined, name);
}

/** sys.set_asyncgen_hooks as the running loop installs them (base_events.py `_asyncgen_firstiter_hook`). */
export interface AsyncGenHooks {
  /** Registers the generator with the loop; returns its finalizer (or null). */
  firstiter(ag: PyGenerator): ((ag: PyGenerator) => void) | null;
}

function stopIteration(rt: PyRuntime, value: Value): Thrown {
  return new Thrown(rt.newException(rt.cls('StopIteration'), value === None ? [] : [value]));
}

export function isInstanceOfClass(rt: PyRuntime, e: unknown, name: string): boolean {
  return e instanceof Thrown && e.value instanceof PyInstance && isSubclass(e.value.cls, rt.cls(name));
}

/** PEP 479: StopIteration (and, for async generators, StopAsyncIteration) leaving the body. */
function pep479(rt: PyRuntime, g: PyGenerator, e: unknown): unknown {
  const what = g.isAsync ? 'async generator' : 'generator';
  let name: string | null = null;
  if (isStopIteration(rt, e)) name = 'StopIteration';
  else if (g.isAsync && isInstanceOfClass(rt, e, 'StopAsyncIteration')) name = 'StopAsyncIteration';
  if (name === null) return e;
  const err = rt.newException(rt.cls('RuntimeError'), [`${what} raised ${name}`]);
  const inner = (e as Thrown).value;
  chainException(rt, err, inner, inner);
  return new Thrown(err);
}

/** Resume a sync generator (next / send / throw); raising propagates. */
function resumeSync(g: PyGenerator, mode: ResumeMode, v: unknown): GenStep {
  const rt = g.rt;
  const d = g.driver;
  if (d.state === GEN_RUNNING) throw rt.error('ValueError', 'generator already executing');
  if (d.state === GEN_CLOSED) {
    if (mode === 'throw') throw v;
    return { done: true, value: None };
  }
  if (d.state === GEN_CREATED && mode === 'next' && v !== None) {
    throw rt.error('TypeError', "can't send non-None value to a just-started generator");
  }
  // Every resume pushes the generator's frame (genobject.c gen_send_ex2): one Python frame of
  // the program's stack, counted against sys.getrecursionlimit() (runtime/call-stack.ts).
  const stack = rt.realm.stack;
  if (++stack.depth > stack.pyLimit) {
    stack.depth--;
    d.state = GEN_CLOSED;
    throw rt.error('RecursionError', 'maximum recursion depth exceeded');
  }
  try {
    return d.resume(mode, v);
  } catch (e) {
    throw pep479(rt, g, e);
  } finally {
    stack.depth--;
  }
}

/** `next(g)`: the next item, or StopIteration with the return value. */
export function generatorNext(g: PyGenerator): Value {
  return nextValue(g, 'next', None);
}

function nextValue(g: PyGenerator, mode: ResumeMode, v: unknown): Value {
  const r = resumeSync(g, mode, v);
  if (r.done) throw stopIteration(g.rt, r.value);
  return r.value;
}

/** `gen.throw(exc)` / the deprecated `gen.throw(type, value)`: the exception to raise inside. */
function exceptionArg(rt: PyRuntime, args: CallArgs, what: string): Thrown {
  const p = args.positional;
  if (p.length < 1 || p.length > 3) throw rt.error('TypeError', `${what} expected at least 1 argument, got ${p.length}`);
  const typ = p[0];
  const val = p.length > 1 ? p[1] : None;
  if (typ instanceof PyClass && isSubclass(typ, rt.cls('BaseException'))) {
    if (val instanceof PyInstance && isSubclass(val.cls, typ)) return new Thrown(val);
    return new Thrown(callClass(rt, typ, { positional: val === None ? [] : [val] }));
  }
  // A JS error (a Python program under the js model raises JS errors) is thrown as it is.
  if (typ instanceof JSObject) return new Thrown(typ);
  if (typ instanceof PyInstance && isSubclass(typ.cls, rt.cls('BaseException'))) {
    if (val !== None) throw rt.error('TypeError', 'instance exception may not have a separate value');
    return new Thrown(typ);
  }
  throw rt.error('TypeError', `exceptions must be classes or instances deriving from BaseException, not ${typeName(rt, typ)}`);
}

/** `gen.close()` (sync). */
function closeSync(g: PyGenerator): Value {
  const rt = g.rt;
  const d = g.driver;
  if (d.state === GEN_RUNNING) throw rt.error('ValueError', 'generator already executing');
  if (d.state === GEN_CREATED) {
    d.body.return(None);
    d.state = GEN_CLOSED;
    return None;
  }
  if (d.state === GEN_CLOSED) return None;
  let r: GenStep;
  try {
    r = resumeSync(g, 'throw', new Thrown(rt.newException(rt.cls('GeneratorExit'), [])));
  } catch (e) {
    if (isInstanceOfClass(rt, e, 'GeneratorExit') || isStopIteration(rt, e)) return None;
    throw e;
  }
  if (!r.done) throw rt.error('RuntimeError', 'generator ignored GeneratorExit');
  return r.value;
}

function genRepr(rt: PyRuntime, g: PyGenerator): string {
  return `<${g.isAsync ? 'async_generator' : 'generator'} object ${g.driver.info.qualname} at ${rt.hexAddress(g)}>`;
}

/** The async generator's `firstiter` hook, once (genobject.c `async_gen_init_hooks`). */
function initHooks(g: PyGenerator): void {
  if (g.hooksInited) return;
  g.hooksInited = true;
  const hooks = g.rt.asyncgenHooks;
  if (hooks !== null) g.finalizer = hooks.firstiter(g);
}

type AsyncOp = 'anext' | 'asend' | 'athrow' | 'aclose';

/**
 * The body of an asend/athrow awaitable. Its first `send` runs the operation it was made for;
 * a `throw` before that throws its exception into the generator instead (genobject.c
 * `async_gen_asend_throw` / `async_gen_athrow_throw` at AWAITABLE_STATE_INIT call
 * `gen_throw` on the generator): that is how the `aclose()` task a loop makes for a
 * collected generator, cancelled by `asyncio.run`'s `_cancel_all_tasks` before its first
 * step, still runs the generator's `finally` (with CancelledError).
 */
class AsyncStepBody implements Iterator<unknown, Value, unknown> {
  private inner: BodyGenerator | null = null;
  constructor(
    private readonly g: PyGenerator,
    private readonly op: AsyncOp,
    private readonly mode: ResumeMode,
    private readonly v: unknown,
  ) {}
  next(x?: unknown): IteratorResult<unknown, Value> {
    if (this.inner === null) this.inner = asyncStep(this.g, this.op, this.mode, this.v, false);
    return this.inner.next(x);
  }
  throw(e?: unknown): IteratorResult<unknown, Value> {
    if (this.inner !== null) return this.inner.throw(e);
    this.inner = asyncStep(this.g, this.op, 'throw', e, true);
    return this.inner.next(undefined);
  }
  return(value?: Value): IteratorResult<unknown, Value> {
    if (this.inner === null) {
      this.inner = asyncStep(this.g, this.op, this.mode, this.v, false);
      return this.inner.return(value as Value);
    }
    return this.inner.return(value as Value);
  }
  [Symbol.iterator](): this {
    return this;
  }
}

/** The generator up to its next yield (genobject.c async_gen_asend_send / athrow_send); `thrownIn`: the awaitable's first resume was a throw. */
function* asyncStep(g: PyGenerator, op: AsyncOp, mode: ResumeMode, v: unknown, thrownIn: boolean): BodyGenerator {
  const rt = g.rt;
  const d = g.driver;
  if (d.state === GEN_RUNNING) throw rt.error('RuntimeError', `${op}(): asynchronous generator is already running`);
  if (thrownIn) {
    if (d.state === GEN_CLOSED) throw v;
  } else if (op === 'aclose') {
    if (d.state === GEN_CREATED) {
      d.body.return(None);
      d.state = GEN_CLOSED;
      return None;
    }
    if (d.state === GEN_CLOSED) return None;
  } else if (d.state === GEN_CLOSED) {
    // athrow() of a closed generator ends at once with None (async_gen_athrow_send: StopIteration).
    if (op === 'athrow') return None;
    if (mode === 'throw') throw v;
    throw rt.error('StopAsyncIteration', '');
  } else if (d.state === GEN_CREATED && mode === 'next' && v !== None) {
    throw rt.error('TypeError', "can't send non-None value to a just-started async generator");
  }
  let r: GenStep;
  try {
    r = yield* d.resumeAsync(mode, v);
  } catch (e) {
    if (op === 'aclose' && (isInstanceOfClass(rt, e, 'GeneratorExit') || isInstanceOfClass(rt, e, 'StopAsyncIteration'))) return None;
    throw pep479(rt, g, e);
  }
  if (op === 'aclose') {
    if (!r.done) throw rt.error('RuntimeError', 'async generator ignored GeneratorExit');
    return None;
  }
  if (r.done) throw rt.error('StopAsyncIteration', '');
  return r.value;
}

/** The classes and the `GeneratorLang` of Python (installPython calls this). */
export function installGenerators(rt: PyRuntime): void {
  const realm = rt.realm;
  const object = rt.cls('object');
  const gen = (s: Value): PyGenerator => {
    if (s instanceof PyGenerator && !s.isAsync) return s;
    throw rt.error('TypeError', `descriptor requires a 'generator' object but received '${typeName(rt, s)}'`);
  };
  const agen = (s: Value): PyGenerator => {
    if (s instanceof PyGenerator && s.isAsync) return s;
    throw rt.error('TypeError', `descriptor requires a 'async_generator' object but received '${typeName(rt, s)}'`);
  };
  const generator = defineBuiltinClass(realm, 'generator', [object], {
    register: false,
    methods: {
      __iter__: (s) => gen(s),
      __next__: (s) => nextValue(gen(s), 'next', None),
      send: (s, a) => nextValue(gen(s), 'next', a.positional[0] ?? None),
      throw: (s, a) => nextValue(gen(s), 'throw', exceptionArg(rt, a, 'throw')),
      close: (s) => closeSync(gen(s)),
      __repr__: (s) => genRepr(rt, gen(s)),
    },
    properties: {
      gi_running: { get: (s) => gen(s).driver.state === GEN_RUNNING },
      gi_suspended: { get: (s) => gen(s).driver.state === GEN_SUSPENDED },
      gi_yieldfrom: {
        get: (s) => {
          const d = gen(s).driver;
          return d.state === GEN_SUSPENDED && d.delegatingTo !== undefined ? d.delegatingTo : None;
        },
      },
    },
  });
  // The awaitables as coroutine-like iterators for code that drives them by hand.
  const byHand = (s: Value): PyNativeAwaitable => {
    if (s instanceof PyNativeAwaitable) return s;
    throw rt.error('TypeError', `descriptor requires an awaitable but received '${typeName(rt, s)}'`);
  };
  const awaitableMethods: Record<string, (self: Value, a: CallArgs) => Value> = {
    __await__: (s) => byHand(s),
    __iter__: (s) => byHand(s),
    __next__: (s) => byHand(s).drive('next', None),
    send: (s, a) => byHand(s).drive('next', a.positional[0] ?? None),
    throw: (s, a) => byHand(s).drive('throw', exceptionArg(rt, a, 'throw')),
    close: (s) => (byHand(s).closeByHand(), None),
  };
  const asend = defineBuiltinClass(realm, 'async_generator_asend', [object], { register: false, methods: awaitableMethods });
  const athrow = defineBuiltinClass(realm, 'async_generator_athrow', [object], { register: false, methods: awaitableMethods });
  const awaitable = (g: PyGenerator, op: AsyncOp, mode: ResumeMode, v: unknown): Value => {
    initHooks(g);
    const body = new AsyncStepBody(g, op, mode, v) as unknown as BodyGenerator;
    const model = realm.model;
    // Under the js model a Python coroutine is a promise: so is this awaitable.
    if (model.name === 'js') return model.callAsync(body, { name: op, qualname: op });
    const isSend = op === 'anext' || op === 'asend';
    // genobject.c async_gen_asend_finalize / async_gen_athrow_finalize.
    const method = isSend ? 'asend' : op;
    return new PyNativeAwaitable(
      isSend ? asend : athrow,
      body,
      isSend ? 'cannot reuse already awaited __anext__()/asend()' : 'cannot reuse already awaited aclose()/athrow()',
      rt,
      `RuntimeWarning: coroutine method '${method}' of '${g.driver.info.qualname}' was never awaited`,
    );
  };
  const asyncGenerator = defineBuiltinClass(realm, 'async_generator', [object], {
    register: false,
    methods: {
      __aiter__: (s) => agen(s),
      __anext__: (s) => awaitable(agen(s), 'anext', 'next', None),
      asend: (s, a) => awaitable(agen(s), 'asend', 'next', a.positional[0] ?? None),
      athrow: (s, a) => awaitable(agen(s), 'athrow', 'throw', exceptionArg(rt, a, 'athrow')),
      aclose: (s) => awaitable(agen(s), 'aclose', 'throw', new Thrown(rt.newException(rt.cls('GeneratorExit'), []))),
      __repr__: (s) => genRepr(rt, agen(s)),
    },
    properties: {
      ag_running: { get: (s) => agen(s).driver.state === GEN_RUNNING },
    },
  });
  const anextAwaitable = defineBuiltinClass(realm, 'anext_awaitable', [object], { register: false });
  rt.genClasses = { generator, asyncGenerator, anextAwaitable };
  realm.generators.py = {
    make: (driver) => {
      const g = new PyGenerator(rt, driver.isAsync ? asyncGenerator : generator, driver);
      // `__name__` / `__qualname__` are per-object getsets in CPython; as instance entries here
      // (class-level descriptors would hide `type(g).__name__`).
      g.dict.set('__name__', driver.info.name);
      g.dict.set('__qualname__', driver.info.qualname);
      return g;
    },
    delegate: (iterable, _isAsync, loc) => yieldFrom(rt, iterable, loc),
  };
}

/** `yield from x` (PEP 380's expansion, with CPython's fast path for generators). */
/**
 * Generator functions `types.coroutine` (types-module.ts) marked (CPython sets CO_ITERABLE_COROUTINE on their
 * code), and generators a marked callable returned: awaiting one delegates to it as
 * `yield from` would (models/python/await.ts).
 */
const iterableCoroutineFns = new WeakSet<FunctionValue>();
const iterableCoroutines = new WeakSet<GeneratorDriver>();

/** Whether `await g` drives the generator `g` (a generator-based coroutine). */
export function isIterableCoroutine(g: PyGenerator): boolean {
  return isIterableCoroutineDriver(g.driver);
}

/** The same, for a generator's driver (a `yield from coro` in its body is allowed). */
export function isIterableCoroutineDriver(d: GeneratorDriver): boolean {
  if (d.isAsync) return false;
  const fn = d.info.fn;
  return iterableCoroutines.has(d) || (fn !== undefined && iterableCoroutineFns.has(fn));
}

/** `types.coroutine`: a generator function, or one generator a decorated callable returned. */
export function markIterableCoroutine(x: FunctionValue | GeneratorDriver): void {
  if (x instanceof GeneratorDriver) iterableCoroutines.add(x);
  else iterableCoroutineFns.add(x);
}

function* yieldFrom(rt: PyRuntime, iterable: Value, loc: Pos | undefined): Generator<unknown, Value, unknown> {
  const outer = GeneratorDriver.current;
  // A coroutine is no iterable, except to a generator-based coroutine (`@types.coroutine`),
  // which drives it through its __await__ (ceval GET_YIELD_FROM_ITER).
  const coroutine = rt.coroutineClass;
  if (coroutine !== null && iterable instanceof PyInstance && iterable.cls === coroutine) {
    if (!outer || !isIterableCoroutineDriver(outer))
      throw rt.error('TypeError', "cannot 'yield from' a coroutine object in a non-coroutine generator");
    iterable = callDunder(rt, iterable, '__await__', [], loc)!;
  }
  const it = getIter(rt, iterable, loc);
  if (outer) outer.delegatingTo = it;
  try {
    // The first item: next(it) (a generator's resumed from this frame: issue 10, recursion
    // through `yield from` spends one host frame less per level).
    let r: GenStep = it instanceof PyGenerator ? resumeSync(it, 'next', None) : first(rt, it, loc);
    for (;;) {
      if (r.done) return r.value;
      let sent: unknown;
      try {
        sent = yield new Yielded(r.value);
      } catch (e) {
        if (isInstanceOfClass(rt, e, 'GeneratorExit')) {
          // PEP 380: close the inner iterator (if it can be), then re-raise.
          if (it instanceof PyGenerator) closeSync(it);
          else if (it instanceof PyInstance && lookupMro(it.cls, 'close') !== undefined) callDunder(rt, it, 'close', [], loc);
          throw e;
        }
        if (it instanceof PyGenerator) r = resumeSync(it, 'throw', e);
        else {
          const thrower = it instanceof PyInstance ? lookupMro(it.cls, 'throw') : undefined;
          if (thrower === undefined) throw e;
          r = viaStopIteration(rt, () => call(rt, getAttr(rt, it, 'throw', loc), [(e as Thrown).value], loc));
        }
        continue;
      }
      if (it instanceof PyGenerator) r = resumeSync(it, 'next', sent);
      else if (sent === None || sent === undefined) r = first(rt, it, loc);
      else r = viaStopIteration(rt, () => call(rt, getAttr(rt, it, 'send', loc), [sent as Value], loc));
    }
  } finally {
    if (outer) outer.delegatingTo = undefined;
  }
}

function first(rt: PyRuntime, it: Value, loc: Pos | undefined): GenStep {
  if (it instanceof PyGenerator) return resumeSync(it, 'next', None);
  // A class's __next__ (asyncio's FutureIter, a user iterator): its StopIteration's value is
  // the `yield from`'s result, which nextOf's DONE would drop.
  if (it instanceof PyInstance && lookupMro(it.cls, '__next__') !== undefined) {
    return viaStopIteration(rt, () => callDunder(rt, it, '__next__', [], loc)!);
  }
  return viaStopIteration(rt, () => {
    const x = nextOf(rt, it, loc);
    if (x === DONE) throw stopIteration(rt, None);
    return x;
  });
}

/** Run an iterator call; its StopIteration is the end (with the return value). */
function viaStopIteration(rt: PyRuntime, f: () => Value): GenStep {
  try {
    return { done: false, value: f() };
  } catch (e) {
    if (isStopIteration(rt, e)) {
      const args = rt.realm.py.getAttr((e as Thrown).value, 'value') ?? None;
      return { done: true, value: args };
    }
    throw e;
  }
}

/**
 * A generator whose only reference was the iterator slot of a `for` / `async for` loop
 * whose iterable expression, the call at `site`, created it: CPython's reference counting
 * finalizes it when the loop ends (genobject.c `_PyGen_Finalize`): a suspended generator
 * is closed at once; an async generator goes to the finalizer hook captured at its first
 * iteration (the loop schedules its `aclose()`).
 */
export function finalizeTemporary(v: Value, site: Pos): void {
  if (!(v instanceof PyGenerator) || v.driver.info.callSite !== site || v.driver.state === GEN_CLOSED) return;
  if (!v.isAsync) {
    closeSync(v);
    return;
  }
  if (v.finalizer !== null) v.finalizer(v);
}

/** A `for` loop's iterator over a generator that loop created (iteration.ts): leaving the loop early finalizes it. */
export function ownedIterator(g: PyGenerator, site: Pos): Iterator<Value> {
  return {
    next(): IteratorResult<Value> {
      const r = g.step();
      return r === DONE ? { done: true, value: undefined } : { done: false, value: r };
    },
    return(): IteratorResult<Value> {
      finalizeTemporary(g, site);
      return { done: true, value: undefined };
    },
  };
}
