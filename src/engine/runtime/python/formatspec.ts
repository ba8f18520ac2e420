/**
 * The format-spec mini-language (`f'{x:>10.2f}'`, `format(x, spec)`, `str.format`):
 * [[fill]align][sign][z][#][0][width][grouping][.precision][type].
 *
 * Floats are rounded correctly (half-even on the exact binary value, numbers.ts), so
 * `f'{2.675:.2f}' == '2.67'` and `f'{0.5:.0f}' == '0'` as in CPython.
 */
import { PyFloat, PyInstance, type Value } from '../values';
import { callDunder } from './calls';
import { expDigits, fixedDigits, floatRepr, formatExponent, intDecimal } from './numbers';
import type { PyRuntime } from './state';
import { pyStr } from './formatting';
import { typeName } from './types';
import { strLen } from './items';
import { stringFits } from '../limits';

export interface Spec {
  fill: string;
  align: string;
  sign: string;
  z: boolean;
  alt: boolean;
  zero: boolean;
  width: number;
  grouping: string;
  precision: number | undefined;
  type: string;
}

export function parseSpec(rt: PyRuntime, spec: string): Spec {
  const m = /^(?:(.)?([<>=^]))?([+\- ])?(z)?(#)?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su.exec(spec);
  if (!m) throw rt.error('ValueError', 'Invalid format specifier');
  // Digits past a Py_ssize_t are refused as the parse refuses them (get_integer).
  if ((m[7] && Number(m[7]) > 2 ** 63 - 1) || (m[9] && Number(m[9]) > 2 ** 63 - 1)) {
    throw rt.error('ValueError', 'Too many decimal digits in format string');
  }
  if (m[7] && !stringFits(rt.realm.budget, Number(m[7]))) throw rt.error('MemoryError', '');
  return {
    fill: m[1] ?? (m[6] && !m[2] ? '0' : ' '),
    align: m[2] ?? (m[6] ? '=' : ''),
    sign: m[3] ?? '-',
    z: !!m[4],
    alt: !!m[5],
    zero: !!m[6],
    width: m[7] ? Number(m[7]) : 0,
    grouping: m[8] ?? '',
    precision: m[9] !== undefined ? Number(m[9]) : undefined,
    type: m[10] ?? '',
  };
}

function pad(body: string, prefix: string, spec: Spec, defaultAlign: string): string {
  const len = strLen(prefix) + strLen(body);
  if (len >= spec.width) return prefix + body;
  const n = spec.width - len;
  const fill = spec.fill;
  switch (spec.align || defaultAlign) {
    case '<':
      return prefix + body + fill.repeat(n);
    case '^': {
      const left = Math.floor(n / 2);
      return fill.repeat(left) + prefix + body + fill.repeat(n - left);
    }
    case '=':
      return prefix + fill.repeat(n) + body;
    default:
      return fill.repeat(n) + prefix + body;
  }
}

function group(intDigits: string, sep: string, every: number): string {
  if (!sep) return intDigits;
  let out = '';
  for (let i = intDigits.length; i > 0; i -= every) {
    const chunk = intDigits.slice(Math.max(0, i - every), i);
    out = out ? chunk + sep + out : chunk;
  }
  return out;
}

function signPrefix(negative: boolean, sign: string): string {
  return negative ? '-' : sign === '+' ? '+' : sign === ' ' ? ' ' : '';
}

function unknownCode(rt: PyRuntime, type: string, v: Value): never {
  throw rt.error('ValueError', `Unknown format code '${type}' for object of type '${typeName(rt, v)}'`);
}

function formatInt(rt: PyRuntime, v: number | bigint, spec: Spec, orig: Value): string {
  const t = spec.type;
  if (t !== '' && 'eEfFgG%'.includes(t)) return formatFloat(rt, Number(v), spec, orig);
  if (!['', 'd', 'n', 'x', 'X', 'o', 'b', 'c'].includes(t)) unknownCode(rt, t, orig);
  if (spec.precision !== undefined) throw rt.error('ValueError', 'Precision not allowed in integer format specifier');
  const neg = v < 0;
  const abs = neg ? (typeof v === 'bigint' ? -v : -v) : v;
  let digits: string;
  let prefix = '';
  switch (t) {
    case '':
    case 'd':
    case 'n':
      digits = group(intDecimal(rt, abs), spec.grouping, 3);
      break;
    case 'x':
    case 'X':
      digits = group(abs.toString(16), spec.grouping, 4);
      if (t === 'X') digits = digits.toUpperCase();
      if (spec.alt) prefix = t === 'X' ? '0X' : '0x';
      break;
    case 'o':
      digits = group(abs.toString(8), spec.grouping, 4);
      if (spec.alt) prefix = '0o';
      break;
    case 'b':
      digits = group(abs.toString(2), spec.grouping, 4);
      if (spec.alt) prefix = '0b';
      break;
    case 'c':
      if (typeof v === 'bigint') throw rt.error('OverflowError', 'Python int too large to convert to C long');
      if (v < 0 || v > 0x10ffff) throw rt.error('OverflowError', '%c arg not in range(0x110000)');
      return pad(String.fromCodePoint(Number(v)), '', spec, '<');
    default:
      unknownCode(rt, t, orig);
  }
  return pad(digits, signPrefix(neg, spec.sign) + prefix, spec, '>');
}

/**
 * Past these many digits 'g' (and no type) only appends zeros that it then strips: a double's
 * decimal expansion has at most 767 significant digits, and its exponent is below 309, so
 * with a precision over this it takes the same form and digits as with this one.
 */
const G_DIGITS = 1100;

/**
 * A float's text with `precision` digits is about that long ('f', 'e', '%', or 'g' with '#'
 * keeping its zeros): charged as a string of that length, and refused past the caps as
 * CPython's allocation would be (issue 10: `'%.*f' % (10**7, 1.5)` ran seconds in one step).
 */
export function chargeFloatText(rt: PyRuntime, type: string, precision: number, alt: boolean): void {
  if (!alt && (type === '' || type === 'g' || type === 'G' || type === 'n')) return;
  if (!stringFits(rt.realm.budget, precision)) throw rt.error('MemoryError', '');
}

/** Digits of |x| for a float presentation type (no sign, no padding). */
export function floatBody(x: number, type: string, precision: number | undefined, alt: boolean): string {
  if (!Number.isFinite(x)) {
    const s = x !== x ? 'nan' : 'inf';
    if (type === '%') return s + '%';
    return type === type.toUpperCase() && type !== '' ? s.toUpperCase() : s;
  }
  const a = Math.abs(x);
  switch (type) {
    case 'f':
    case 'F': {
      const s = fixedDigits(a, precision ?? 6);
      return alt && !s.includes('.') ? s + '.' : s;
    }
    case '%':
      return fixedDigits(a * 100, precision ?? 6) + '%';
    case 'e':
    case 'E': {
      const { mantissa, exp } = expDigits(a, precision ?? 6);
      const s = (alt && !mantissa.includes('.') ? mantissa + '.' : mantissa) + formatExponent(exp);
      return type === 'E' ? s.toUpperCase() : s;
    }
    case 'g':
    case 'G':
    case '':
    case 'n': {
      if (type === '' && precision === undefined) return floatRepr(a);
      let p = Math.min(precision ?? 6, alt ? Infinity : G_DIGITS);
      if (p === 0) p = 1;
      const { exp } = expDigits(a, p - 1);
      let s: string;
      // No type with a precision: like 'g', but with Py_DTSF_ADD_DOT_0 the exponent form starts one digit earlier.
      if (exp >= -4 && exp < (type === '' ? p - 1 : p)) {
        s = fixedDigits(a, p - 1 - exp);
        if (!alt && s.includes('.')) s = stripZeros(s);
        if (type === '' && !s.includes('.')) s += '.0';
      } else {
        const e = expDigits(a, p - 1);
        let m = e.mantissa;
        if (!alt && m.includes('.')) m = stripZeros(m);
        s = m + formatExponent(e.exp);
      }
      return type === 'G' ? s.toUpperCase() : s;
    }
  }
  return '';
}

/** `1.500` → `1.5`, `2.000` → `2` (a text with a point). */
function stripZeros(s: string): string {
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s.charCodeAt(end - 1) === 46) end--;
  return s.slice(0, end);
}

