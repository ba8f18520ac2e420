/**
 * JSON (ECMA-262 §25.5).
 *
 * parse: the text is data, so the host's JSON.parse reads it (its SyntaxError messages are
 * V8's, e.g. `Unexpected end of JSON input`); the host result is then copied into engine
 * values and the reviver, if any, walks it (InternalizeJSONProperty, §25.5.1.1).
 * stringify: SerializeJSONProperty/Object/Array (§25.5.2) over engine values, with
 * toJSON, replacer function or property list, indentation, and V8's circular-structure
 * message. Python values met on the way: None → null, PyFloat → number, tuples → arrays,
 * dicts → objects (keys via ToString); other Python objects are skipped like functions.
 */
import { JSObject, None, PyDict, PyFloat, PyTuple, type Value } from '../../values';
import { type JsCtx, TO_STRING_TAG_KEY, isSymbol } from '../context';
import { toIntegerOrInfinity, toNumber, toPropertyKey, toStr } from '../convert';
import { defineHidden, makeNative } from '../natives';
import { PrimitiveData } from '../internals';
import { defineOwn, deleteValue, getValue, isJsObj, ownKeys, protoOf } from '../properties';
import { MAX_STRING_LENGTH, walkFits } from '../../limits';

/** 'number' / 'string' for a Number or String object (`new Number(3)`), else undefined. */
function boxedKind(v: Value): 'number' | 'string' | undefined {
  if (!(v instanceof JSObject) || !(v.internal instanceof PrimitiveData)) return undefined;
  const t = typeof v.internal.value;
  return t === 'number' || t === 'string' ? t : undefined;
}

/**
 * The host parser's value as engine values. With a work list, not recursion: V8's JSON.parse
 * reads any depth (`"[".repeat(1e5) + "]".repeat(1e5)` parses in Node), and copying it
 * recursively ran out of host stack at ~10k levels (issue 10). Each container is made empty
 * and filled when taken from the list; its elements are placed in order as they are made.
 */
function fromHost(ctx: JsCtx, v: unknown): Value {
  const make = (h: unknown): Value => {
    if (h === null || typeof h !== 'object') return h as Value;
    const made: Value = Array.isArray(h) ? new Array<Value>(h.length) : new JSObject(ctx.intr.ObjectPrototype);
    todo.push(h, made);
    return made;
  };
  /** Pairs: a host container, then the engine container to fill from it. */
  const todo: unknown[] = [];
  const root = make(v);
  while (todo.length > 0) {
    const into = todo.pop() as Value;
    const from = todo.pop() as object;
    if (Array.isArray(from)) {
      const arr = into as Value[];
      for (let i = 0; i < from.length; i++) arr[i] = make(from[i]);
    } else {
      const props = (into as JSObject).props;
      for (const [k, e] of Object.entries(from as Record<string, unknown>)) props.set(k, { value: make(e) });
    }
  }
  return root;
}

function internalize(ctx: JsCtx, holder: Value, name: string, reviver: Value): Value {
  const val = getValue(ctx, holder, name);
  if (Array.isArray(val) || val instanceof JSObject) {
    const keys = Array.isArray(val) ? val.map((_, i) => String(i)) : ownKeys(ctx, val, { enumerableOnly: true, symbols: false });
    for (const k of keys) {
      const nv = internalize(ctx, val, k, reviver);
      if (nv === undefined) deleteValue(ctx, val, k);
      else defineOwn(ctx, val, k, { value: nv });
    }
  }
  return ctx.call(reviver, holder, [name, val]);
}

/** The constructor name V8 shows in the circular-structure message. */
function ctorName(ctx: JsCtx, v: Value): string {
  if (Array.isArray(v)) return 'Array';
  if (isJsObj(v)) {
    const c = getValue(ctx, v, 'constructor');
    const n = isJsObj(c) ? getValue(ctx, c, 'name') : undefined;
    if (typeof n === 'string' && n !== '') return n;
  }
  return 'Object';
}

function keyPhrase(holder: Value, key: string): string {
  return Array.isArray(holder) ? `index ${key}` : `property '${key}'`;
}

