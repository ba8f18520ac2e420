/**
 * CPython's "Did you mean …?" (Python/suggestions.c, 3.13+ for keyword arguments): the
 * candidate nearest to a mistyped name by an edit distance in which changing a letter's case
 * costs half as much as any other edit, within a third of the characters involved. So
 * `alpah` → `alpha`, `Alpha` → `alpha`, `return_exception` → `return_exceptions`, but
 * `kye` → nothing for `key` (a swap costs two edits). `f() got an unexpected keyword
 * argument 'alpah'. Did you mean 'alpha'?` is part of the TypeError's text since 3.13, so a
 * handler printing it sees the suggestion (tests/cases/py/keyword_argument_suggestions.py).
 */

/** The cost of an insertion, a deletion or a substitution by another letter. */
const EDIT = 2;
/** The cost of substituting a letter by itself in the other case. */
const CASE = 1;
/** Longer names (after their common ends are trimmed) are never suggested. */
const MAX_LENGTH = 40;
/** More candidates than this are not searched. */
const MAX_CANDIDATES = 750;

function substitution(a: string, b: string): number {
  if (a === b) return 0;
  return a.toLowerCase() === b.toLowerCase() && /[a-z]/i.test(a) ? CASE : EDIT;
}

/** The distance from `a` to `b`, or `max + 1` as soon as it is known to exceed `max`. */
function distance(a: string, b: string, max: number): number {
  if (a === b) return 0;
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  let s = a.slice(start, endA);
  let t = b.slice(start, endB);
  if (s.length === 0 || t.length === 0) return (s.length + t.length) * EDIT;
  if (s.length > MAX_LENGTH || t.length > MAX_LENGTH) return max + 1;
  if (t.length < s.length) [s, t] = [t, s];
  if ((t.length - s.length) * EDIT > max) return max + 1;
  // One row of the edit matrix, updated in place: row[i] is the cost of t[:j] → s[:i + 1].
  const row: number[] = [];
  for (let i = 0; i < s.length; i++) row.push((i + 1) * EDIT);
  let result = 0;
  for (let j = 0; j < t.length; j++) {
    let diagonal = j * EDIT;
    result = diagonal;
    let minimum = Infinity;
    for (let i = 0; i < s.length; i++) {
      const substitute = diagonal + substitution(t[j]!, s[i]!);
      diagonal = row[i]!;
      result = Math.min(Math.min(result, diagonal) + EDIT, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > max) return max + 1;
  }
  return result;
}

/** The candidate CPython suggests for the mistyped `name`, if any. */
export function suggestName(name: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  if (list.length >= MAX_CANDIDATES) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of list) {
    if (c === name) continue;
    const max = Math.min(Math.floor(((name.length + c.length + 3) * EDIT) / 6), bestDistance - 1);
    const d = distance(name, c, max);
    if (d > max) continue;
    if (best === undefined || d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** `got an unexpected keyword argument 'k'`, with CPython's suggestion among `candidates` when it has one. */
export function unexpectedKeyword(k: string, candidates: Iterable<string>): string {
  const s = suggestName(k, candidates);
  return s === undefined ? `got an unexpected keyword argument '${k}'` : `got an unexpected keyword argument '${k}'. Did you mean '${s}'?`;
}
