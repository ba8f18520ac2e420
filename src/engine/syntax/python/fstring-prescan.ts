/**
 * A same-length rewrite of the source for Lezer: in an f-string replacement field, a
 * format spec that starts with `=` (`f"{title:=^20}"`, `f"{n:=10}"` — fill `=` or the `=`
 * alignment) is read by @lezer/python as the walrus operator `:=` and the field fails
 * to parse. CPython reads the top-level `:` of a field as the start of the format spec
 * (a walrus needs parentheses there), so that `=` is replaced by a private-use character
 * in Lezer's copy only. Offsets are unchanged and all text is read from the real source
 * (parse.ts), so the spec still says `=`.
 *
 * The scan knows just enough of the lexical grammar to find such fields: comments,
 * string literals with their prefixes (single/triple quotes, escapes), f-string fields
 * with bracket depth, conversions and nested fields inside format specs.
 */

import { SameLengthEdits } from './same-length-edits';

const PLACEHOLDER = '\ue000';

export function maskFormatSpecEquals(src: string): string {
  // Only a string literal can hold a replacement field.
  if (!src.includes('{')) return src;
  const out = new SameLengthEdits();
  const n = src.length;

  /** The prefix letters just before a quote at `q` (lower-cased), '' when none. */
  const prefixAt = (q: number): string => {
    let p = q;
    while (p > 0 && /[rRbBfFuUtT]/.test(src[p - 1]!) && q - p < 3) p--;
    if (p > 0 && /[\w]/.test(src[p - 1]!)) return '';
    return src.slice(p, q).toLowerCase();
  };

  /** Scan a string literal whose opening quote is at `i`; returns the index after it. */
  const scanString = (i: number): number => {
    const quote = src[i]!;
    const triple = src.startsWith(quote.repeat(3), i);
    const isF = prefixAt(i).includes('f') || prefixAt(i).includes('t');
    let j = i + (triple ? 3 : 1);
    while (j < n) {
      const c = src[j]!;
      if (c === '\\') {
        j += 2;
        continue;
      }
      if (triple ? src.startsWith(quote.repeat(3), j) : c === quote) return j + (triple ? 3 : 1);
      if (!triple && c === '\n') return j;
      if (isF && c === '{') {
        if (src[j + 1] === '{') {
          j += 2;
          continue;
        }
        j = scanField(j + 1);
        continue;
      }
      j++;
    }
    return j;
  };

  /** Scan a replacement field body starting after its `{`; returns the index after its `}`. */
  const scanField = (i: number): number => {
    let depth = 0;
    let j = i;
    while (j < n) {
      const c = src[j]!;
      if (c === '"' || c === "'") {
        j = scanString(j);
        continue;
      }
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']') depth--;
      else if (c === '}') {
        if (depth === 0) return j + 1;
        depth--;
      } else if (c === ':' && depth === 0) {
        if (src[j + 1] === '=') out.set(j + 1, PLACEHOLDER);
        return scanSpec(j + 1);
      }
      j++;
    }
    return j;
  };

  /** A format spec: literal text with nested `{...}` fields, up to the field's `}`. */
  const scanSpec = (i: number): number => {
    let j = i;
    while (j < n) {
      const c = src[j]!;
      if (c === '{') {
        j = scanField(j + 1);
        continue;
      }
      if (c === '}') return j + 1;
      if (c === '\n' || c === '"' || c === "'") return j;
      j++;
    }
    return j;
  };

  let i = 0;
  while (i < n) {
    const c = src[i]!;
    if (c === '#') {
      while (i < n && src[i] !== '\n') i++;
      continue;
    }
    if (c === '"' || c === "'") {
      i = scanString(i);
      continue;
    }
    i++;
  }
  return out.apply(src);
}
