/**
 * The `json` module (Lib/json, CPython 3.14): `dumps` and `loads` (plus `JSONDecodeError`),
 * what snippets use to fake an API's payloads.
 *
 * dumps(obj, *, indent=None, separators=None, sort_keys=False, ensure_ascii=True,
 * default=None): dict → object (keys: str, or int/float/bool/None converted as the encoder
 * does), list/tuple → array, str → string (non-ASCII escaped as \uXXXX unless
 * ensure_ascii=False), int/float (repr; NaN/Infinity), True/False/None → true/false/null;
 * anything else goes through `default` or raises `TypeError: Object of type X is not JSON
 * serializable`. Default separators are (', ', ': '), or (',', ': ') with an indent.
 *
 * loads(s): the scanner's grammar and its error messages (`Expecting value: line 1 column
 * 1 (char 0)`, `Expecting property name enclosed in double quotes`, `Expecting ','
 * delimiter`, `Extra data`, `Unterminated string starting at`, `Invalid \escape`).
 */
import { None, PyDict, PyFloat, PyModule, PyTuple, type CallArgs, type Value } from '../values';
import { Thrown } from '../thrown';
import { stringFits, walkFits } from '../limits';
import { call } from './calls';
import { defineExceptionClass, pyNative } from './classes';
import { dictSet, newDict } from './equality';
import { floatRepr, intDecimal, normBig } from './numbers';
import type { PyRuntime } from './state';
import { typeName } from './types';

interface DumpOptions {
  indent: string | null;
  itemSep: string;
  keySep: string;
  sortKeys: boolean;
  ensureAscii: boolean;
  dflt: Value | undefined;
}

