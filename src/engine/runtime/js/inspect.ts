/**
 * Node's util.inspect, as console.log applies it to each non-string argument.
 *
 * A port of Node v20 lib/internal/util/inspect.js (formatValue, formatRaw,
 * getConstructorName, formatProperty, formatError/improveStack, strEscape, formatPrimitive;
 * the layout of entries is in inspect-layout.ts) with its default
 * options: depth 2, breakLength 80, compact 3, maxArrayLength 100, maxStringLength 10000,
 * no colors, no showHidden. Function and variable names follow Node's so the two can be
 * compared side by side.
 *
 * Approximations (documented):
 *  - string width is `.length` (Node's getStringWidth counts East Asian wide characters
 *    as 2 columns and zero-width ones as 0; only grouping of arrays of such strings differs);
 *  - Map/Set iterators print as `Object [Map Iterator] {}` (Node lists their entries);
 *  - errors print their synthetic stack `Name: message\n    at <anonymous>` (see
 *    builtins/errors.ts), so a logged error has one frame line where Node shows several;
 *  - Python values nested in JS containers print as their Python repr, at top level as str()
 *    (displayArg).
 */
import { FunctionValue, JSObject, NativeFunction, None, PyFloat, type Value } from '../values';
import { type JsCtx, type JsObj, isSymbol, isSymbolKey, type SymbolData, TO_STRING_TAG_KEY } from './context';
import { DateData, ErrorData, MapData, PrimitiveData, RegExpData, SetData, wrapperType } from './internals';
import { isInspectable } from './natives';
import { inheritsFrom } from './operators';
import { kArrayExtrasType, kArrayType, kObjectType, reduceToSingleString } from './inspect-layout';
import { getOwnSlot, getValue, hasProperty, isArrayIndex, isJsObj, keyText, ownKeys, ownSlot, presentIndices, protoOf } from './properties';
import { walkFits } from '../limits';
import { customInspect } from './inspect-custom';

interface Ctx {
  js: JsCtx;
  seen: Value[];
  circular?: Map<Value, number>;
  indentationLvl: number;
  currentDepth: number;
  depth: number;
  breakLength: number;
  compact: number;
  maxArrayLength: number;
  maxStringLength: number;
  pyBools: boolean;
  showHidden: boolean;
}

export interface InspectOptions {
  depth?: number;
  /** console.table's cells: at most 3 array items, one line. */
  maxArrayLength?: number;
  breakLength?: number;
  /** Also list non-enumerable own properties as `[key]: value` (console.log's `%o`). */
  showHidden?: boolean;
}

/** util.inspect(value) with Node's defaults. */
export function inspect(js: JsCtx, value: Value, opts: InspectOptions = {}): string {
  // What formatValue makes of these without its context (issue 10: the js model describes
  // every awaited primitive while recording, and the context object was most of that cost).
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return formatNumber(value);
  const ctx: Ctx = {
    js,
    seen: [],
    indentationLvl: 0,
    currentDepth: 0,
    depth: opts.depth ?? 2,
    breakLength: opts.breakLength ?? 80,
    compact: 3,
    maxArrayLength: opts.maxArrayLength ?? 100,
    maxStringLength: 10000,
    pyBools: js.realm.displayLang === 'py',
    showHidden: opts.showHidden ?? false,
  };
  return formatValue(ctx, value, 0);
}

/**
 * What console.log shows for one argument: strings raw, Python values as their str()
 * (what `print` would show — a Python snippet under the js model prints through here),
 * everything else through util.inspect.
 */
export function displayArg(js: JsCtx, value: Value): string {
  if (typeof value === 'string') return value;
  if (value !== null && typeof value === 'object' && !isJsInspectable(value) && !(value instanceof PyFloat) && !isSymbol(value)) {
    return value === None ? 'None' : js.realm.py.display(value);
  }
  return inspect(js, value);
}

