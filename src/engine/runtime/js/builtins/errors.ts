/**
 * Error and its native subclasses (ECMA-262 §20.5), AggregateError (§20.5.7).
 *
 * `stack`: V8 builds it at construction from ErrorUtils::ToString (the `name` found
 * through the prototype chain of new.target.prototype, and the message) followed by the
 * frames. The engine has no host frames to show, so the stack is synthetic and fixed:
 *
 *     `${name}: ${message}\n    at <anonymous>`      (just `${name}` when the message is empty)
 *
 * This keeps util.inspect's error form (name line, then frames) and its `improveStack`
 * rewrite for subclasses (`class MyError extends Error` prints `MyError: boom`).
 * Error.captureStackTrace exists and only refreshes that stack.
 */
import { JSObject, type NativeFunction, type PropSlot, type Value } from '../../values';
import type { JsCtx } from '../context';
import { toStr } from '../convert';
import { ErrorData } from '../internals';
import { errorToString } from '../inspect';
import { defineHidden, defineMethods, defineNativeClass } from '../natives';
import { spec } from '../natives';
import { getValue, hasProperty, isJsObj } from '../properties';
import { Thrown } from '../../thrown';

export const STACK_FRAME = '\n    at <anonymous>';

/** The `stack` V8 would capture now (header from the current name/message). */
export function syntheticStack(ctx: JsCtx, err: Value): string {
  return errorToString(ctx, err) + STACK_FRAME;
}

/** InstallErrorCause (§20.5.8.1). */
function installCause(ctx: JsCtx, o: JSObject, options: Value): void {
  if (isJsObj(options) && hasProperty(ctx, options, 'cause')) {
    defineHidden(o, 'cause', getValue(ctx, options, 'cause'));
  }
}

/**
 * V8 formats `stack` lazily, on its first read (so `e.name = 'X'` after construction still
 * shows in the stack, as Node prints it). The slot is an ordinary data property for user
 * code; its host-level getter computes the text once.
 */
export function lazyStackSlot(ctx: JsCtx, err: JSObject): PropSlot {
  let text: Value | undefined;
  const slot = { enumerable: false } as PropSlot & { value: Value };
  Object.defineProperty(slot, 'value', {
    enumerable: true,
    get: () => (text === undefined ? (text = syntheticStack(ctx, err)) : text),
    set: (v: Value) => {
      text = v;
    },
  });
  return slot;
}

function makeError(ctx: JsCtx, proto: JSObject, message: Value, options: Value): JSObject {
  const o = new JSObject(proto, new ErrorData());
  // V8's error objects have `stack` first among their own keys (Node 20:
  // Object.getOwnPropertyNames(new Error('m', { cause })) is [ 'stack', 'message', 'cause' ]).
  o.props.set('stack', lazyStackSlot(ctx, o));
  if (message !== undefined) defineHidden(o, 'message', toStr(ctx, message));
  installCause(ctx, o, options);
  return o;
}

const NATIVE_ERRORS = ['TypeError', 'RangeError', 'ReferenceError', 'SyntaxError', 'EvalError', 'URIError'] as const;

export function installErrors(ctx: JsCtx): void {
  const ErrorPrototype = ctx.intr.ErrorPrototype;
  const ErrorCtor = defineNativeClass(ctx, {
    name: 'Error',
    length: 1,
    proto: ErrorPrototype,
    construct: ([message, options], proto) => makeError(ctx, proto, message, options),
    call: (_self, [message, options]) => makeError(ctx, ErrorPrototype, message, options),
    global: true,
  });
  defineHidden(ErrorPrototype, 'name', 'Error');
  defineHidden(ErrorPrototype, 'message', '');
  defineMethods(ErrorPrototype, {
    toString: spec(0, (self) => {
      if (!isJsObj(self)) throw ctx.typeError("Error.prototype.toString requires that 'this' be an Object");
      return errorToString(ctx, self);
    }),
  });
  defineMethods(ErrorCtor, {
    captureStackTrace: [
      2,
      (_s, [target]) => {
        if (target instanceof JSObject) target.props.set('stack', lazyStackSlot(ctx, target));
        return undefined;
      },
    ],
  });
  ErrorCtor.props.set('stackTraceLimit', { value: 10 });

  for (const name of NATIVE_ERRORS) defineSubclass(ctx, name, ErrorCtor);

  const AggregateProto = new JSObject(ErrorPrototype);
  defineNativeClass(ctx, {
    name: 'AggregateError',
    length: 2,
    proto: AggregateProto,
    parent: ErrorCtor,
    construct: ([errors, message, options], proto) => makeAggregate(ctx, proto, errors, message, options),
    call: (_self, [errors, message, options]) => makeAggregate(ctx, AggregateProto, errors, message, options),
    global: true,
  });
  defineHidden(AggregateProto, 'name', 'AggregateError');
  defineHidden(AggregateProto, 'message', '');
}

function makeAggregate(ctx: JsCtx, proto: JSObject, errors: Value, message: Value, options: Value): JSObject {
  const o = makeError(ctx, proto, message, options);
  defineHidden(o, 'errors', [...ctx.realm.js.iterate(errors)]);
  return o;
}

function defineSubclass(ctx: JsCtx, name: string, parent: NativeFunction): void {
  const proto = new JSObject(ctx.intr.ErrorPrototype);
  defineNativeClass(ctx, {
    name,
    length: 1,
    proto,
    parent,
    construct: ([message, options], p) => makeError(ctx, p, message, options),
    call: (_self, [message, options]) => makeError(ctx, proto, message, options),
    global: true,
  });
  defineHidden(proto, 'name', name);
  defineHidden(proto, 'message', '');
}

/** Is `v` an Error instance for summaries (`e instanceof Error`, as the conformance hook tests)? */
export function isErrorInstance(ctx: JsCtx, v: Value): boolean {
  if (!(v instanceof JSObject)) return false;
  for (let p = v.proto; p !== null; p = p.proto) if (p === ctx.intr.ErrorPrototype) return true;
  return false;
}

/** The conformance hook's summary (tests/oracle/node-capture-hook.mjs): `name: message`, `name`, or String(v). */
export function errorSummary(ctx: JsCtx, v: Value): string {
  if (isErrorInstance(ctx, v)) {
    const name = readable(ctx, v, 'name') ?? 'Error';
    const msg = readable(ctx, v, 'message') ?? '';
    return msg ? `${name}: ${msg}` : name;
  }
  return ctx.realm.js.toString(v);
}

/**
 * An error's `name` or `message` as a string, or undefined when it is absent or reading or
 * converting it throws (a getter that throws, a `toString` that throws): the summary leaves
 * out what cannot be read, where a host exception escaped the engine (issue 10: fuzz seed
 * 34001). Node prints no summary line at all for such an error, only its hint to use
 * `--trace-uncaught`; the engine keeps the parts it could read, so the error still says what
 * was thrown.
 */
function readable(ctx: JsCtx, v: Value, key: 'name' | 'message'): string | undefined {
  try {
    const x = getValue(ctx, v, key);
    return x === undefined ? undefined : ctx.realm.js.toString(x);
  } catch (e) {
    if (e instanceof Thrown) return undefined;
    throw e;
  }
}
