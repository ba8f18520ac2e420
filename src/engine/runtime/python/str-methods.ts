/**
 * Methods of `str` (Objects/unicodeobject.c), with CPython's argument errors for the
 * common cases. Case mapping uses the JS Unicode tables, which agree with Python's for
 * the characters a playground meets.
 */
import { None, PyInstance, PyTuple, type CallArgs, type Value } from '../values';
import { intArg, positional, strArg } from './args';
import { addMembers, type NativeImpl } from './classes';
import { pyRepr, pyStr } from './formatting';
import { formatValue } from './formatspec';
import { toArray } from './iteration';
import { getAttr } from './attributes';
import { getItem, keyError, strLen } from './items';
import { dictSet } from './equality';
import type { PyRuntime } from './state';
import { coreTypes, typeName } from './types';
import { PyDict } from '../values';
import { chargeVisit, stringFits } from '../limits';

const WS =
  ' \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000';

function stripChars(rt: PyRuntime, name: string, args: CallArgs): string {
  const p = positional(rt, name, args, 0, 1);
  const c = p[0];
  if (c === undefined || c === None) return WS;
  if (typeof c !== 'string') throw rt.error('TypeError', `${name} arg must be None or str`);
  return c;
}

function lstrip(s: string, chars: string): string {
  let i = 0;
  while (i < s.length && chars.includes(s.charAt(i))) i++;
  return s.slice(i);
}

function rstrip(s: string, chars: string): string {
  let j = s.length;
  while (j > 0 && chars.includes(s.charAt(j - 1))) j--;
  return s.slice(0, j);
}

/** Optional start/end arguments (`s.find(sub, start, end)`), clamped like slice indices. */
function range(rt: PyRuntime, s: string, startV: Value, endV: Value): [number, number] {
  const n = s.length;
  let start = startV === undefined || startV === None ? 0 : intArg(rt, startV);
  let end = endV === undefined || endV === None ? n : intArg(rt, endV);
  if (start < 0) start = Math.max(0, start + n);
  if (end < 0) end = Math.max(0, end + n);
  return [Math.min(start, n), Math.min(end, n)];
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && WS.includes(s.charAt(i))) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      out.push(rstrip(s.slice(i), WS));
      return out;
    }
    let j = i;
    while (j < n && !WS.includes(s.charAt(j))) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function sepArg(rt: PyRuntime, v: Value | undefined): string | undefined {
  if (v === undefined || v === None) return undefined;
  if (typeof v !== 'string') throw rt.error('TypeError', `must be str or None, not ${typeName(rt, v)}`);
  if (v === '') throw rt.error('ValueError', 'empty separator');
  return v;
}

function isAll(s: string, re: RegExp): boolean {
  return s.length > 0 && [...s].every((c) => re.test(c));
}

function titleCase(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    const cased = ch.toLowerCase() !== ch.toUpperCase();
    out += cased ? (prevCased ? ch.toLowerCase() : ch.toUpperCase()) : ch;
    prevCased = cased;
  }
  return out;
}

/** `str.format(*args, **kwargs)`: `{}`, `{0}`, `{name}`, `{0.attr}`, `{0[1]}`, `!r`, `:spec`, `{{ }}`. */
/** Field numbering of one str.format call, shared with the nested `{}` of its format specs. */
interface Numbering {
  next: number;
  mode: 'none' | 'auto' | 'manual';
  /** `format_map`'s mapping: a named field is `mapping[name]` (a dict subclass's `__missing__` answers). */
  mapping?: Value;
}

export function strFormat(rt: PyRuntime, fmt: string, args: CallArgs, mapping?: Value): string {
  return formatWith(rt, fmt, args, { next: 0, mode: 'none', mapping });
}

