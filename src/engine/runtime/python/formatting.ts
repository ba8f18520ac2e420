/**
 * `repr()` and `str()` exactly as CPython 3.14 prints them (checked against Pyodide 314).
 *
 * Built-in values are formatted here directly; PyInstances dispatch to their class's
 * `__repr__` / `__str__` (object's defaults print `<__main__.A object at 0x...>`).
 * Addresses are fake but stable per object (state.ts), so two prints of one object agree.
 * Recursive containers print `[...]` / `{...}` as CPython's Py_ReprEnter does.
 */
import {
  BoundMethod,
  FunctionValue,
  JSObject,
  NativeFunction,
  None,
  PyClass,
  PyDict,
  PyFloat,
  PyInstance,
  PyModule,
  PySet,
  PyTuple,
  type Value,
} from '../values';
import { callDunder } from './calls';
import { lookupMro } from './classes';
import { setOrder } from './set-order';
import { specialDictRepr } from './collections';
import { floatRepr, intDecimal } from './numbers';
import {
  Ellipsis,
  NativeGetSet,
  NotImplemented,
  PyClassMethod,
  PyDictView,
  PyIterator,
  PyProperty,
  PyRange,
  PySlice,
  PyStaticMethod,
} from './objects';
import type { PyRuntime } from './state';
import { SlotMember } from './slots';
import { chargeVisit, MAX_STRING_LENGTH, walkFits } from '../limits';
import { qualifiedName, typeName, typeOf } from './types';
import { rangeRepr } from './range';

