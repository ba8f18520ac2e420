/**
 * String and String.prototype (ECMA-262 §22.1). Strings are host strings, and each method
 * runs the host's own String.prototype method on ToString(this) with converted arguments:
 * the host methods are the spec algorithms (code-unit indices, `$&` patterns in replace,
 * code-point iteration). A RegExp pattern goes to builtins/regexp.ts (ctx.regexpString);
 * match / matchAll / search make a RegExp from a string pattern (§22.1.3.13 step 5
 * RegExpCreate), replace / replaceAll / split treat it as literal text; a replace callback
 * is called through the interpreter.
 */
import { type Value } from '../../values';
import { type JsCtx, ITERATOR_KEY } from '../context';
import { toIntegerOrInfinity, toLength, toNumber, toStr, toUint32 } from '../convert';
import { makeIterator } from '../iteration';
import { defineHidden, defineMethods, defineNativeClass, makeNative, type MethodSpec } from '../natives';
import { spec } from '../natives';
import { isSymbol } from '../context';
import { compileRegExp, isRegExp, newRegExp, splitWithin } from './regexp';
import { chargeVisit, HOST_ARGS_CHUNK, MAX_STRING_LENGTH, stringFits } from '../../limits';
import { replaceWithin, talliedCallback } from './substitution';
import { getValue } from '../properties';
import { unwrapPrimitive, wrapper } from '../internals';
import { hostLocales, hostOptions, viaHost } from './locale-format';

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const LONE_SURROGATES = new RegExp(LONE_SURROGATE.source, 'g');

/** String.prototype methods whose work is proportional to the receiver's length (see installString). */
const WALKING_METHODS = [
  'indexOf',
  'lastIndexOf',
  'includes',
  'isWellFormed',
  'toWellFormed',
  'toUpperCase',
  'toLowerCase',
  'toLocaleUpperCase',
  'toLocaleLowerCase',
  'trim',
  'trimStart',
  'trimEnd',
  'localeCompare',
  'normalize',
];

/** `make(...codes)` a slice at a time (limits.ts HOST_ARGS_CHUNK: 124k codes overflowed the host's stack). */
function fromUnits(make: (...codes: number[]) => string, codes: readonly number[]): string {
  let out = '';
  for (let k = 0; k < codes.length; k += HOST_ARGS_CHUNK) out += make(...codes.slice(k, k + HOST_ARGS_CHUNK));
  return out;
}

