/**
 * printf-style `str % args` (Objects/unicodeobject.c PyUnicode_Format): %s %r %a %d %i %u
 * %f %F %e %E %g %G %x %X %o %c %%, flags `-+ 0#`, width and precision (or `*`), and
 * `%(name)s` with a mapping.
 */
import { PyDict, PyFloat, PyInstance, PyTuple, type Value } from '../values';
import { lookupMro } from './classes';
import { dictGet } from './equality';
import { keyError } from './items';
import { pyAscii, pyRepr, pyStr } from './formatting';
import { floatBody } from './formatspec';
import type { PyRuntime } from './state';
import { typeName } from './types';
import { floatToInt } from './constructors';
import { intDecimal } from './numbers';
import { stringFits } from '../limits';

export function percentFormat(rt: PyRuntime, fmt: string, arg: Value): string {
  const args = arg instanceof PyTuple ? arg.items : [arg];
  const mapping = arg instanceof PyDict ? arg : undefined;
  // CPython skips the "not all arguments converted" check for any non-tuple, non-str
  // argument with __getitem__ (PyMapping_Check): lists and dicts included.
  const mappingLike =
    mapping !== undefined || Array.isArray(arg) || (arg instanceof PyInstance && lookupMro(arg.cls, '__getitem__') !== undefined);
  let next = 0;
  const take = (): Value => {
    if (next >= args.length) throw rt.error('TypeError', 'not enough arguments for format string');
    return args[next++];
  };
  let out = '';
  const re = /%(?:\(([^)]*)\))?([-+ 0#]*)(\*|\d+)?(?:\.(\*|\d+))?([a-zA-Z%])/gy;
  let i = 0;
  while (i < fmt.length) {
    const p = fmt.indexOf('%', i);
    if (p < 0) {
      out += fmt.slice(i);
      break;
    }
    out += fmt.slice(i, p);
    re.lastIndex = p;
    const m = re.exec(fmt);
    if (!m) throw rt.error('ValueError', `incomplete format`);
    i = re.lastIndex;
    const [, key, flags = '', w, prec, conv = ''] = m;
    if (conv === '%') {
      out += '%';
      continue;
    }
    const width = w === '*' ? Number(take()) : w ? Number(w) : 0;
    if (!stringFits(rt.realm.budget, width)) throw rt.error('MemoryError', '');
    const precision = prec === '*' ? Number(take()) : prec !== undefined ? Number(prec) : undefined;
    let v: Value;
    if (key !== undefined) {
      if (!mapping) throw rt.error('TypeError', 'format requires a mapping');
      v = dictGet(rt, mapping, key);
      // KeyError('k'), the key itself: its str() shows the quotes.
      if (v === undefined) throw keyError(rt, key);
    } else v = take();
    out += convertOne(rt, conv, v, flags, width, precision, i - 1);
  }
  if (!mappingLike && next < args.length) {
    throw rt.error('TypeError', 'not all arguments converted during string formatting');
  }
  return out;
}

function numberOf(rt: PyRuntime, conv: string, v: Value): number | bigint {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (v instanceof PyFloat) return v.v;
  const what = 'diuxXoc'.includes(conv) && conv !== 'c' ? 'a real number' : 'a real number';
  throw rt.error('TypeError', `%${conv} format: ${what} is required, not ${typeName(rt, v)}`);
}

/** `%c`: one character, or an int code point below 0x110000 (PyUnicode_Format's formatchar). */
function charOf(rt: PyRuntime, v: Value): string {
  if (typeof v === 'string') {
    if ([...v].length === 1) return v;
    throw rt.error('TypeError', `%c requires an int or a unicode character, not a string of length ${[...v].length}`);
  }
  if (typeof v === 'number' || typeof v === 'bigint' || typeof v === 'boolean') {
    const n = typeof v === 'boolean' ? (v ? 1 : 0) : v;
    if (n < 0 || n >= 0x110000) throw rt.error('OverflowError', '%c arg not in range(0x110000)');
    return String.fromCodePoint(Number(n));
  }
  throw rt.error('TypeError', `%c requires an int or a unicode character, not ${typeName(rt, v)}`);
}

function convertOne(
  rt: PyRuntime,
  conv: string,
  v: Value,
  flags: string,
  width: number,
  precision: number | undefined,
  /** Where `conv` is in the format string, for the error. */
  at: number,
): string {
  let body: string;
  let sign = '';
  switch (conv) {
    case 's':
      body = pyStr(rt, v);
      if (precision !== undefined) body = body.slice(0, precision);
      break;
    case 'r':
      body = pyRepr(rt, v);
      if (precision !== undefined) body = body.slice(0, precision);
      break;
    case 'a':
      body = pyAscii(rt, v);
      break;
    case 'c':
      body = charOf(rt, v);
      break;
    case 'd':
    case 'i':
    case 'u':
    case 'x':
    case 'X':
    case 'o': {
      let n = numberOf(rt, conv, v);
      if (v instanceof PyFloat) {
        if ('xXo'.includes(conv)) throw rt.error('TypeError', `%${conv} format: an integer is required, not float`);
        // %d of a float is int(x): truncated, exact when huge, refused for inf and NaN.
        n = floatToInt(rt, v.v);
      }
      const neg = n < 0;
      const abs = neg ? -n : n;
      const radix = conv === 'x' || conv === 'X' ? 16 : conv === 'o' ? 8 : 10;
      body = radix === 10 ? intDecimal(rt, abs) : abs.toString(radix);
      if (conv === 'X') body = body.toUpperCase();
      if (flags.includes('#') && radix !== 10) body = (conv === 'o' ? '0o' : conv === 'x' ? '0x' : '0X') + body;
      if (precision !== undefined) body = body.padStart(precision, '0');
      sign = neg ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
      break;
    }
    case 'f':
    case 'F':
    case 'e':
    case 'E':
    case 'g':
    case 'G': {
      const x = Number(numberOf(rt, conv, v));
      body = floatBody(x, conv, precision ?? 6, flags.includes('#'));
      sign = x < 0 || Object.is(x, -0) ? '-' : flags.includes('+') ? '+' : flags.includes(' ') ? ' ' : '';
      break;
    }
    default:
      throw rt.error('ValueError', `unsupported format character '${conv}' (0x${conv.charCodeAt(0).toString(16)}) at index ${at}`);
  }
  const len = sign.length + body.length;
  if (len >= width) return sign + body;
  if (flags.includes('-')) return sign + body + ' '.repeat(width - len);
  if (flags.includes('0') && !'srac'.includes(conv)) return sign + '0'.repeat(width - len) + body;
  return ' '.repeat(width - len) + sign + body;
}