const FLOAT_TYPES = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%'];

function formatFloat(rt: PyRuntime, x: number, spec: Spec, orig: Value): string {
  const t = spec.type;
  if (!FLOAT_TYPES.includes(t)) unknownCode(rt, t, orig);
  if (spec.precision !== undefined) {
    // format_float_internal's limit, before the text is made.
    if (spec.precision > 2 ** 31 - 1) throw rt.error('ValueError', 'precision too big');
    chargeFloatText(rt, t, spec.precision, spec.alt);
  }
  let body = floatBody(x, t, spec.precision, spec.alt);
  const neg = x < 0 || Object.is(x, -0);
  const negative = neg && !(spec.z && /^[0.]*(e[+-]\d+)?%?$/i.test(body));
  if (spec.grouping) {
    const [, digits, rest] = /^(\d+)(.*)$/.exec(body) ?? [];
    if (digits !== undefined) body = group(digits, spec.grouping, 3) + (rest ?? '');
  }
  return pad(body, signPrefix(negative, spec.sign), spec, '>');
}

/** `format(v, spec)` for the built-in types; PyInstances use their `__format__`. */
export function formatValue(rt: PyRuntime, v: Value, specText: string): string {
  if (v instanceof PyInstance) {
    const r = callDunder(rt, v, '__format__', [specText]);
    if (typeof r !== 'string') throw rt.error('TypeError', `__format__ must return a str, not ${typeName(rt, r)}`);
    return r;
  }
  if (specText === '') return pyStr(rt, v);
  const spec = parseSpec(rt, specText);
  if (typeof v === 'boolean') return formatInt(rt, v ? 1 : 0, spec, v);
  if (typeof v === 'number') {
    if (Number.isInteger(v)) return formatInt(rt, v, spec, v);
    return formatFloat(rt, v, spec, v);
  }
  if (typeof v === 'bigint') return formatInt(rt, v, spec, v);
  if (v instanceof PyFloat) return formatFloat(rt, v.v, spec, v);
  if (typeof v === 'string') {
    if (spec.type !== '' && spec.type !== 's') unknownCode(rt, spec.type, v);
    if (spec.sign !== '-') throw rt.error('ValueError', 'Sign not allowed in string format specifier');
    if (spec.grouping) throw rt.error('ValueError', `Cannot specify '${spec.grouping}' with 's'.`);
    if (spec.align === '=') throw rt.error('ValueError', "'=' alignment not allowed in string format specifier");
    const s = spec.precision !== undefined ? [...v].slice(0, spec.precision).join('') : v;
    return pad(s, '', spec, '<');
  }
  throw rt.error('TypeError', `unsupported format string passed to ${typeName(rt, v)}.__format__`);
}
