/**
 * V8's "is not iterable" TypeErrors at JavaScript iteration sites. V8 names the iterated
 * expression through its CallPrinter (runtime ThrowIteratorError / ThrowSpreadArgError):
 *
 *  - for-of, array spread `[...x]`:   `o.items is not iterable`, and for a call or `new`:
 *    `o.m is not a function or its return value is not iterable`;
 *  - `const [a] = x` names only an identifier or literal `x` (`obj is not iterable`);
 *  - call spread `f(...x)`: `x is not iterable (cannot read property null)` for null and
 *    undefined, else `Spread syntax requires ...iterable[Symbol.iterator] to be a function`.
 *
 * Without a call site (nested patterns, parameters, builtins) the runtime's generic
 * `number 5 is not iterable (cannot read property Symbol(Symbol.iterator))` stays.
 */
import type { Expr } from '../ir/nodes';
import { ITERATOR_KEY } from '../runtime/js/context';
import { JSObject, FunctionValue, NativeFunction, type Value } from '../runtime/values';
import type { Cx } from './context';
import { userError } from './context';
import { calleeText, isFoldedLiteral } from './callee-text';

/**
 * CallPrinter's text for an iterable expression (see the header): the callee text
 * (callee-text.ts), except that an optional chain is an intermediate value.
 */
export function iterableText(x: Expr): string {
  if (x.kind === 'Member') return x.optional ? '(intermediate value)' : `${iterableText(x.object)}.${x.property}`;
  if (x.kind === 'Index') {
    if (x.optional) return '(intermediate value)';
    const i = x.index;
    if (i.kind === 'Str' && !/^(0|[1-9]\d*)$/.test(i.value)) return `${iterableText(x.object)}.${i.value}`;
    return `${iterableText(x.object)}[${calleeText(i)}]`;
  }
  return calleeText(x);
}

/** The message for a non-iterable at a for-of / array spread / declaration site. */
function notIterable(x: Expr): string {
  if (x.kind === 'Call' || x.kind === 'New') return `${calleeText(x.callee)} is not a function or its return value is not iterable`;
  return `${iterableText(x)} is not iterable`;
}

/**
 * A check run before iterating `x`'s value in JavaScript code; undefined (no check) for
 * Python code and for declarations whose initializer is a call (V8 keeps its generic text).
 */
export function jsIterableGuard(cx: Cx, x: Expr, site: 'iterate' | 'declaration' | 'spread-call'): ((v: Value) => void) | undefined {
  if (cx.lang !== 'js') return undefined;
  // A declaration names only a plain identifier or literal initializer (`const [a] = obj`);
  // V8 gives member and call initializers the generic runtime message.
  if (site === 'declaration' && !['Name', 'Null', 'Undefined', 'Num', 'Str', 'Bool', 'Object'].includes(x.kind) && !isFoldedLiteral(x))
    return undefined;
  const js = cx.realm.js;
  const iterable = (v: Value): boolean => {
    if (v === null || v === undefined) return false;
    if (typeof v === 'string' || Array.isArray(v)) return true;
    const jsLike =
      typeof v === 'number' ||
      typeof v === 'boolean' ||
      v instanceof JSObject ||
      ((v instanceof FunctionValue || v instanceof NativeFunction) && v.lang === 'js');
    // Other values (Python objects met by JS code, symbols) keep the runtime's own answer.
    if (!jsLike) return true;
    const method = js.getAttr(v, ITERATOR_KEY);
    return method !== undefined && method !== null && cx.realm.interp.isCallable(method);
  };
  return (v) => {
    if (iterable(v)) return;
    if (site === 'spread-call') {
      const text = x.kind === 'Call' ? calleeText(x) : iterableText(x);
      if (v === null || v === undefined)
        throw userError(cx, 'js', 'TypeError', `${text} is not iterable (cannot read property ${String(v)})`);
      throw userError(cx, 'js', 'TypeError', 'Spread syntax requires ...iterable[Symbol.iterator] to be a function');
    }
    throw userError(cx, 'js', 'TypeError', notIterable(x));
  };
}