/** py_encode_basestring(_ascii). */
function encodeString(s: string, ascii: boolean): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (c < 0x20 || (ascii && c > 0x7e)) {
      if (c > 0xffff) {
        const v = c - 0x10000;
        out += `\\u${(0xd800 | (v >> 10)).toString(16).padStart(4, '0')}\\u${(0xdc00 | (v & 0x3ff)).toString(16).padStart(4, '0')}`;
      } else out += `\\u${c.toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return out + '"';
}

function floatText(x: number): string {
  if (Number.isNaN(x)) return 'NaN';
  if (x === Infinity) return 'Infinity';
  if (x === -Infinity) return '-Infinity';
  return floatRepr(x);
}

export function installJson(rt: PyRuntime): PyModule {
  const m = new PyModule('json');
  m.dict.set('__name__', 'json');
  const decodeError = defineExceptionClass(rt.realm, 'JSONDecodeError', 'ValueError', 'json.decoder');

  const dump = (o: DumpOptions, v: Value, level: number, active: Set<object>): string => {
    if (v === None) return 'null';
    if (v === true) return 'true';
    if (v === false) return 'false';
    if (typeof v === 'string') return encodeString(v, o.ensureAscii);
    if (typeof v === 'number' || typeof v === 'bigint')
      return typeof v === 'bigint' ? intDecimal(rt, v) : Number.isInteger(v) ? String(v) : floatText(v);
    if (v instanceof PyFloat) return floatText(v.v);
    // One visit of the encoder's walk (limits.ts walkFits), a MemoryError past the string cap.
    const nested = (open: string, close: string, parts: string[]): string => {
      let text: string;
      if (parts.length === 0) text = open + close;
      else if (o.indent === null) text = open + parts.join(o.itemSep) + close;
      else {
        // The indent repeated once per level: within the cap before it is made (a megabyte's indent, a thousand levels deep).
        if (!stringFits(rt.realm.budget, o.indent.length * (level + 1))) throw rt.error('MemoryError', '');
        const pad = '\n' + o.indent.repeat(level + 1);
        text = open + pad + parts.join(o.itemSep + pad) + '\n' + o.indent.repeat(level) + close;
      }
      if (!walkFits(rt.realm.budget, text.length)) throw rt.error('MemoryError', '');
      return text;
    };
    if (Array.isArray(v) || v instanceof PyTuple || v instanceof PyDict) {
      const key = v as object;
      if (active.has(key)) throw rt.error('ValueError', 'Circular reference detected');
      active.add(key);
      try {
        if (v instanceof PyDict) {
          let entries = [...v.entries.values()].map((e) => [keyText(e.key), e.value] as [string | undefined, Value]);
          entries = entries.filter((e) => e[0] !== undefined);
          if (o.sortKeys) entries.sort((a, b) => (a[0]! < b[0]! ? -1 : a[0]! > b[0]! ? 1 : 0));
          return nested(
            '{',
            '}',
            entries.map(([k, x]) => encodeString(k!, o.ensureAscii) + o.keySep + dump(o, x, level + 1, active)),
          );
        }
        const items = Array.isArray(v) ? v : v.items;
        return nested(
          '[',
          ']',
          items.map((x) => dump(o, x, level + 1, active)),
        );
      } finally {
        active.delete(key);
      }
    }
    if (o.dflt !== undefined && o.dflt !== None) {
      const key = v as object;
      if (active.has(key)) throw rt.error('ValueError', 'Circular reference detected');
      active.add(key);
      try {
        return dump(o, call(rt, o.dflt, [v]), level, active);
      } finally {
        active.delete(key);
      }
    }
    throw rt.error('TypeError', `Object of type ${typeName(rt, v)} is not JSON serializable`);
  };
  /** The encoder's key conversion: str as is; int, float, bool, None spelled as JSON. */
  const keyText = (k: Value): string | undefined => {
    if (typeof k === 'string') return k;
    if (k === true) return 'true';
    if (k === false) return 'false';
    if (k === None) return 'null';
    if (typeof k === 'number' || typeof k === 'bigint') return intDecimal(rt, k);
    if (k instanceof PyFloat) return floatText(k.v);
    throw rt.error('TypeError', `keys must be str, int, float, bool or None, not ${typeName(rt, k)}`);
  };

  const kw = (a: CallArgs, n: string) => a.keywords?.get(n);
  /** `indent`: a str as it is, an int n as n spaces (`' ' * indent` in json.encoder: none when n <= 0). */
  const indentText = (v: Value | undefined): string | null => {
    if (v === undefined || v === None) return null;
    if (typeof v === 'string') return v;
    const n = typeof v === 'boolean' ? Number(v) : typeof v === 'bigint' ? v : typeof v === 'number' && Number.isInteger(v) ? v : undefined;
    if (n === undefined) throw rt.error('TypeError', `can't multiply sequence by non-int of type '${typeName(rt, v)}'`);
    if (n <= 0) return '';
    if (!stringFits(rt.realm.budget, Number(n))) throw rt.error('MemoryError', '');
    return ' '.repeat(Number(n));
  };
  m.dict.set(
    'dumps',
    pyNative('dumps', (_s, a) => {
      if (a.positional.length !== 1)
        throw rt.error('TypeError', `dumps() takes 1 positional argument but ${a.positional.length} were given`);
      const indent = indentText(kw(a, 'indent'));
      const sep = kw(a, 'separators');
      const [itemSep, keySep] =
        sep instanceof PyTuple || Array.isArray(sep)
          ? ((Array.isArray(sep) ? sep : sep.items) as [string, string])
          : indent === null
            ? [', ', ': ']
            : [',', ': '];
      const truthy = (v: Value | undefined, d: boolean) => (v === undefined ? d : rt.realm.py.truthy(v));
      return dump(
        {
          indent,
          itemSep,
          keySep,
          sortKeys: truthy(kw(a, 'sort_keys'), false),
          ensureAscii: truthy(kw(a, 'ensure_ascii'), true),
          dflt: kw(a, 'default'),
        },
        a.positional[0],
        0,
        new Set(),
      );
    }),
  );

  m.dict.set(
    'loads',
    pyNative('loads', (_s, a) => {
      const s = a.positional[0];
      if (typeof s !== 'string') throw rt.error('TypeError', `the JSON object must be str, bytes or bytearray, not ${typeName(rt, s)}`);
      return parse(rt, s, (msg, pos) => {
        const before = s.slice(0, pos);
        const line = before.split('\n').length;
        const col = pos - (before.lastIndexOf('\n') + 1) + 1;
        const err = rt.newException(decodeError, [`${msg}: line ${line} column ${col} (char ${pos})`]);
        err.dict.set('msg', msg);
        err.dict.set('doc', s);
        err.dict.set('pos', pos);
        err.dict.set('lineno', line);
        err.dict.set('colno', col);
        return new Thrown(err);
      });
    }),
  );
  m.dict.set('JSONDecodeError', decodeError);
  return m;
}

