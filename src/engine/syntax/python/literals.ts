/**
 * Number and string literal decoding (Python Language Reference §2.4 "Literals").
 *
 * Lezer only delimits literals; the value is computed here:
 *  - ints in any base, with `_` separators; values beyond 2**53 keep their exact decimal
 *    digits in `big` (Python ints are unbounded);
 *  - floats (`1.5`, `1e3`, `.5`, and `1.` which the grammar splits into `1` `.`, see
 *    expressions.ts); imaginary literals are unsupported;
 *  - string bodies with every escape of §2.4.1.1 (octal, \x, \u, \U; `\N{...}` needs the
 *    Unicode name database and is reported unsupported). Escapes are decoded from the raw
 *    text rather than from Lezer's `Escape` tokens, whose octal rule does not match CPython.
 */
import type { Loc, NumLit } from '../../ir/nodes';
import { syntaxError, unsupported } from '../../errors';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

export function decodeNumber(raw: string, loc: Loc): NumLit {
  const pos = { line: loc.line, col: loc.col };
  // A match pattern rewritten by match-prescan.ts can hand over source text that is no number
  // at all (`case 1():`): CPython's "invalid syntax" at the first character that cannot be one.
  const stray = /[^0-9A-Za-z_.+-]/.exec(raw);
  if (stray) throw syntaxError('invalid syntax', { line: loc.line, col: loc.col + stray.index });
  // Underscores only between digits (PEP 515); Lezer's Number token is laxer.
  const badUnderscore = /__|_$|_(?=[.eEjJ])|(?<=[.eE+-])_/.exec(raw);
  if (badUnderscore) {
    const base = /^0[xX]/.test(raw) ? 'hexadecimal' : /^0[oO]/.test(raw) ? 'octal' : /^0[bB]/.test(raw) ? 'binary' : 'decimal';
    throw syntaxError(`invalid ${base} literal`, { line: loc.line, col: loc.col + badUnderscore.index });
  }
  const text = raw.replace(/_/g, '');
  if (/[jJ]$/.test(text)) throw unsupported('complex number literals', pos);
  const prefix = text.slice(0, 2).toLowerCase();
  if (prefix === '0x' || prefix === '0o' || prefix === '0b') {
    return intLiteral(BigInt(prefix[0]! + prefix[1]! + text.slice(2)), loc);
  }
  if (/[.eE]/.test(text)) {
    return { kind: 'Num', value: Number(text), isFloat: true, loc };
  }
  if (text.length > 1 && text[0] === '0' && /[1-9]/.test(text)) {
    throw syntaxError('leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers', pos);
  }
  return intLiteral(BigInt(text), loc);
}

function intLiteral(n: bigint, loc: Loc): NumLit {
  const lit: NumLit = { kind: 'Num', value: Number(n), isFloat: false, loc };
  if (n > MAX_SAFE) lit.big = n.toString();
  return lit;
}

export interface StringPrefix {
  raw: boolean;
  bytes: boolean;
  format: boolean;
  /** Length of prefix letters plus opening quote(s). */
  openLen: number;
  quote: string;
}

/** Parse the prefix and opening quote of a string token's text. */
export function stringPrefix(text: string): StringPrefix {
  let i = 0;
  while (i < text.length && /[a-zA-Z]/.test(text[i]!)) i++;
  const letters = text.slice(0, i).toLowerCase();
  const q = text[i] ?? '"';
  const triple = text.startsWith(q.repeat(3), i);
  const quote = triple ? q.repeat(3) : q;
  return {
    raw: letters.includes('r'),
    bytes: letters.includes('b'),
    format: letters.includes('f'),
    openLen: i + quote.length,
    quote,
  };
}

const SIMPLE_ESCAPES: Record<string, string> = {
  '\\': '\\',
  "'": "'",
  '"': '"',
  a: '\x07',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
  v: '\v',
};

/**
 * Decode the escapes of a (non-raw) string body. `at` maps an index in `body` to a
 * source position for error messages.
 */
export function decodeEscapes(
  body: string,
  at: (index: number) => { line: number; col: number },
  warn?: (message: string, index: number) => void,
): string {
  if (!body.includes('\\')) return body;
  let out = '';
  let i = 0;
  // CPython warns (SyntaxWarning, 3.14 wording of string_parser.c) about the first invalid
  // escape of a literal.
  let warned = false;
  const invalid = (message: string, index: number) => {
    if (warned || !warn) return;
    warned = true;
    warn(message, index);
  };
  while (i < body.length) {
    const ch = body[i]!;
    if (ch !== '\\' || i + 1 >= body.length) {
      out += ch;
      i++;
      continue;
    }
    const next = body[i + 1]!;
    if (next === '\n') {
      i += 2; // backslash-newline: line continuation inside the literal
      continue;
    }
    if (next === '\r') {
      i += body[i + 2] === '\n' ? 3 : 2;
      continue;
    }
    const simple = SIMPLE_ESCAPES[next];
    if (simple !== undefined) {
      out += simple;
      i += 2;
      continue;
    }
    if (next >= '0' && next <= '7') {
      let j = i + 1;
      while (j < body.length && j < i + 4 && body[j]! >= '0' && body[j]! <= '7') j++;
      const code = parseInt(body.slice(i + 1, j), 8);
      const oct = body.slice(i + 1, j);
      if (code > 0o377) {
        invalid(
          `"\\${oct}" is an invalid octal escape sequence. Such sequences will not work in the future. Did you mean "\\\\${oct}"? A raw string is also an option.`,
          i,
        );
      }
      out += String.fromCodePoint(code);
      i = j;
      continue;
    }
    const hexLen = next === 'x' ? 2 : next === 'u' ? 4 : next === 'U' ? 8 : 0;
    if (hexLen > 0) {
      const digits = body.slice(i + 2, i + 2 + hexLen);
      if (digits.length !== hexLen || !/^[0-9a-fA-F]+$/.test(digits)) {
        const kind = next === 'x' ? 'truncated \\xXX escape' : next === 'u' ? 'truncated \\uXXXX escape' : 'truncated \\UXXXXXXXX escape';
        throw syntaxError(`(unicode error) 'unicodeescape' codec can't decode bytes: ${kind}`, at(i));
      }
      const code = parseInt(digits, 16);
      if (code > 0x10ffff) throw syntaxError("(unicode error) 'unicodeescape' codec can't decode bytes: illegal Unicode character", at(i));
      out += String.fromCodePoint(code);
      i += 2 + hexLen;
      continue;
    }
    if (next === 'N') throw unsupported('\\N{...} escapes in strings', at(i));
    // Unknown escapes keep the backslash (CPython warns, then keeps both characters).
    invalid(
      `"\\${next}" is an invalid escape sequence. Such sequences will not work in the future. Did you mean "\\\\${next}"? A raw string is also an option.`,
      i,
    );
    out += '\\' + next;
    i += 2;
  }
  return out;
}
