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
 * Whether V8 names a declaration's initializer (`const [a] = init`) through CallPrinter, as
 * Node 20 prints them: an identifier or literal (`obj is not iterable`), `this`, a regexp, a
 * unary operation (`(-o.a) is not iterable`), a conditional, a function or class expression
 * or an `await` (`(intermediate value) is not iterable`), `new C()` and a call of a plain
 * name (`f is not a function or its return value is not iterable`). A member, a method call,
 * a binary operation, a sequence or an assignment gets the generic runtime message.
 */
function declarationNamed(x: Expr): boolean {
  switch (x.kind) {
    case 'Name':
    case 'Null':
    case 'Undefined':
    case 'Num':
    case 'Str':
    case 'Bool':
    case 'Object':
    case 'This':
    case 'RegExp':
    case 'Unary':
    case 'Cond':
    case 'FunctionExpr':
    case 'ClassExpr':
    case 'Await':
    case 'New':
      return true;
    case 'Call':
      return x.callee.kind === 'Name';
    default:
      return isFoldedLiteral(x);
  }
}

/**
 * A check run before iterating `x`'s value in JavaScript code; undefined (no check) for
 * Python code and for declarations whose initializer V8 does not name (`declarationNamed`).
 */
export function jsIterableGuard(cx: Cx, x: Expr, site: 'iterate' | 'declaration' | 'spread-call'): ((v: Value) => void) | undefined {
  if (cx.lang !== 'js') return undefined;
  if (site === 'declaration' && !declarationNamed(x)) return undefined;
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