export function installJson(ctx: JsCtx): void {
  const J = new JSObject(ctx.intr.ObjectPrototype);
  J.props.set(TO_STRING_TAG_KEY, { value: 'JSON', writable: false, enumerable: false });

  defineHidden(
    J,
    'parse',
    makeNative('parse', 2, (_s, [text, reviver]) => {
      // ToString first (its errors are the caller's); the host parser's SyntaxError is V8's.
      const source = toStr(ctx, text);
      let host: unknown;
      try {
        host = JSON.parse(source);
      } catch (e) {
        if (e instanceof SyntaxError) throw ctx.error('SyntaxError', e.message);
        throw e;
      }
      const value = fromHost(ctx, host);
      if (!ctx.isCallable(reviver)) return value;
      const root = new JSObject(ctx.intr.ObjectPrototype);
      root.props.set('', { value });
      return internalize(ctx, root, '', reviver);
    }),
  );

  defineHidden(
    J,
    'stringify',
    makeNative('stringify', 3, (_s, [value, replacer, space]) => {
      let replacerFn: Value;
      let propertyList: string[] | undefined;
      if (ctx.isCallable(replacer)) replacerFn = replacer;
      else if (Array.isArray(replacer)) {
        const set = new Set<string>();
        for (const e of replacer) {
          if (typeof e === 'string' || typeof e === 'number' || e instanceof PyFloat || boxedKind(e) !== undefined) set.add(toStr(ctx, e));
        }
        propertyList = [...set];
      }
      // A Number or String object stands for its primitive (§25.5.2.1 step 5: ToNumber /
      // ToString, so its valueOf or toString as the program left them).
      let sp: Value = space;
      const boxed = boxedKind(space);
      if (boxed === 'number') sp = toNumber(ctx, space);
      else if (boxed === 'string') sp = toStr(ctx, space);
      let gap = '';
      /**
       * Whether to lay the text out on lines. V8 does for any space above 0 (JsonStringifier's
       * InitializeGap): 0.5 gives lines with no indentation, where the spec's gap is '' (Node 20:
       * `JSON.stringify({a: 1}, null, 0.5)` is `{\n"a": 1\n}`).
       */
      let pretty = false;
      if (typeof sp === 'number' || sp instanceof PyFloat) {
        const n = toNumber(ctx, sp);
        gap = ' '.repeat(Math.max(0, Math.min(10, toIntegerOrInfinity(ctx, n))));
        pretty = n > 0;
      } else if (typeof sp === 'string') {
        gap = sp.slice(0, 10);
        pretty = gap !== '';
      }

      const stack: { obj: Value; key: string; holder: Value }[] = [];

      const circular = (value: Value, key: string, holder: Value): never => {
        // The circle: from the object met again (on the stack) down to the current holder.
        const [first, ...path] = stack.slice(stack.findIndex((e) => e.obj === value));
        const lines = [
          `Converting circular structure to JSON`,
          `    --> starting at object with constructor '${ctorName(ctx, first?.obj)}'`,
        ];
        for (const e of path) {
          lines.push(`    |     ${keyPhrase(e.holder, e.key)} -> object with constructor '${ctorName(ctx, e.obj)}'`);
        }
        lines.push(`    --- ${keyPhrase(holder, key)} closes the circle`);
        throw ctx.typeError(lines.join('\n'));
      };

      const serialize = (holder: Value, key: string, indent: string): string | undefined => {
        let v = getValue(ctx, holder, key);
        if (isJsObj(v) || Array.isArray(v) || typeof v === 'bigint') {
          const toJSON = getValue(ctx, v, 'toJSON');
          if (ctx.isCallable(toJSON)) v = ctx.call(toJSON, v, [key]);
        }
        if (replacerFn !== undefined) v = ctx.call(replacerFn, holder, [key, v]);
        // §25.5.2.2 step 4: a wrapper object serialises as its primitive (ToNumber / ToString for
        // Number and String wrappers, so an overridden valueOf / toString is honoured).
        // A Symbol object is an ordinary object here ('{}').
        if (v instanceof JSObject && v.internal instanceof PrimitiveData && !(v.internal.value instanceof JSObject)) {
          const p = v.internal.value;
          v = typeof p === 'number' ? toNumber(ctx, v) : typeof p === 'string' ? toStr(ctx, v) : p;
        }
        if (v === null || v === None) return 'null';
        if (v === true) return 'true';
        if (v === false) return 'false';
        if (typeof v === 'string') return JSON.stringify(v);
        if (v instanceof PyFloat) v = v.v;
        if (typeof v === 'number') return Number.isFinite(v) ? String(v) : 'null';
        if (typeof v === 'bigint') throw ctx.typeError('Do not know how to serialize a BigInt');
        if (v === undefined || isSymbol(v) || ctx.isCallable(v)) return undefined;
        if (v instanceof PyTuple) v = [...v.items];
        if (v instanceof PyDict) {
          const o = new JSObject(ctx.intr.ObjectPrototype);
          for (const { key: k, value: e } of v.entries.values()) o.props.set(toPropertyKey(ctx, k), { value: e });
          v = o;
        }
        if (!Array.isArray(v) && !isJsObj(v)) return undefined;
        if (stack.some((e) => e.obj === v)) circular(v, key, holder);
        stack.push({ obj: v, key, holder });
        const stepback = indent;
        const inner = indent + gap;
        let out: string;
        if (Array.isArray(v)) {
          // Every index is written, a hole as `null`: an array whose length (not its elements:
          // `a[2**32 - 2] = 1`) makes the text longer than the string cap is V8's error at once,
          // not a loop of billions of `null`s in one call (issue 10).
          if (2 * v.length - 1 > MAX_STRING_LENGTH) throw ctx.rangeError('Invalid string length');
          const parts: string[] = [];
          for (let i = 0; i < v.length; i++) parts.push(serialize(v, String(i), inner) ?? 'null');
          if (parts.length === 0) out = '[]';
          else if (!pretty) out = `[${parts.join(',')}]`;
          else out = `[\n${inner}${parts.join(`,\n${inner}`)}\n${stepback}]`;
        } else {
          const keys = propertyList ?? ownKeys(ctx, v, { enumerableOnly: true, symbols: false });
          const parts: string[] = [];
          for (const k of keys) {
            const s = serialize(v, k, inner);
            if (s !== undefined) parts.push(`${JSON.stringify(k)}:${pretty ? ' ' : ''}${s}`);
          }
          if (parts.length === 0) out = '{}';
          else if (!pretty) out = `{${parts.join(',')}}`;
          else out = `{\n${inner}${parts.join(`,\n${inner}`)}\n${stepback}}`;
        }
        stack.pop();
        // One visit of a walk (limits.ts walkFits): an object shared at every level of a deep
        // nesting is serialised once per path.
        if (!walkFits(ctx.realm.budget, out.length)) throw ctx.rangeError('Invalid string length');
        return out;
      };

      const wrapper = new JSObject(ctx.intr.ObjectPrototype);
      wrapper.props.set('', { value });
      return serialize(wrapper, '', '');
    }),
  );
  void protoOf;
  ctx.realm.builtins.js.set('JSON', J);
}
