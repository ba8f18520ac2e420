/**
 * Node's custom inspection hook (lib/internal/util/inspect.js formatValue): an object whose
 * `[Symbol.for('nodejs.util.inspect.custom')]` is a function — other than util.inspect itself,
 * and not on a prototype object (`value.constructor.prototype === value`) — is printed as what
 * that method returns. It is called with `this` = the object and (depth, options, inspect),
 * depth being how many levels are left (null when unlimited). A returned string is printed
 * as it is (its new lines indented to the current level); any other value is inspected in the
 * object's place, unless it is the object itself. The method is user code: whatever it
 * throws propagates out of console.log / util.inspect, as in Node.
 */
import { JSObject, type NativeFunction, type Value } from '../values';
import type { JsCtx, SymbolData } from './context';
import { makeNative } from './natives';
import { getValue, isJsObj } from './properties';

/** What formatValue knows when it meets the object (Node's ctx fields the options mirror). */
export interface InspectState {
  depth: number;
  indentationLvl: number;
  showHidden: boolean;
  breakLength: number;
  compact: number;
  maxArrayLength: number;
  maxStringLength: number;
}

type InspectImpl = (js: JsCtx, value: Value, opts: { depth?: number; breakLength?: number }) => string;

/** util.inspect(value, { depth, breakLength }), one function per realm (the one custom methods receive). */
export function utilInspectFunction(js: JsCtx, inspect: InspectImpl): NativeFunction {
  return (js.utilInspect ??= makeNative('inspect', 2, (_s, [value, options]) => {
    const depth = isJsObj(options) ? getValue(js, options, 'depth') : undefined;
    const breakLength = isJsObj(options) ? getValue(js, options, 'breakLength') : undefined;
    return inspect(js, value, {
      ...(typeof depth === 'number' ? { depth } : depth === null ? { depth: Infinity } : {}),
      ...(typeof breakLength === 'number' ? { breakLength } : {}),
    });
  }));
}

/**
 * The custom method's result for `value`: a string to print, `{ replaced }` to inspect
 * instead, or undefined when `value` has no custom method (or it returned `value`).
 */
export function customInspect(
  js: JsCtx,
  value: Value,
  st: InspectState,
  recurseTimes: number,
  inspect: InspectImpl,
): string | { replaced: Value } | undefined {
  const sym = js.symbolRegistry.get('nodejs.util.inspect.custom');
  if (sym === undefined || !(isJsObj(value) || Array.isArray(value))) return undefined;
  const method = getValue(js, value, (sym.internal as SymbolData).key);
  const util = utilInspectFunction(js, inspect);
  if (!js.isCallable(method) || method === util) return undefined;
  const ctor = getValue(js, value, 'constructor');
  if (isJsObj(ctor) && getValue(js, ctor, 'prototype') === value) return undefined;
  const options = new JSObject(js.intr.ObjectPrototype);
  const fields: [string, Value][] = [
    ['stylize', makeNative('stylize', 2, (_s, [text]) => text)],
    ['showHidden', st.showHidden],
    ['depth', st.depth === Infinity ? null : st.depth],
    ['colors', false],
    ['customInspect', true],
    ['showProxy', false],
    ['maxArrayLength', st.maxArrayLength],
    ['maxStringLength', st.maxStringLength],
    ['breakLength', st.breakLength],
    ['compact', st.compact],
    ['sorted', false],
    ['getters', false],
    ['numericSeparator', false],
  ];
  for (const [k, v] of fields) options.props.set(k, { value: v, writable: true, enumerable: true, configurable: true });
  const depth = st.depth === Infinity ? null : st.depth - recurseTimes;
  const ret = js.call(method, value, [depth, options, util]);
  if (ret === value) return undefined;
  if (typeof ret !== 'string') return { replaced: ret };
  return ret.replaceAll('\n', `\n${' '.repeat(st.indentationLvl)}`);
}