// Escaping, as Node's `meta` table: control characters, quotes, backslash.
const meta: string[] = [];
for (let i = 0; i < 0xa0; i++) {
  meta.push(i < 0x20 || (i >= 0x7f && i < 0xa0) ? `\\x${i.toString(16).toUpperCase().padStart(2, '0')}` : '');
}
meta[8] = '\\b';
meta[9] = '\\t';
meta[10] = '\\n';
meta[11] = '\\x0B';
meta[12] = '\\f';
meta[13] = '\\r';
meta[39] = "\\'";
meta[92] = '\\\\';

const strEscapeSequencesRegExp = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const strEscapeSequencesRegExpSingle = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;

function addQuotes(str: string, quotes: number): string {
  if (quotes === -1) return `"${str}"`;
  if (quotes === -2) return `\`${str}\``;
  return `'${str}'`;
}

/** Quote a string as Node does: single quotes, or " / ` when the text contains '. */
export function strEscape(str: string): string {
  let escapeTest = strEscapeSequencesRegExp;
  let singleQuote = 39;
  if (str.includes("'")) {
    if (!str.includes('"')) singleQuote = -1;
    else if (!str.includes('`') && !str.includes('${')) singleQuote = -2;
    if (singleQuote !== 39) escapeTest = strEscapeSequencesRegExpSingle;
  }
  if (str.length < 5000 && !escapeTest.test(str)) return addQuotes(str, singleQuote);
  let result = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const point = str.charCodeAt(i);
    if (point === singleQuote || point === 92 || point < 32 || (point > 126 && point < 160)) {
      result += last === i ? meta[point] : `${str.slice(last, i)}${meta[point]}`;
      last = i + 1;
    } else if (point >= 0xd800 && point <= 0xdfff) {
      if (point <= 0xdbff && i + 1 < str.length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += `${str.slice(last, i)}\\u${point.toString(16)}`;
      last = i + 1;
    }
  }
  if (last !== str.length) result += str.slice(last);
  return addQuotes(result, singleQuote);
}

export function formatNumber(n: number): string {
  return Object.is(n, -0) ? '-0' : `${n}`;
}

function formatPrimitive(ctx: Ctx, value: Value): string {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    if (value.length > 16 && value.length > ctx.breakLength - ctx.indentationLvl - 4) {
      return (
        value
          .split(/(?<=\n)/)
          .map((line) => strEscape(line))
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer
      );
    }
    return strEscape(value) + trailer;
  }
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'boolean') return ctx.pyBools ? (value ? 'True' : 'False') : `${value}`;
  return 'undefined';
}

function symbolText(sym: JSObject): string {
  const d = (sym.internal as SymbolData).description;
  return `Symbol(${d ?? ''})`;
}

/** A value that inspect formats with formatRaw (JS objects, arrays, JS functions). */
function isJsInspectable(v: Value): v is JsObj | Value[] {
  return Array.isArray(v) || isJsObj(v);
}

export function formatValue(ctx: Ctx, value: Value, recurseTimes: number): string {
  if (value === null) return 'null';
  if (typeof value !== 'object') return formatPrimitive(ctx, value);
  if (value instanceof PyFloat) return formatNumber(value.v);
  if (isSymbol(value)) return symbolText(value);
  if (!isJsInspectable(value)) {
    if (value === None) return 'None';
    return ctx.js.realm.py.repr(value);
  }
  const custom = customInspect(ctx.js, value, ctx, recurseTimes, inspect);
  if (custom !== undefined) return typeof custom === 'string' ? custom : formatValue(ctx, custom.replaced, recurseTimes);
  if (ctx.seen.includes(value)) {
    let index = 1;
    if (ctx.circular === undefined) {
      ctx.circular = new Map();
      ctx.circular.set(value, index);
    } else {
      const known = ctx.circular.get(value);
      if (known === undefined) {
        index = ctx.circular.size + 1;
        ctx.circular.set(value, index);
      } else index = known;
    }
    return `[Circular *${index}]`;
  }
  return formatRaw(ctx, value, recurseTimes);
}