/** The json scanner (Lib/json/decoder.py, scanner.py) with its error messages. */
function parse(rt: PyRuntime, s: string, fail: (msg: string, pos: number) => Thrown): Value {
  let i = 0;
  const ws = () => {
    while (i < s.length && ' \t\n\r'.includes(s[i]!)) i++;
  };
  const value = (): Value => {
    ws();
    const c = s[i];
    if (c === '"') return str();
    if (c === '{') return object();
    if (c === '[') return array();
    if (s.startsWith('null', i)) return ((i += 4), None);
    if (s.startsWith('true', i)) return ((i += 4), true);
    if (s.startsWith('false', i)) return ((i += 5), false);
    if (s.startsWith('NaN', i)) return ((i += 3), new PyFloat(NaN));
    if (s.startsWith('Infinity', i)) return ((i += 8), new PyFloat(Infinity));
    if (s.startsWith('-Infinity', i)) return ((i += 9), new PyFloat(-Infinity));
    const num = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(s.slice(i));
    if (num) {
      i += num[0].length;
      if (num[2] === undefined && num[3] === undefined) return normBig(BigInt(num[0]));
      return new PyFloat(Number(num[0]));
    }
    throw fail('Expecting value', i);
  };
  const str = (): string => {
    const start = i;
    i++;
    let out = '';
    for (;;) {
      if (i >= s.length) throw fail('Unterminated string starting at', start);
      const c = s[i]!;
      if (c === '"') {
        i++;
        return out;
      }
      if (c === '\\') {
        const e = s[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && e in simple) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(s.slice(i + 2, i + 6), 16));
          i += 6;
        } else if (e === 'u') throw fail('Invalid \\uXXXX escape', i + 1);
        else throw fail('Invalid \\escape', i);
        continue;
      }
      if (c.charCodeAt(0) < 0x20) throw fail('Invalid control character at', i);
      out += c;
      i++;
    }
  };
  const object = (): Value => {
    i++;
    const d = newDict(rt, []);
    ws();
    if (s[i] === '}') return (i++, d);
    for (;;) {
      ws();
      if (s[i] !== '"') throw fail('Expecting property name enclosed in double quotes', i);
      const key = str();
      ws();
      if (s[i] !== ':') throw fail("Expecting ':' delimiter", i);
      i++;
      const v = value();
      dictSet(rt, d, key, v);
      ws();
      if (s[i] === '}') return (i++, d);
      if (s[i] !== ',') throw fail("Expecting ',' delimiter", i);
      i++;
      ws();
      if (s[i] === '}') throw fail('Illegal trailing comma before end of object', i - 1);
    }
  };
  const array = (): Value => {
    i++;
    const out: Value[] = [];
    ws();
    if (s[i] === ']') return (i++, out);
    for (;;) {
      out.push(value());
      ws();
      if (s[i] === ']') return (i++, out);
      if (s[i] !== ',') throw fail("Expecting ',' delimiter", i);
      i++;
      ws();
      if (s[i] === ']') throw fail('Illegal trailing comma before end of array', i - 1);
    }
  };
  const v = value();
  ws();
  if (i !== s.length) throw fail('Extra data', i);
  return v;
}
