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
import { chargeFloatText, floatBody } from './formatspec';
import type { PyRuntime } from './state';
import { typeName } from './types';
import { floatToInt } from './constructors';
import { intDecimal } from './numbers';
import { stringFits } from '../limits';

const INT_MAX = 2 ** 31 - 1;
const SSIZE_MAX = 2n ** 63n - 1n;

/** A `*` width or precision: an int, converted to a C int or ssize_t as CPython converts it. */
function starArg(rt: PyRuntime, v: Value, max: bigint, cType: string): number {
  const n =
    typeof v === 'boolean' ? BigInt(v) : typeof v === 'bigint' ? v : typeof v === 'number' && Number.isInteger(v) ? BigInt(v) : undefined;
  if (n === undefined) throw rt.error('TypeError', '* wants int');
  if (n > max || n < -max - 1n) throw rt.error('OverflowError', `Python int too large to convert to C ${cType}`);
  return Number(n);
}

/** A width or precision written in the format: past `max`, CPython's parse refuses it. */
function literalArg(rt: PyRuntime, digits: string, max: number, what: string): number {
  const n = Number(digits);
  if (n > max) throw rt.error('ValueError', `${what} too big`);
  return n;
}

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
    let spec = flags;
    let width = w === '*' ? starArg(rt, take(), SSIZE_MAX, 'ssize_t') : w ? literalArg(rt, w, Number(SSIZE_MAX), 'width') : 0;
    // A negative `*` width left-justifies (unicode_format_arg_parse).
    if (width < 0) {
      spec += '-';
      width = -width;
    }
    if (!stringFits(rt.realm.budget, width)) throw rt.error('MemoryError', '');
    const precision =
      prec === '*'
        ? Math.max(0, starArg(rt, take(), BigInt(INT_MAX), 'int'))
        : prec !== undefined
          ? literalArg(rt, prec, INT_MAX, 'precision')
          : undefined;
    let v: Value;
    if (key !== undefined) {
      if (!mapping) throw rt.error('TypeError', 'format requires a mapping');
      v = dictGet(rt, mapping, key);
      // KeyError('k'), the key itself: its str() shows the quotes.
      if (v === undefined) throw keyError(rt, key);
    } else v = take();
    out += convertOne(rt, conv, v, spec, width, precision, i - 1);
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
      if (precision !== undefined) {
        // _PyUnicode_FormatLong's own limit, then the text's length against the run's caps.
        if (precision > INT_MAX - 3) throw rt.error('OverflowError', 'precision too large');
        if (!stringFits(rt.realm.budget, precision)) throw rt.error('MemoryError', '');
        body = body.padStart(precision, '0');
      }
      // The precision counts digits: the '#' prefix goes before their zeros (`'%#.4x' % 255` is 0x00ff).
      if (flags.includes('#') && radix !== 10) body = (conv === 'o' ? '0o' : conv === 'x' ? '0x' : '0X') + body;
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
      chargeFloatText(rt, conv, precision ?? 6, flags.includes('#'));
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