function fnName(js: JsCtx, f: Value): string {
  const n = isJsObj(f) ? getValue(js, f, 'name') : undefined;
  return typeof n === 'string' ? n : '';
}

/** Node's getConstructorName: the first `constructor` on the chain that `obj` is an instance of. */
function getConstructorName(ctx: Ctx, obj: JsObj | Value[]): string | null {
  const js = ctx.js;
  let o: JsObj | null;
  let firstProto: JsObj | null | undefined;
  if (Array.isArray(obj)) {
    const own = js.arrayProps.get(obj)?.get('constructor');
    if (own && 'value' in own && js.isCallable(own.value) && fnName(js, own.value) !== '') return fnName(js, own.value);
    o = js.intr.ArrayPrototype;
    firstProto = o;
  } else o = obj;
  while (o !== null) {
    const d = ownSlot(js, o, 'constructor');
    if (d !== undefined && 'value' in d && isJsObj(d.value) && js.isCallable(d.value)) {
      const name = fnName(js, d.value);
      if (name !== '') {
        const proto = getValue(js, d.value, 'prototype');
        if (isJsObj(proto) && inheritsFrom(js, obj, proto)) return name;
      }
    }
    o = protoOf(js, o);
    if (firstProto === undefined) firstProto = o;
  }
  if (firstProto === null) return null;
  return 'Object';
}

function getPrefix(constructor: string | null, tag: string, fallback: string, size = ''): string {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  if (tag !== '' && constructor !== tag) return `${constructor}${size} [${tag}] `;
  return `${constructor}${size} `;
}

