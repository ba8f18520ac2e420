/**
 * JavaScript generators on the shared mechanism (runtime/generator.ts): the objects a call
 * of `function*` / `async function*` returns, their prototypes, and `yield*` (its own file,
 * generator-delegate.ts).
 *
 *  - %GeneratorFunction% / %AsyncGeneratorFunction% and their `.prototype` objects are the
 *    [[Prototype]] of generator functions (ECMA-262 §27.3, §27.4); each generator function
 *    has its own `prototype`, whose [[Prototype]] is %GeneratorPrototype% (§27.5) or
 *    %AsyncGeneratorPrototype% (§27.6), and a generator object inherits from it — so Node
 *    prints `Object [Generator] {}` (no `constructor` function on the chain before
 *    Object.prototype, toStringTag 'Generator').
 *  - Sync generators (§27.5.3): `next` / `return` / `throw` validate the object (V8:
 *    `Method [Generator].prototype.next called on incompatible receiver #<Object>`), refuse
 *    re-entry (`Generator is already running`), answer `{ value, done: true }` once closed,
 *    close an unstarted generator on `return` / `throw` without running it, and otherwise
 *    resume the body through the GeneratorDriver; return(v) is thrown in at the yield as a
 *    GeneratorReturn (runtime/generator.ts), so finally blocks run, may yield, or replace it.
 *  - Async generators: the request queue and its promises are the js model's
 *    (models/js/async-generator.ts, through SchedulingModel.jsAsyncGenerator); the methods
 *    here only validate the receiver — a wrong one rejects the returned promise (§27.6.3.2
 *    AsyncGeneratorValidate under IfAbruptRejectPromise) — and enqueue. Under the Python
 *    models a call of an async generator function reports that it needs the js model.
 *
 * The constructors themselves would compile source text; like %AsyncFunction% they throw
 * V8's EvalError for hosts that disallow code generation (builtins/async-function.ts).
 */
import { unsupported } from '../../../errors';
import { GEN_CLOSED, GEN_CREATED, GEN_RUNNING, type GeneratorDriver, GeneratorReturn, type GenStep } from '../../generator';
import { Thrown } from '../../thrown';
import type { JsAsyncGeneratorQueue } from '../../scheduling';
import { JSObject, type Value } from '../../values';
import { ASYNC_ITERATOR_KEY, type JsCtx, TO_STRING_TAG_KEY } from '../context';
import { iterResult } from '../iteration';
import { makeNative, defineHidden, defineSymbolMethod } from '../natives';
import { getValue, objectTag } from '../properties';
import { CODE_FROM_STRINGS } from './async-function';
import { delegateAsync, delegateSync } from './generator-delegate';

/** A sync generator object's internal state. */
export class JsGeneratorData {
  /**
   * Set by `yield*` just before it yields an inner iterator's result object: GeneratorYield
   * hands that very object to the caller of next() (§15.5.5 step 7.a.vi), not a copy.
   */
  rawResult: Value | undefined = undefined;
  constructor(readonly driver: GeneratorDriver) {}
}

export class JsAsyncGeneratorData {
  constructor(
    readonly driver: GeneratorDriver,
    readonly queue: JsAsyncGeneratorQueue,
  ) {}
}

/** The JS data of the generator whose body is running now (for `yield*`). */
export const dataOfDriver = new WeakMap<GeneratorDriver, JsGeneratorData | JsAsyncGeneratorData>();

export function installGenerators(ctx: JsCtx): void {
  const intr = ctx.intr;
  const realm = ctx.realm;
  const FunctionCtor = intr.ctors.get('Function');

  // [Symbol.asyncIterator]() { return this } (§27.1.3.1).
  defineSymbolMethod(intr.AsyncIteratorPrototype, ASYNC_ITERATOR_KEY, '[Symbol.asyncIterator]', 0, (self) => self);

  for (const [ctorName, fnProto, objProto, tag] of [
    ['GeneratorFunction', intr.GeneratorFunctionPrototype, intr.GeneratorPrototype, 'Generator'],
    ['AsyncGeneratorFunction', intr.AsyncGeneratorFunctionPrototype, intr.AsyncGeneratorPrototype, 'AsyncGenerator'],
  ] as const) {
    const refuse = (): Value => {
      throw ctx.error('EvalError', CODE_FROM_STRINGS);
    };
    const ctor = makeNative(ctorName, 1, refuse, refuse);
    if (FunctionCtor) ctx.fnProto.set(ctor, FunctionCtor);
    ctor.props.set('prototype', { value: fnProto, writable: false, enumerable: false, configurable: false });
    fnProto.props.set('constructor', { value: ctor, writable: false, enumerable: false, configurable: true });
    fnProto.props.set('prototype', { value: objProto, writable: false, enumerable: false, configurable: true });
    fnProto.props.set(TO_STRING_TAG_KEY, { value: ctorName, writable: false, enumerable: false, configurable: true });
    objProto.props.set('constructor', { value: fnProto, writable: false, enumerable: false, configurable: true });
    objProto.props.set(TO_STRING_TAG_KEY, { value: tag, writable: false, enumerable: false, configurable: true });
    intr.ctors.set(ctorName, ctor);
  }

  installSyncMethods(ctx);
  installAsyncMethods(ctx);

  realm.generators.js = {
    make(driver) {
      const fn = driver.info.fn;
      const fallback = driver.isAsync ? intr.AsyncGeneratorPrototype : intr.GeneratorPrototype;
      // OrdinaryCreateFromConstructor(functionObject, ...): the function's current `prototype`.
      const p = fn ? getValue(ctx, fn, 'prototype') : undefined;
      const proto = p instanceof JSObject ? p : fallback;
      if (!driver.isAsync) {
        const data = new JsGeneratorData(driver);
        dataOfDriver.set(driver, data);
        return new JSObject(proto, data);
      }
      const model = realm.model;
      if (!model.jsAsyncGenerator) throw unsupported('async generator functions outside the js model', driver.info.callSite);
      const data = new JsAsyncGeneratorData(driver, model.jsAsyncGenerator(driver));
      dataOfDriver.set(driver, data);
      return new JSObject(proto, data);
    },
    delegate: (iterable, isAsync, loc, operand) =>
      isAsync ? delegateAsync(realm, iterable, loc, operand) : delegateSync(ctx, iterable, loc, operand),
  };
}