export function installString(ctx: JsCtx): void {
  const { StringPrototype } = ctx.intr;

  /** RequireObjectCoercible(this) + ToString (§22.1.3 "Let O be ? RequireObjectCoercible(this value)"). */
  const thisStr = (self: Value, method: string): string => {
    if (typeof self === 'string') return self;
    if (self === undefined || self === null) throw ctx.typeError(`String.prototype.${method} called on null or undefined`);
    return toStr(ctx, self);
  };
  const optInt = (v: Value): number | undefined => (v === undefined ? undefined : toIntegerOrInfinity(ctx, v));

  defineNativeClass(ctx, {
    name: 'String',
    length: 1,
    proto: StringPrototype,
    // `new String(x)`: a wrapper object (§10.4.3 String exotic objects) whose indices and
    // `length` are own read-only properties, the indices enumerable (Object.keys lists them).
    construct: (args, proto) => {
      const s = args.length === 0 ? '' : toStr(ctx, args[0]);
      const o = wrapper(proto, s);
      for (let i = 0; i < s.length; i++) o.props.set(String(i), { value: s[i], writable: false, configurable: false });
      o.props.set('length', { value: s.length, writable: false, enumerable: false, configurable: false });
      return o;
    },
    call: (_s, args) => {
      if (args.length === 0) return '';
      const v = args[0];
      if (isSymbol(v)) return ctx.realm.js.display(v);
      return toStr(ctx, v);
    },
    global: true,
    statics: {
      // §22.1.2.4 String.raw: the template's raw strings with the substitutions between them
      // (what a tagged template String.raw`...` passes).
      raw: [
        1,
        (_s, [template, ...subs]) => {
          if (template === undefined || template === null) throw ctx.typeError('Cannot convert undefined or null to object');
          const literals = getValue(ctx, template, 'raw');
          if (literals === undefined || literals === null) throw ctx.typeError('Cannot convert undefined or null to object');
          const count = toLength(ctx, getValue(ctx, literals, 'length'));
          let out = '';
          for (let i = 0; i < count; i++) {
            // A step per raw string: `String.raw({ raw: { length: 1e7 } })` ran 12 s in one step (issue 10).
            chargeVisit(ctx.realm.budget, 0);
            out += toStr(ctx, getValue(ctx, literals, String(i)));
            if (i + 1 < count && i < subs.length) out += toStr(ctx, subs[i]);
            if (out.length > MAX_STRING_LENGTH) throw ctx.rangeError('Invalid string length');
          }
          return out;
        },
      ],
      fromCharCode: [
        1,
        (_s, args) =>
          fromUnits(
            String.fromCharCode,
            args.map((a) => toUint32(ctx, a) & 0xffff),
          ),
      ],
      fromCodePoint: [
        1,
        (_s, args) => {
          const cps = args.map((a) => toNumber(ctx, a));
          for (const cp of cps) {
            if (!Number.isInteger(cp) || cp < 0 || cp > 0x10ffff) throw ctx.rangeError(`Invalid code point ${String(cp)}`);
          }
          return fromUnits(String.fromCodePoint, cps);
        },
      ],
    },
  });

  /** RegExpCreate(pattern, flags) for a pattern that is not a RegExp (undefined → empty). */
  const asRegExp = (pattern: Value, flags: string): Value =>
    isRegExp(pattern) ? pattern : newRegExp(ctx, compileRegExp(ctx, pattern === undefined ? '' : toStr(ctx, pattern), flags));

  const replaceWith = (s: string, pattern: Value, replacement: Value, all: boolean): Value => {
    const viaRegExp = ctx.regexpString.replace(s, pattern, replacement, all);
    if (viaRegExp !== undefined) return viaRegExp;
    const pat = toStr(ctx, pattern);
    if (ctx.isCallable(replacement)) {
      const fn = (...args: unknown[]): string => toStr(ctx, ctx.call(replacement, undefined, args.slice(0, 3) as Value[]));
      const tallied = talliedCallback(s, fn, tooLong);
      return all ? s.replaceAll(pat, tallied) : s.replace(pat, tallied);
    }
    const rep = toStr(ctx, replacement);
    return replaceWithin(
      ctx.realm.budget,
      s,
      rep,
      all,
      (r) => (all ? s.replaceAll(pat, r as string) : s.replace(pat, r as string)),
      tooLong,
    );
  };
  const tooLong = (): never => {
    throw ctx.rangeError('Invalid string length');
  };

  const methods: Record<string, MethodSpec> = {
    charAt: [1, (self, [i]) => thisStr(self, 'charAt').charAt(toIntegerOrInfinity(ctx, i))],
    charCodeAt: [1, (self, [i]) => thisStr(self, 'charCodeAt').charCodeAt(toIntegerOrInfinity(ctx, i))],
    codePointAt: [1, (self, [i]) => thisStr(self, 'codePointAt').codePointAt(toIntegerOrInfinity(ctx, i))],
    at: [1, (self, [i]) => thisStr(self, 'at').at(toIntegerOrInfinity(ctx, i))],
    // §22.1.3.10 / §22.1.3.31: a lone surrogate makes a string ill-formed; toWellFormed puts U+FFFD in its place.
    isWellFormed: [0, (self) => !LONE_SURROGATE.test(thisStr(self, 'isWellFormed'))],
    toWellFormed: [0, (self) => thisStr(self, 'toWellFormed').replace(LONE_SURROGATES, '\uFFFD')],
    indexOf: [1, (self, [s, p]) => thisStr(self, 'indexOf').indexOf(toStr(ctx, s), optInt(p))],
    lastIndexOf: [
      1,
      (self, [s, p]) => {
        const pos = p === undefined ? undefined : toNumber(ctx, p);
        return thisStr(self, 'lastIndexOf').lastIndexOf(toStr(ctx, s), pos !== undefined && pos !== pos ? undefined : pos);
      },
    ],
    includes: [1, (self, [s, p]) => thisStr(self, 'includes').includes(toStr(ctx, s), optInt(p))],
    startsWith: [1, (self, [s, p]) => thisStr(self, 'startsWith').startsWith(toStr(ctx, s), optInt(p))],
    endsWith: [1, (self, [s, p]) => thisStr(self, 'endsWith').endsWith(toStr(ctx, s), optInt(p))],
    slice: [2, (self, [a, b]) => thisStr(self, 'slice').slice(optInt(a), optInt(b))],
    substring: [2, (self, [a, b]) => thisStr(self, 'substring').substring(optInt(a) ?? 0, optInt(b))],
    substr: [2, (self, [a, b]) => thisStr(self, 'substr').substr(optInt(a) ?? 0, optInt(b))],
    toUpperCase: [0, (self) => thisStr(self, 'toUpperCase').toUpperCase()],
    toLowerCase: [0, (self) => thisStr(self, 'toLowerCase').toLowerCase()],
    // ECMA-402 §19.1.2–3: the locale's case mappings (Turkish dotless i: 'TITLE' → 'tıtle' under tr).
    toLocaleUpperCase: [
      0,
      (self, [l]) => {
        const s = thisStr(self, 'toLocaleUpperCase');
        return l === undefined ? s.toUpperCase() : viaHost(ctx, () => s.toLocaleUpperCase(hostLocales(ctx, l)));
      },
    ],
    toLocaleLowerCase: [
      0,
      (self, [l]) => {
        const s = thisStr(self, 'toLocaleLowerCase');
        return l === undefined ? s.toLowerCase() : viaHost(ctx, () => s.toLocaleLowerCase(hostLocales(ctx, l)));
      },
    ],
    trim: [0, (self) => thisStr(self, 'trim').trim()],
    trimStart: [0, (self) => thisStr(self, 'trimStart').trimStart()],
    trimEnd: [0, (self) => thisStr(self, 'trimEnd').trimEnd()],
    padStart: [
      1,
      (self, [n, f]) => {
        const s = thisStr(self, 'padStart');
        const len = toIntegerOrInfinity(ctx, n);
        if (len > s.length && !stringFits(ctx.realm.budget, len)) throw ctx.rangeError('Invalid string length');
        return s.padStart(len, f === undefined ? ' ' : toStr(ctx, f));
      },
    ],
    padEnd: [
      1,
      (self, [n, f]) => {
        const s = thisStr(self, 'padEnd');
        const len = toIntegerOrInfinity(ctx, n);
        if (len > s.length && !stringFits(ctx.realm.budget, len)) throw ctx.rangeError('Invalid string length');
        return s.padEnd(len, f === undefined ? ' ' : toStr(ctx, f));
      },
    ],
    repeat: [
      1,
      (self, [n]) => {
        const s = thisStr(self, 'repeat');
        const count = toIntegerOrInfinity(ctx, n);
        if (count < 0 || count === Infinity) throw ctx.rangeError(`Invalid count value: ${String(toNumber(ctx, n))}`);
        if (!stringFits(ctx.realm.budget, s.length * count)) throw ctx.rangeError('Invalid string length');
        return s.repeat(count);
      },
    ],
    split: [
      2,
      (self, [sep, limit]) => {
        const s = thisStr(self, 'split');
        const lim = limit === undefined ? undefined : toUint32(ctx, limit);
        if (sep === undefined) return lim === 0 ? [] : [s];
        const viaRegExp = ctx.regexpString.split(s, sep, limit);
        if (viaRegExp !== undefined) return viaRegExp;
        return splitWithin(ctx, lim, (max) => s.split(toStr(ctx, sep), max));
      },
    ],
    replace: [2, (self, [p, r]) => replaceWith(thisStr(self, 'replace'), p, r, false)],
    replaceAll: [2, (self, [p, r]) => replaceWith(thisStr(self, 'replaceAll'), p, r, true)],
    concat: [
      1,
      (self, args) => {
        const parts = [thisStr(self, 'concat'), ...args.map((a) => toStr(ctx, a))];
        let total = 0;
        for (const p of parts) total += p.length;
        if (!stringFits(ctx.realm.budget, total)) throw ctx.rangeError('Invalid string length');
        return parts.join('');
      },
    ],
    // ECMA-402 §19.1.1: an Intl.Collator of the locales and options (numeric, sensitivity) compares.
    localeCompare: [
      1,
      (self, [other, locales, options]) => {
        const s = thisStr(self, 'localeCompare');
        const t = toStr(ctx, other);
        const l = hostLocales(ctx, locales);
        const o = hostOptions(ctx, options) as Intl.CollatorOptions | undefined;
        return viaHost(ctx, () => s.localeCompare(t, l, o));
      },
    ],
    normalize: [
      0,
      (self, [f]) => {
        const s = thisStr(self, 'normalize');
        const form = f === undefined ? 'NFC' : toStr(ctx, f);
        if (form !== 'NFC' && form !== 'NFD' && form !== 'NFKC' && form !== 'NFKD')
          throw ctx.rangeError('The normalization form should be one of NFC, NFD, NFKC, NFKD.');
        return s.normalize(form);
      },
    ],
    search: [1, (self, [p]) => ctx.regexpString.search(thisStr(self, 'search'), asRegExp(p, ''))],
    match: [1, (self, [p]) => ctx.regexpString.match(thisStr(self, 'match'), asRegExp(p, ''))],
    matchAll: [
      1,
      (self, [p]) => {
        const s = thisStr(self, 'matchAll');
        return ctx.regexpString.matchAll(s, asRegExp(p, 'g'));
      },
    ],
    toString: spec(0, (self) => thisValue(self, 'toString')),
    valueOf: spec(0, (self) => thisValue(self, 'valueOf')),
  };

  const thisValue = (self: Value, method: string): string => {
    if (typeof self === 'string') return self;
    const boxed = unwrapPrimitive(self, 'string');
    if (boxed !== undefined) return boxed as string;
    throw ctx.typeError(`String.prototype.${method} requires that 'this' be a String`);
  };

  // What these do is a walk of the whole receiver (a search, a case map, a trim, a compare): one
  // such call is quick, but a loop of them over a 4 MB string ran for minutes under a few
  // hundred steps, past every look at the clock (issue 10). Charged as a walk (limits.ts).
  // The methods that build strings are sized and charged where they build (stringFits).
  for (const name of WALKING_METHODS) {
    const [length, impl] = methods[name]!;
    methods[name] = [
      length,
      (self, args) => {
        if (typeof self === 'string') chargeVisit(ctx.realm.budget, self.length);
        return impl(self, args);
      },
    ];
  }
  defineMethods(StringPrototype, methods);
  defineHidden(
    StringPrototype,
    ITERATOR_KEY,
    makeNative('[Symbol.iterator]', 0, (self) =>
      makeIterator(ctx, thisStr(self, '[Symbol.iterator]')[Symbol.iterator](), 'String Iterator'),
    ),
  );
  StringPrototype.props.set('length', { value: 0, writable: false, enumerable: false, configurable: false });
}