function getCtxStyle(constructor: string | null, tag: string, fallbackName = 'Object'): string {
  let fallback = '';
  if (constructor === null) {
    fallback = fallbackName;
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

function isClass(v: Value): boolean {
  return v instanceof FunctionValue && v.lang === 'js' && v.def.flavor === 'constructor';
}

function getClassBase(ctx: Ctx, value: FunctionValue, constructor: string | null, tag: string): string {
  const js = ctx.js;
  const own = ownSlot(js, value, 'name');
  const ownName = own && 'value' in own ? own.value : undefined;
  const name = (typeof ownName === 'string' && ownName) || '(anonymous)';
  let base = `class ${name}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const parent = protoOf(js, value);
    const superName = parent ? getValue(js, parent, 'name') : undefined;
    if (superName) base += ` extends ${String(superName)}`;
  } else base += ' extends [null prototype]';
  return `[${base}]`;
}

function getFunctionBase(ctx: Ctx, value: FunctionValue | NativeFunction, constructor: string | null, tag: string): string {
  if (isClass(value)) return getClassBase(ctx, value as FunctionValue, constructor, tag);
  const def = value instanceof FunctionValue ? value.def : undefined;
  const type = def?.isGenerator
    ? def.isAsync
      ? 'AsyncGeneratorFunction'
      : 'GeneratorFunction'
    : def?.isAsync
      ? 'AsyncFunction'
      : 'Function';
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  const name = getValue(ctx.js, value, 'name');
  if (name === '' || name === undefined) base += ' (anonymous)';
  else base += `: ${typeof name === 'string' ? name : formatValue(ctx, name, 0)}`;
  base += ']';
  // Node 20 names the constructor when it is not the one the function's kind implies: a bound
  // async function is `[Function: bound af] AsyncFunction` (bound functions are plain functions
  // that inherit from the target's prototype).
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

function improveStack(stack: string, constructor: string | null, name: string, tag: string): string {
  let len = name.length;
  if (
    constructor === null ||
    (name.endsWith('Error') && stack.startsWith(name) && (stack.length === len || stack[len] === ':' || stack[len] === '\n'))
  ) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) || /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (name !== prefix) {
      if (prefix.includes(name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${name}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

function formatError(ctx: Ctx, err: JSObject, constructor: string | null, tag: string, keys: string[]): string {
  const js = ctx.js;
  const nameV = getValue(js, err, 'name');
  const name = nameV !== undefined && nameV !== null ? js.realm.js.toString(nameV) : 'Error';
  const stackV = getValue(js, err, 'stack');
  let stack = stackV ? js.realm.js.toString(stackV) : errorToString(js, err);
  // removeDuplicateErrorKeys
  for (const k of ctx.showHidden ? [] : ['name', 'message', 'stack']) {
    const index = keys.indexOf(k);
    if (index !== -1) {
      const v = getValue(js, err, k);
      if (typeof v === 'string' && stack.includes(v)) keys.splice(index, 1);
    }
  }
  if (hasProperty(js, err, 'cause') && (keys.length === 0 || !keys.includes('cause'))) keys.push('cause');
  const errors = getValue(js, err, 'errors');
  if (Array.isArray(errors) && (keys.length === 0 || !keys.includes('errors'))) keys.push('errors');
  stack = improveStack(stack, constructor, name, tag);
  const message = getValue(js, err, 'message');
  let pos = (typeof message === 'string' && message && stack.indexOf(message)) || -1;
  if (pos !== -1) pos += (message as string).length;
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) stack = `[${stack}]`;
  if (ctx.indentationLvl !== 0) stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  return stack;
}

/** Error.prototype.toString (§20.5.3.4). */
export function errorToString(js: JsCtx, err: Value): string {
  const n = getValue(js, err, 'name');
  const m = getValue(js, err, 'message');
  const name = n === undefined ? 'Error' : js.realm.js.toString(n);
  const msg = m === undefined ? '' : js.realm.js.toString(m);
  if (name === '') return msg;
  if (msg === '') return name;
  return `${name}: ${msg}`;
}

type Formatter = (ctx: Ctx, recurseTimes: number) => string[];

function formatRaw(ctx: Ctx, value: JsObj | Value[], recurseTimes: number): string {
  const js = ctx.js;
  const constructor = getConstructorName(ctx, value);
  let tag = '';
  if (!Array.isArray(value)) {
    const t = getValue(js, value, TO_STRING_TAG_KEY);
    const own = ownSlot(js, value, TO_STRING_TAG_KEY);
    if (typeof t === 'string' && t !== '' && !(own && own.enumerable !== false)) tag = t;
  }
  let base = '';
  let formatter: Formatter = () => [];
  let braces: [string, string] = ['{', '}'];
  let extrasType = kObjectType;
  let keys: string[];
  const internal = value instanceof JSObject ? value.internal : undefined;

  if (Array.isArray(value)) {
    const prefix = constructor !== 'Array' || tag !== '' ? getPrefix(constructor, tag, 'Array', `(${value.length})`) : '';
    keys = ownKeys(js, value, { enumerableOnly: !ctx.showHidden, symbols: true }).filter((k, i) => i >= value.length || !isArrayIndex(k));
    braces = [`${prefix}[`, ']'];
    if (value.length === 0 && keys.length === 0) return `${braces[0]}]`;
    extrasType = kArrayExtrasType;
    formatter = (c, r) => formatArray(c, value, r);
  } else if (internal instanceof SetData) {
    const size = internal.set.size;
    const prefix = getPrefix(constructor, tag, 'Set', `(${size})`);
    keys = ownKeys(js, value, { enumerableOnly: !ctx.showHidden, symbols: true });
    formatter = (c, r) => formatSet(c, internal, r);
    if (size === 0 && keys.length === 0) return `${prefix}{}`;
    braces = [`${prefix}{`, '}'];
  } else if (internal instanceof MapData) {
    const size = internal.map.size;
    const prefix = getPrefix(constructor, tag, 'Map', `(${size})`);
    keys = ownKeys(js, value, { enumerableOnly: !ctx.showHidden, symbols: true });
    formatter = (c, r) => formatMap(c, internal, r);
    if (size === 0 && keys.length === 0) return `${prefix}{}`;
    braces = [`${prefix}{`, '}'];
  } else {
    keys = ownKeys(js, value, { enumerableOnly: !ctx.showHidden, symbols: true });
    if (value instanceof FunctionValue || value instanceof NativeFunction) {
      base = getFunctionBase(ctx, value, constructor, tag);
      if (keys.length === 0) return base;
    } else if (
      constructor === 'Object' &&
      !(internal instanceof ErrorData) &&
      !isInspectable(internal) &&
      !(internal instanceof DateData) &&
      !(internal instanceof RegExpData) &&
      !(internal instanceof PrimitiveData)
    ) {
      if (tag !== '') braces[0] = `${getPrefix(constructor, tag, 'Object')}{`;
      if (keys.length === 0) return `${braces[0]}}`;
    } else if (internal instanceof RegExpData) {
      // Node's formatRaw: a RegExp prints as its source text, then its own enumerable properties.
      base = String(internal.host);
      const prefix = getPrefix(constructor, tag, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (keys.length === 0) return base;
    } else if (internal instanceof PrimitiveData) {
      // Node's getBoxedBase: `[Number: 5]`, `[String (Sub): 'ab']`; a String wrapper's index
      // keys are not listed (its characters are in the base).
      const type = wrapperType(internal);
      if (typeof internal.value === 'string') keys = keys.filter((k) => !isArrayIndex(k) || Number(k) >= (internal.value as string).length);
      base = `[${type}${type === constructor ? '' : constructor === null ? ' (null prototype)' : ` (${constructor})`}: ${formatValue(ctx, internal.value, recurseTimes)}]`;
      if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
      if (keys.length === 0) return base;
    } else if (internal instanceof DateData) {
      base = Number.isNaN(internal.t) ? 'Invalid Date' : new Date(internal.t).toISOString();
      const prefix = getPrefix(constructor, tag, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (keys.length === 0) return base;
    } else if (internal instanceof ErrorData) {
      base = formatError(ctx, value, constructor, tag, keys);
      if (keys.length === 0) return base;
    } else if (isInspectable(internal)) {
      braces[0] = `${getCtxStyle(constructor, tag)}{`;
      formatter = (c, r) => {
        c.indentationLvl += 2;
        try {
          return internal.inspectEntries((v) => formatValue(c, v, r));
        } finally {
          c.indentationLvl -= 2;
        }
      };
    } else {
      if (keys.length === 0) return `${getCtxStyle(constructor, tag)}{}`;
      braces[0] = `${getCtxStyle(constructor, tag)}{`;
    }
  }

  if (recurseTimes > ctx.depth) {
    let constructorName = getCtxStyle(constructor, tag).slice(0, -1);
    if (constructor !== null) constructorName = `[${constructorName}]`;
    return constructorName;
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  const output = formatter(ctx, recurseTimes);
  for (const key of keys) output.push(formatProperty(ctx, value, recurseTimes, key, extrasType));
  if (ctx.circular !== undefined) {
    const index = ctx.circular.get(value);
    if (index !== undefined) {
      const reference = `<ref *${index}>`;
      base = base === '' ? reference : `${reference} ${base}`;
    }
  }
  ctx.seen.pop();
  const text = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  // One visit of a walk (limits.ts walkFits): with `depth: Infinity` an object shared at
  // every level of a deep nesting is shown once per path.
  if (!walkFits(js.realm.budget, text.length)) throw js.rangeError('Invalid string length');
  return text;
}

function formatArray(ctx: Ctx, value: Value[], recurseTimes: number): string[] {
  const valLen = value.length;
  const len = Math.min(Math.max(0, ctx.maxArrayLength), valLen);
  const remaining = valLen - len;
  const output: string[] = [];
  for (let i = 0; i < len; i++) {
    if (value[i] === undefined && !(i in value)) return formatSparseArray(ctx, value, recurseTimes, len, output, i);
    ctx.indentationLvl += 2;
    output.push(formatValue(ctx, value[i], recurseTimes));
    ctx.indentationLvl -= 2;
  }
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

const emptyItems = (n: number) => `<${n} empty item${n > 1 ? 's' : ''}>`;

/**
 * An array with holes, from the first hole at `index` on: each run of holes is one
 * `<N empty items>` entry, and at most `maxEntries` entries are shown before
 * `... N more items` (Node's lib/internal/util/inspect.js formatArray on sparse arrays).
 */
function formatSparseArray(ctx: Ctx, value: Value[], recurseTimes: number, maxEntries: number, output: string[], index: number): string[] {
  const len = value.length;
  // A run of holes ends at the next index the array holds: found among its keys, as Node's
  // formatArray does, not by counting (a length of 2**32 - 1 with one element; issue 10).
  const held = presentIndices(value, ctx.js.realm.budget);
  let p = 0;
  let i = index;
  while (i < len && output.length < maxEntries) {
    while (p < held.length && held[p]! < i) p++;
    const next = p < held.length ? held[p]! : len;
    if (next > i) {
      output.push(emptyItems(next - i));
      i = next;
      continue;
    }
    ctx.indentationLvl += 2;
    output.push(formatValue(ctx, value[i], recurseTimes));
    ctx.indentationLvl -= 2;
    i++;
  }
  const remaining = len - i;
  if (remaining > 0) output.push(`... ${remaining} more item${remaining > 1 ? 's' : ''}`);
  return output;
}

function formatSet(ctx: Ctx, data: SetData, recurseTimes: number): string[] {
  const output: string[] = [];
  const length = data.set.size;
  const maxLength = Math.min(ctx.maxArrayLength, length);
  ctx.indentationLvl += 2;
  let i = 0;
  for (const v of data.set) {
    if (i >= maxLength) break;
    output.push(formatValue(ctx, v, recurseTimes));
    i++;
  }
  if (length > maxLength) output.push(`... ${length - maxLength} more item${length - maxLength > 1 ? 's' : ''}`);
  ctx.indentationLvl -= 2;
  return output;
}

function formatMap(ctx: Ctx, data: MapData, recurseTimes: number): string[] {
  const output: string[] = [];
  const length = data.map.size;
  const maxLength = Math.min(ctx.maxArrayLength, length);
  ctx.indentationLvl += 2;
  let i = 0;
  for (const [k, v] of data.map) {
    if (i >= maxLength) break;
    output.push(`${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}`);
    i++;
  }
  if (length > maxLength) output.push(`... ${length - maxLength} more item${length - maxLength > 1 ? 's' : ''}`);
  ctx.indentationLvl -= 2;
  return output;
}

function formatProperty(ctx: Ctx, value: JsObj | Value[], recurseTimes: number, key: string, type: number): string {
  const js = ctx.js;
  const desc = getOwnSlot(js, value, key) ?? { value: getValue(js, value, key) };
  let str: string;
  if ('value' in desc) {
    ctx.indentationLvl += 2;
    str = formatValue(ctx, desc.value, recurseTimes);
    ctx.indentationLvl -= 2;
  } else if (desc.get !== undefined) {
    str = desc.set !== undefined ? '[Getter/Setter]' : '[Getter]';
  } else if (desc.set !== undefined) {
    str = '[Setter]';
  } else {
    str = 'undefined';
  }
  if (type === kArrayType) return str;
  let name: string;
  if (isSymbolKey(key)) name = `[${keyText(js, key)}]`;
  else if (key === '__proto__') name = "['__proto__']";
  else if (desc.enumerable === false) name = `[${key}]`;
  else if (keyStrRegExp.test(key)) name = key;
  else name = strEscape(key);
  return `${name}: ${str}`;
}