function installSyncMethods(ctx: JsCtx): void {
  const proto = ctx.intr.GeneratorPrototype;
  const dataOf = (self: Value, method: string): JsGeneratorData => {
    if (self instanceof JSObject && self.internal instanceof JsGeneratorData) return self.internal;
    throw ctx.typeError(`Method [Generator].prototype.${method} called on incompatible receiver ${receiverText(ctx, self)}`);
  };
  /** GeneratorValidate's "executing" check (§27.5.3.2). */
  const notRunning = (d: GeneratorDriver): void => {
    if (d.state === GEN_RUNNING) throw ctx.typeError('Generator is already running');
  };
  const result = (data: JsGeneratorData, step: GenStep): Value => {
    const raw = data.rawResult;
    data.rawResult = undefined;
    if (!step.done && raw !== undefined) return raw;
    return iterResult(ctx, step.value, step.done);
  };
  const resume = (data: JsGeneratorData, mode: 'next' | 'throw', v: unknown): Value => {
    data.rawResult = undefined;
    let step: GenStep;
    try {
      step = data.driver.resume(mode, v);
    } catch (e) {
      // A return() that went through the body's finally blocks (perhaps after yields there).
      if (e instanceof GeneratorReturn) return iterResult(ctx, e.value, true);
      throw e;
    }
    return result(data, step);
  };
  defineHidden(
    proto,
    'next',
    makeNative('next', 1, (self, [v]) => {
      const data = dataOf(self, 'next');
      const d = data.driver;
      notRunning(d);
      if (d.state === GEN_CLOSED) return iterResult(ctx, undefined, true);
      return resume(data, 'next', v);
    }),
  );
  defineHidden(
    proto,
    'return',
    makeNative('return', 1, (self, [v]) => {
      const data = dataOf(self, 'return');
      const d = data.driver;
      notRunning(d);
      if (d.state === GEN_CREATED) d.state = GEN_CLOSED;
      if (d.state === GEN_CLOSED) return iterResult(ctx, v, true);
      return resume(data, 'throw', new GeneratorReturn(v));
    }),
  );
  defineHidden(
    proto,
    'throw',
    makeNative('throw', 1, (self, [v]) => {
      const data = dataOf(self, 'throw');
      const d = data.driver;
      notRunning(d);
      if (d.state === GEN_CREATED) d.state = GEN_CLOSED;
      if (d.state === GEN_CLOSED) throw new Thrown(v);
      return resume(data, 'throw', new Thrown(v));
    }),
  );
}

function installAsyncMethods(ctx: JsCtx): void {
  const proto = ctx.intr.AsyncGeneratorPrototype;
  for (const mode of ['next', 'return', 'throw'] as const) {
    defineHidden(
      proto,
      mode,
      makeNative(mode, 1, (self, [v]) => {
        if (self instanceof JSObject && self.internal instanceof JsAsyncGeneratorData) return self.internal.queue.request(mode, v);
        const P = ctx.realm.model.jsPromises;
        const err = ctx.typeError(`Method [AsyncGenerator].prototype.${mode} called on incompatible receiver ${receiverText(ctx, self)}`);
        if (!P) throw err;
        return P.rejected(err.value);
      }),
    );
  }
}

/** `#<Object>` for objects, the value itself for primitives (V8's receiver text). */
function receiverText(ctx: JsCtx, v: Value): string {
  if (v instanceof JSObject || Array.isArray(v)) return objectTag(ctx, v);
  if (typeof v === 'string') return v;
  return ctx.realm.js.toString(v);
}