function formatWith(rt: PyRuntime, fmt: string, args: CallArgs, numbering: Numbering): string {
  let out = '';
  let i = 0;
  while (i < fmt.length) {
    const c = fmt[i];
    if (c === '{') {
      if (fmt[i + 1] === '{') {
        out += '{';
        i += 2;
        continue;
      }
      let depth = 1;
      let j = i + 1;
      while (j < fmt.length && depth > 0) {
        if (fmt[j] === '{') depth++;
        else if (fmt[j] === '}') depth--;
        if (depth > 0) j++;
      }
      if (j >= fmt.length) throw rt.error('ValueError', "Single '{' encountered in format string");
      out += formatField(rt, fmt.slice(i + 1, j), args, numbering);
      i = j + 1;
    } else if (c === '}') {
      if (fmt[i + 1] !== '}') throw rt.error('ValueError', "Single '}' encountered in format string");
      out += '}';
      i += 2;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

function formatField(rt: PyRuntime, field: string, args: CallArgs, numbering: Numbering): string {
  const m = /^([^.[!:]*)((?:\.[^.[!:]+|\[[^\]]*\])*)(?:!([^:]*))?(?::(.*))?$/s.exec(field);
  if (!m) throw rt.error('ValueError', 'Invalid format string');
  const [, head = '', chain = '', conv, specRaw] = m;
  // Objects/stringlib/unicode_format.h: a conversion is one of r, s, a, and a call numbers
  // its fields either all automatically or all by hand.
  if (conv !== undefined) {
    if (conv.length !== 1) throw rt.error('ValueError', "expected ':' after conversion specifier");
    if (!'rsa'.includes(conv)) throw rt.error('ValueError', `Unknown conversion specifier ${conv}`);
  }
  if (head === '' || /^\d+$/.test(head)) {
    const mode = head === '' ? 'auto' : 'manual';
    if (numbering.mode !== 'none' && numbering.mode !== mode) {
      throw rt.error(
        'ValueError',
        mode === 'auto'
          ? 'cannot switch from manual field specification to automatic field numbering'
          : 'cannot switch from automatic field numbering to manual field specification',
      );
    }
    numbering.mode = mode;
  }
  let v: Value;
  if (numbering.mapping !== undefined) {
    if (head === '' || /^\d+$/.test(head)) throw rt.error('ValueError', 'Format string contains positional fields');
    v = getItem(rt, numbering.mapping, head);
  } else if (head === '') {
    const n = numbering.next++;
    if (n >= args.positional.length) throw rt.error('IndexError', `Replacement index ${n} out of range for positional args tuple`);
    v = args.positional[n];
  } else if (/^\d+$/.test(head)) {
    const n = Number(head);
    if (n >= args.positional.length) throw rt.error('IndexError', `Replacement index ${n} out of range for positional args tuple`);
    v = args.positional[n];
  } else {
    v = args.keywords?.get(head);
    // KeyError('x'), the key itself: its str() shows the quotes.
    if (v === undefined) throw keyError(rt, head);
  }
  for (const part of chain.match(/\.[^.[]+|\[[^\]]*\]/g) ?? []) {
    if (part[0] === '.') v = getAttr(rt, v, part.slice(1));
    else {
      const k = part.slice(1, -1);
      v = getItem(rt, v, /^\d+$/.test(k) ? Number(k) : k);
    }
  }
  if (conv === 'r') v = pyRepr(rt, v);
  else if (conv === 's') v = pyStr(rt, v);
  else if (conv === 'a')
    v = pyRepr(rt, v).replace(/[^\x00-\x7f]/gu, (ch) => {
      const c = ch.codePointAt(0)!;
      return c <= 0xff
        ? '\\x' + c.toString(16).padStart(2, '0')
        : c <= 0xffff
          ? '\\u' + c.toString(16).padStart(4, '0')
          : '\\U' + c.toString(16).padStart(8, '0');
    });
  const spec = specRaw && specRaw.includes('{') ? formatWith(rt, specRaw, args, numbering) : (specRaw ?? '');
  return formatValue(rt, v, spec);
}

export function installStrMethods(rt: PyRuntime): void {
  const s = (v: Value) => v as string;
  const isLookupError = (e: unknown): boolean => {
    const v = (e as { value?: Value })?.value;
    return v instanceof PyInstance && v.cls.mro.includes(rt.cls('LookupError'));
  };
  addMembers(coreTypes(rt).str, {
    staticMethods: {
      // str.maketrans(dict) / (from, to[, delete]): the table str.translate reads.
      maketrans: (_self, a) => {
        const [x, y, z] = positional(rt, 'maketrans', a, 1, 3);
        const d = new PyDict();
        if (y === undefined) {
          if (!(x instanceof PyDict)) throw rt.error('TypeError', 'if you give only one argument to maketrans it must be a dict');
          for (const e of x.entries.values()) {
            const k = typeof e.key === 'string' ? e.key.codePointAt(0)! : e.key;
            dictSet(rt, d, k, e.value);
          }
          return d;
        }
        const from = [...strArg(rt, 'maketrans', x, 'argument 1')];
        const to = [...strArg(rt, 'maketrans', y, 'argument 2')];
        if (from.length !== to.length) throw rt.error('ValueError', 'the first two maketrans arguments must have equal length');
        from.forEach((c, i) => dictSet(rt, d, c.codePointAt(0), to[i]!.codePointAt(0)));
        if (z !== undefined) for (const c of strArg(rt, 'maketrans', z, 'argument 3')) dictSet(rt, d, c.codePointAt(0), None);
        return d;
      },
    },
    accepts: (v) => typeof v === 'string',
    methods: chargeWalks(rt, {
      upper: (self, a) => (positional(rt, 'upper', a, 0, 0), s(self).toUpperCase()),
      lower: (self, a) => (positional(rt, 'lower', a, 0, 0), s(self).toLowerCase()),
      // Unicode full case folding (ß → ss, ﬁ → fi, ς → σ): what upper-then-lower gives (less the
      // final-sigma rule of toLowerCase, which folding has not) for every
      // cased letter but the Cherokee ones (which fold to upper case), an approximation kept
      // for them rather than a table.
      casefold: (self) => s(self).toUpperCase().toLowerCase().replace(/ς/g, 'σ'),
      swapcase: (self) => [...s(self)].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join(''),
      title: (self) => titleCase(s(self)),
      capitalize: (self) => {
        const t = s(self);
        const first = [...t][0] ?? '';
        return first.toUpperCase() + t.slice(first.length).toLowerCase();
      },
      strip: (self, a) => {
        const c = stripChars(rt, 'strip', a);
        return rstrip(lstrip(s(self), c), c);
      },
      lstrip: (self, a) => lstrip(s(self), stripChars(rt, 'lstrip', a)),
      rstrip: (self, a) => rstrip(s(self), stripChars(rt, 'rstrip', a)),
      split: (self, a) => {
        const p = positional(rt, 'split', a, 0, 2, ['sep', 'maxsplit']);
        const sep = sepArg(rt, p[0] ?? a.keywords?.get('sep'));
        const mv = p[1] ?? a.keywords?.get('maxsplit');
        const max = mv === undefined ? -1 : intArg(rt, mv);
        if (sep === undefined) return splitWhitespace(s(self), max);
        const parts = s(self).split(sep);
        if (max >= 0 && parts.length > max + 1) return [...parts.slice(0, max), parts.slice(max).join(sep)];
        return parts;
      },
      rsplit: (self, a) => {
        const p = positional(rt, 'rsplit', a, 0, 2, ['sep', 'maxsplit']);
        const sep = sepArg(rt, p[0] ?? a.keywords?.get('sep'));
        const mv = p[1] ?? a.keywords?.get('maxsplit');
        const max = mv === undefined ? -1 : intArg(rt, mv);
        if (sep === undefined) {
          if (max < 0) return splitWhitespace(s(self), -1);
          const rev = splitWhitespace([...s(self)].reverse().join(''), max);
          return rev.map((x) => [...x].reverse().join('')).reverse();
        }
        const parts = s(self).split(sep);
        if (max >= 0 && parts.length > max + 1) {
          const cut = parts.length - max;
          return [parts.slice(0, cut).join(sep), ...parts.slice(cut)];
        }
        return parts;
      },
      splitlines: (self, a) => {
        const p = positional(rt, 'splitlines', a, 0, 1, ['keepends']);
        const keep = (p[0] ?? a.keywords?.get('keepends')) === true;
        const out: string[] = [];
        const re = /\r\n|[\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029]/g;
        const t = s(self);
        let last = 0;
        for (let m = re.exec(t); m; m = re.exec(t)) {
          out.push(t.slice(last, keep ? m.index + m[0].length : m.index));
          last = m.index + m[0].length;
        }
        if (last < t.length) out.push(t.slice(last));
        return out;
      },
      join: (self, a) => {
        const [it] = positional(rt, 'join', a, 1, 1);
        const items = toArray(rt, it);
        const sep = s(self);
        // CPython sizes the result before building it (unicode_join): so does this, against
        // the run's string cap (issue 10).
        let total = items.length > 0 ? sep.length * (items.length - 1) : 0;
        for (let i = 0; i < items.length; i++) {
          const item = items[i];
          if (typeof item !== 'string') {
            throw rt.error('TypeError', `sequence item ${i}: expected str instance, ${typeName(rt, item)} found`);
          }
          total += item.length;
        }
        if (!stringFits(rt.realm.budget, total)) throw rt.error('MemoryError', '');
        return items.join(sep);
      },
      replace: (self, a) => {
        const p = positional(rt, 'replace', a, 2, 3, ['count']);
        const old = strArg(rt, 'replace', p[0], 'argument 1');
        const rep = strArg(rt, 'replace', p[1], 'argument 2');
        const cv = p[2] ?? a.keywords?.get('count');
        const count = cv === undefined ? -1 : intArg(rt, cv);
        const t0 = s(self);
        // Sized before it is built, as CPython's replace does (issue 10).
        let found = 0;
        if (old === '') found = [...t0].length + 1;
        else for (let i = t0.indexOf(old); i >= 0 && found !== count; i = t0.indexOf(old, i + old.length)) found++;
        const replaced = count < 0 ? found : Math.min(count, found);
        if (!stringFits(rt.realm.budget, t0.length + replaced * (rep.length - old.length))) throw rt.error('MemoryError', '');
        if (old === '') {
          // Insert at every boundary (up to count), as CPython's replace with an empty pattern.
          const chars = [...t0];
          const n = count < 0 ? chars.length + 1 : Math.min(count, chars.length + 1);
          let out = '';
          for (let i = 0; i < chars.length; i++) out += (i < n ? rep : '') + chars[i];
          return out + (n > chars.length ? rep : '');
        }
        if (count < 0) return t0.split(old).join(rep);
        let t = t0;
        let out = '';
        for (let n = 0; n < count; n++) {
          const i = old === '' ? (n === 0 ? 0 : 1) : t.indexOf(old);
          if (i < 0 || (old === '' && t === '' && n > 0)) break;
          out += t.slice(0, i) + rep;
          t = t.slice(i + old.length);
          if (old === '') {
            out += t.slice(0, 1);
            t = t.slice(1);
          }
        }
        return out + t;
      },
      startswith: (self, a) => affix(rt, 'startswith', s(self), a, (t, x) => t.startsWith(x)),
      endswith: (self, a) => affix(rt, 'endswith', s(self), a, (t, x) => t.endsWith(x)),
      find: (self, a) => findIn(rt, 'find', s(self), a, false, false),
      rfind: (self, a) => findIn(rt, 'rfind', s(self), a, true, false),
      index: (self, a) => findIn(rt, 'index', s(self), a, false, true),
      rindex: (self, a) => findIn(rt, 'rindex', s(self), a, true, true),
      count: (self, a) => {
        const p = positional(rt, 'count', a, 1, 3);
        const sub = strArg(rt, 'count', p[0], 'argument');
        const [st, en] = range(rt, s(self), p[1], p[2]);
        const t = s(self).slice(st, en);
        if (sub === '') return strLen(t) + 1;
        return t.split(sub).length - 1;
      },
      format: (self, a) => strFormat(rt, s(self), a),
      format_map: (self, a) => {
        const [m] = positional(rt, 'format_map', a, 1, 1);
        return strFormat(rt, s(self), { positional: [] }, m);
      },
      zfill: (self, a) => {
        const [w] = positional(rt, 'zfill', a, 1, 1);
        const width = intArg(rt, w);
        const t = s(self);
        if (t.length >= width) return t;
        if (!stringFits(rt.realm.budget, width)) throw rt.error('MemoryError', '');
        const sign = t[0] === '-' || t[0] === '+' ? t[0] : '';
        return sign + '0'.repeat(width - t.length) + t.slice(sign.length);
      },
      center: (self, a) => justify(rt, 'center', s(self), a),
      ljust: (self, a) => justify(rt, 'ljust', s(self), a),
      rjust: (self, a) => justify(rt, 'rjust', s(self), a),
      partition: (self, a) => {
        const [sepV] = positional(rt, 'partition', a, 1, 1);
        const sep = sepArg(rt, sepV)!;
        const t = s(self);
        const i = t.indexOf(sep);
        return i < 0 ? new PyTuple([t, '', '']) : new PyTuple([t.slice(0, i), sep, t.slice(i + sep.length)]);
      },
      rpartition: (self, a) => {
        const [sepV] = positional(rt, 'rpartition', a, 1, 1);
        const sep = sepArg(rt, sepV)!;
        const t = s(self);
        const i = t.lastIndexOf(sep);
        return i < 0 ? new PyTuple(['', '', t]) : new PyTuple([t.slice(0, i), sep, t.slice(i + sep.length)]);
      },
      removeprefix: (self, a) => {
        const [p] = positional(rt, 'removeprefix', a, 1, 1);
        const x = strArg(rt, 'removeprefix', p, 'argument');
        return x && s(self).startsWith(x) ? s(self).slice(x.length) : s(self);
      },
      removesuffix: (self, a) => {
        const [p] = positional(rt, 'removesuffix', a, 1, 1);
        const x = strArg(rt, 'removesuffix', p, 'argument');
        return x && s(self).endsWith(x) ? s(self).slice(0, -x.length) : s(self);
      },
      // str.translate (unicode_translate): table[ord(c)] gives a code point, a string, or
      // None (delete); a missing key (LookupError) keeps the character.
      translate: (self, a) => {
        const [table] = positional(rt, 'translate', a, 1, 1);
        let out = '';
        for (const ch of s(self)) {
          let r: Value;
          try {
            r = getItem(rt, table, ch.codePointAt(0));
          } catch (e) {
            if (isLookupError(e)) {
              out += ch;
              continue;
            }
            throw e;
          }
          if (r === None) continue;
          if (typeof r === 'string') out += r;
          else if (typeof r === 'number') out += String.fromCodePoint(r);
          else throw rt.error('TypeError', 'character mapping must return integer, None or str');
        }
        return out;
      },
      isdigit: (self) => isAll(s(self), /\p{Nd}|[\u00b2\u00b3\u00b9]/u),
      isdecimal: (self) => isAll(s(self), /\p{Nd}/u),
      isnumeric: (self) => isAll(s(self), /\p{N}/u),
      isalpha: (self) => isAll(s(self), /\p{L}/u),
      isalnum: (self) => isAll(s(self), /[\p{L}\p{N}]/u),
      isspace: (self) => isAll(s(self), /\s/u),
      isupper: (self) => /\p{Lu}/u.test(s(self)) && !/\p{Ll}/u.test(s(self)),
      islower: (self) => /\p{Ll}/u.test(s(self)) && !/\p{Lu}/u.test(s(self)),
      istitle: (self) => /\p{L}/u.test(s(self)) && titleCase(s(self)) === s(self),
      isidentifier: (self) => /^[\p{L}_][\p{L}\p{N}_]*$/u.test(s(self)),
      isascii: (self) => /^[\x00-\x7f]*$/.test(s(self)),
      isprintable: (self) => !/[\p{C}\p{Z}]/u.test(s(self).replace(/ /g, '')),
      expandtabs: (self, a) => {
        const p = positional(rt, 'expandtabs', a, 0, 1, ['tabsize']);
        const size = intArg(rt, p[0] ?? a.keywords?.get('tabsize') ?? 8);
        let col = 0;
        let out = '';
        for (const ch of s(self)) {
          if (ch === '\t') {
            const n = size > 0 ? size - (col % size) : 0;
            out += ' '.repeat(n);
            col += n;
          } else {
            out += ch;
            col = ch === '\n' || ch === '\r' ? 0 : col + 1;
          }
        }
        return out;
      },
      encode: (self) => {
        void self;
        throw rt.error('TypeError', 'bytes are not supported in this playground (str.encode)');
      },
      __len__: (self) => strLen(s(self)),
    }),
  });
}

/** str methods whose work is a walk of the whole string (a case map, a strip, a search, a test). */
const WALKING_METHODS = new Set(
  (
    'upper lower casefold swapcase title capitalize strip lstrip rstrip find rfind index rindex count ' +
    'translate isdigit isdecimal isnumeric isalpha isalnum isspace isupper islower istitle isidentifier ' +
    'isascii isprintable expandtabs encode'
  ).split(' '),
);

/**
 * `methods` with each walking one charged as a walk of its string before it runs (limits.ts
 * chargeVisit): one call is quick, but a loop of `s.upper()` or `s.find(x)` over a 4 MB
 * string ran for minutes under a few hundred steps, past every look at the clock (issue 10).
 * The methods that build strings are sized where they build (stringFits).
 */
function chargeWalks(rt: PyRuntime, methods: Record<string, NativeImpl>): Record<string, NativeImpl> {
  const out: Record<string, NativeImpl> = {};
  for (const [name, impl] of Object.entries(methods)) {
    out[name] = WALKING_METHODS.has(name)
      ? (self, a, realm) => {
          if (typeof self === 'string') chargeVisit(rt.realm.budget, self.length);
          return impl(self, a, realm);
        }
      : impl;
  }
  return out;
}

function affix(rt: PyRuntime, name: string, t: string, a: CallArgs, test: (t: string, x: string) => boolean): boolean {
  const p = positional(rt, name, a, 1, 3);
  const [st, en] = range(rt, t, p[1], p[2]);
  const sub = t.slice(st, en);
  const x = p[0];
  if (x instanceof PyTuple) {
    return x.items.some((y) => {
      if (typeof y !== 'string') throw rt.error('TypeError', `tuple for ${name} must only contain str, not ${typeName(rt, y)}`);
      return test(sub, y);
    });
  }
  if (typeof x !== 'string') {
    throw rt.error('TypeError', `${name} first arg must be str or a tuple of str, not ${typeName(rt, x)}`);
  }
  return test(sub, x);
}

function findIn(rt: PyRuntime, name: string, t: string, a: CallArgs, fromRight: boolean, raise: boolean): number {
  const p = positional(rt, name, a, 1, 3);
  if (typeof p[0] !== 'string') throw rt.error('TypeError', `must be str, not ${typeName(rt, p[0])}`);
  const [st, en] = range(rt, t, p[1], p[2]);
  const hay = t.slice(st, en);
  const i = fromRight ? hay.lastIndexOf(p[0]) : hay.indexOf(p[0]);
  if (i < 0 || st > t.length) {
    if (raise) throw rt.error('ValueError', 'substring not found');
    return -1;
  }
  return i + st;
}

function justify(rt: PyRuntime, name: string, t: string, a: CallArgs): string {
  const p = positional(rt, name, a, 1, 2);
  const width = intArg(rt, p[0]);
  const fill = p[1] === undefined ? ' ' : p[1];
  if (typeof fill !== 'string' || [...fill].length !== 1) {
    throw rt.error('TypeError', 'The fill character must be exactly one character long');
  }
  const len = strLen(t);
  if (len >= width) return t;
  if (!stringFits(rt.realm.budget, width)) throw rt.error('MemoryError', '');
  const n = width - len;
  if (name === 'ljust') return t + fill.repeat(n);
  if (name === 'rjust') return fill.repeat(n) + t;
  // CPython's centering puts the odd extra character on the left when width is odd (pad()).
  const left = Math.floor(n / 2) + (n & width & 1);
  return fill.repeat(left) + t + fill.repeat(n - left);
}
