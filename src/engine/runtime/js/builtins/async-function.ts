/**
 * %AsyncFunction% and %AsyncFunction.prototype% (ECMA-262 §27.7): the [[Prototype]] of
 * every `async function` / async arrow / async method, so that
 * `Object.getPrototypeOf(async function () {})[Symbol.toStringTag]` is 'AsyncFunction',
 * `f.constructor.name` is 'AsyncFunction' and Object.prototype.toString says
 * `[object AsyncFunction]`, as in Node.
 *
 * Calling the AsyncFunction constructor would compile source text (§20.2.1.1.1
 * CreateDynamicFunction). The engine never evaluates strings (the interpreter is the
 * sandbox), so it throws the catchable `EvalError: Code generation from strings disallowed
 * for this context` — the error V8 itself throws when a host forbids code generation
 * (`node --disallow-code-generation-from-strings`).
 */
import type { Value } from '../../values';
import { type JsCtx, TO_STRING_TAG_KEY } from '../context';
import { makeNative } from '../natives';

export const CODE_FROM_STRINGS = 'Code generation from strings disallowed for this context';

export function installAsyncFunction(ctx: JsCtx): void {
  const proto = ctx.intr.AsyncFunctionPrototype;
  const refuse = (): Value => {
    throw ctx.error('EvalError', CODE_FROM_STRINGS);
  };
  const ctor = makeNative('AsyncFunction', 1, refuse, refuse);
  // §27.7.2: [[Prototype]] is %Function%; `prototype` is non-writable, non-configurable.
  const FunctionCtor = ctx.intr.ctors.get('Function');
  if (FunctionCtor) ctx.fnProto.set(ctor, FunctionCtor);
  ctor.props.set('prototype', { value: proto, writable: false, enumerable: false, configurable: false });
  // §27.7.3.1 / §27.7.3.2: `constructor` and @@toStringTag are { [[Writable]]: false, [[Configurable]]: true }.
  proto.props.set('constructor', { value: ctor, writable: false, enumerable: false, configurable: true });
  proto.props.set(TO_STRING_TAG_KEY, { value: 'AsyncFunction', writable: false, enumerable: false, configurable: true });
  ctx.intr.ctors.set('AsyncFunction', ctor);
}