/** `repr(s)` for a str: single quotes unless the text has ' and no ". */
export function strRepr(s: string, asciiOnly = false): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === quote || ch === '\\') out += '\\' + ch;
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (c < 0x20 || c === 0x7f || (c >= 0x80 && c <= 0xa0) || c === 0xad) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (asciiOnly && c > 0x7f) {
      out +=
        c <= 0xff
          ? '\\x' + c.toString(16).padStart(2, '0')
          : c <= 0xffff
            ? '\\u' + c.toString(16).padStart(4, '0')
            : '\\U' + c.toString(16).padStart(8, '0');
    } else if (!asciiOnly && isUnprintable(c)) {
      out += c <= 0xffff ? '\\u' + c.toString(16).padStart(4, '0') : '\\U' + c.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

/** Non-printable code points above Latin-1 (separators, format characters, surrogates). */
function isUnprintable(c: number): boolean {
  return c >= 0x100 && /[\p{Z}\p{C}]/u.test(String.fromCodePoint(c));
}

/** `repr(v)`. */
export function pyRepr(rt: PyRuntime, v: Value): string {
  switch (typeof v) {
    case 'string':
      return strRepr(v);
    case 'number':
      return Number.isInteger(v) ? String(v) : floatRepr(v);
    case 'boolean':
      return v ? 'True' : 'False';
    case 'bigint':
      return intDecimal(rt, v);
    case 'undefined':
      return jsText(rt, v);
  }
  if (v === null) return jsText(rt, v);
  if (v === None) return 'None';
  if (v instanceof PyFloat) return floatRepr(v.v);
  if (Array.isArray(v)) return guarded(rt, v, '[...]', () => listText(rt, v));
  if (v instanceof PyInstance) return instanceText(rt, v, '__repr__');
  if (v instanceof PyTuple) {
    // A namedtuple (or a class deriving from one): its class's __repr__.
    if (rt.tupleTypes.has(v)) return guarded(rt, v, '...', () => textVia(rt, v, '__repr__'));
    if (v.items.length === 1) return guarded(rt, v, '(...)', () => `(${pyRepr(rt, v.items[0])},)`);
    return guarded(rt, v, '(...)', () => `(${v.items.map((x) => pyRepr(rt, x)).join(', ')})`);
  }
  if (v instanceof PyDict) {
    const plain = () =>
      guarded(rt, v, '{...}', () => {
        const parts: string[] = [];
        for (const e of v.entries.values()) parts.push(`${pyRepr(rt, e.key)}: ${pyRepr(rt, e.value)}`);
        return `{${parts.join(', ')}}`;
      });
    return specialDictRepr(rt, v, plain) ?? plain();
  }
  if (v instanceof PySet) return setRepr(rt, v);
  return otherRepr(rt, v);
}

function setRepr(rt: PyRuntime, v: PySet): string {
  const frozen = rt.frozen.has(v);
  if (v.entries.size === 0) return frozen ? 'frozenset()' : 'set()';
  return guarded(rt, v, `${frozen ? 'frozenset' : 'set'}(...)`, () => {
    const body = `{${setOrder(v)
      .map((x) => pyRepr(rt, x))
      .join(', ')}}`;
    return frozen ? `frozenset(${body})` : body;
  });
}

/**
 * A container's repr: its placeholder when it is already being printed (Py_ReprEnter), else
 * `f()`, counted as one visit of a walk (limits.ts walkFits: a list shared at every level
 * of a deep nesting is printed once per path) and a MemoryError past the string cap.
 */
export function guarded(rt: PyRuntime, o: object, placeholder: string, f: () => string): string {
  if (rt.reprActive.has(o)) return placeholder;
  rt.reprActive.add(o);
  let text: string;
  try {
    text = f();
  } finally {
    rt.reprActive.delete(o);
  }
  if (!walkFits(rt.realm.budget, text.length)) throw rt.error('MemoryError', '');
  return text;
}

function otherRepr(rt: PyRuntime, v: Value): string {
  const at = (o: unknown) => rt.hexAddress(o);
  if (v instanceof PyClass) return rt.enumMembers.has(v) ? `<enum '${v.name}'>` : `<class '${qualifiedName(v)}'>`;
  if (v instanceof FunctionValue) {
    if (v.lang === 'js') return jsText(rt, v);
    return `<function ${v.def.qualname || v.name} at ${at(v)}>`;
  }
  if (v instanceof NativeFunction) {
    if (v.lang === 'js') return jsText(rt, v);
    return `<built-in function ${v.name}>`;
  }
  if (v instanceof BoundMethod) {
    const fn = v.fn;
    if (fn instanceof NativeFunction) {
      return `<built-in method ${fn.name} of ${typeName(rt, v.self)} object at ${at(v.self)}>`;
    }
    const q = fn instanceof FunctionValue ? fn.def.qualname || fn.name : pyRepr(rt, fn);
    return `<bound method ${q} of ${pyRepr(rt, v.self)}>`;
  }
  if (v instanceof PyModule) return `<module '${v.name}'>`;
  if (v instanceof PyRange) return rangeRepr(v);
  if (v instanceof PySlice) return `slice(${pyRepr(rt, v.start)}, ${pyRepr(rt, v.stop)}, ${pyRepr(rt, v.step)})`;
  if (v instanceof PyDictView) {
    return guarded(rt, v.dict, '...', () => {
      const items: string[] = [];
      for (const e of v.dict.entries.values()) {
        if (v.kind === 'keys') items.push(pyRepr(rt, e.key));
        else if (v.kind === 'values') items.push(pyRepr(rt, e.value));
        else items.push(`(${pyRepr(rt, e.key)}, ${pyRepr(rt, e.value)})`);
      }
      return `${v.typeName}([${items.join(', ')}])`;
    });
  }
  if (v === NotImplemented) return 'NotImplemented';
  if (v === Ellipsis) return 'Ellipsis';
  if (v instanceof PyStaticMethod || v instanceof PyClassMethod) return `<${v.typeName}(${pyRepr(rt, v.fn)})>`;
  if (v instanceof SlotMember) return `<member '${v.name}' of '${v.owner.name}' objects>`;
  if (v instanceof NativeGetSet) return `<attribute '${v.name}' objects>`;
  if (v instanceof PyIterator || v instanceof PyProperty) return `<${v.typeName} object at ${at(v)}>`;
  if (v instanceof JSObject) return jsText(rt, v);
  return `<${typeName(rt, v)} object at ${at(v as object)}>`;
}

/** JS values reached from Python code print as the JS side shows them. */
function jsText(rt: PyRuntime, v: Value): string {
  const js = rt.realm.js as { display?: (v: Value) => string } | undefined;
  if (js?.display) return js.display(v);
  return v === undefined ? 'undefined' : v === null ? 'null' : `<${typeName(rt, v)}>`;
}

/**
 * A list's repr. Its text holds at least two characters per item, so a JavaScript array too
 * long for the string cap fails before the walk: a sparse one reaching `print` under a Python
 * model (`a[2**32 - 2] = 1`, length 2**32 - 1) was a walk of minutes in one call (issue 10).
 */
function listText(rt: PyRuntime, v: Value[]): string {
  if (2 * v.length > MAX_STRING_LENGTH) throw rt.error('MemoryError', '');
  chargeVisit(rt.realm.budget, v.length);
  return `[${v.map((x) => pyRepr(rt, x)).join(', ')}]`;
}

/** object.__repr__: `<__main__.A object at 0x...>`. */
export function defaultRepr(rt: PyRuntime, v: Value): string {
  const cls = typeOf(rt, v);
  return `<${qualifiedName(cls)} object at ${rt.hexAddress(v as object)}>`;
}

function instanceText(rt: PyRuntime, v: PyInstance, dunder: '__repr__' | '__str__'): string {
  const r = callDunder(rt, v, dunder, []);
  if (typeof r !== 'string') {
    if (r === undefined) return defaultRepr(rt, v);
    throw rt.error('TypeError', `${dunder} returned non-string (type ${typeName(rt, r)})`);
  }
  return r;
}

/** `__repr__`/`__str__` looked up on the class of a value that is not a PyInstance (a namedtuple). */
function textVia(rt: PyRuntime, v: Value, dunder: '__repr__' | '__str__'): string {
  const r = callDunder(rt, v, dunder, []);
  if (typeof r !== 'string') throw rt.error('TypeError', `${dunder} returned non-string (type ${typeName(rt, r)})`);
  return r;
}

/** `str(v)`. */
export function pyStr(rt: PyRuntime, v: Value): string {
  if (typeof v === 'string') return v;
  if (v instanceof PyInstance) return instanceText(rt, v, '__str__');
  if (v instanceof PyTuple && rt.tupleTypes.has(v)) {
    const own = lookupMro(rt.tupleTypes.get(v)!, '__str__');
    return own instanceof FunctionValue ? textVia(rt, v, '__str__') : pyRepr(rt, v);
  }
  if (v instanceof JSObject) return jsErrorMessage(rt, v) ?? jsText(rt, v);
  if (v === undefined || v === null || (v instanceof FunctionValue && v.lang === 'js')) return jsText(rt, v);
  return pyRepr(rt, v);
}

/**
 * A JS Error object's `message` (Python's str(exception) is its message, so a Python
 * f-string of a caught JS error shows what the JS twin's `${e.message}` shows).
 */
function jsErrorMessage(rt: PyRuntime, v: JSObject): string | undefined {
  const js = rt.realm.js;
  if (!js) return undefined;
  const errProto = js.intrinsics?.ErrorPrototype;
  for (let p = v.proto; p; p = p.proto) {
    if (p === errProto) {
      const m = js.getAttr(v, 'message');
      return typeof m === 'string' ? m : js.toString(m);
    }
  }
  return undefined;
}

/**
 * What `print` shows for one argument: str(v), except that a bare boolean prints in the
 * snippet's language (`true` when a JS snippet prints through the Python shim's print).
 */
export function display(rt: PyRuntime, v: Value): string {
  if (typeof v === 'boolean') return rt.realm.displayLang === 'js' ? String(v) : v ? 'True' : 'False';
  return pyStr(rt, v);
}

/** `ascii(v)`. */
export function pyAscii(rt: PyRuntime, v: Value): string {
  const r = pyRepr(rt, v);
  let out = '';
  for (const ch of r) {
    const c = ch.codePointAt(0)!;
    if (c <= 0x7f) out += ch;
    else if (c <= 0xff) out += '\\x' + c.toString(16).padStart(2, '0');
    else if (c <= 0xffff) out += '\\u' + c.toString(16).padStart(4, '0');
    else out += '\\U' + c.toString(16).padStart(8, '0');
  }
  return out;
}
