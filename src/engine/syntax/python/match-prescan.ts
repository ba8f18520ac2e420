/**
 * A same-length rewrite of the source for Lezer: empty brackets in `case` patterns.
 *
 * @lezer/python's pattern grammar wants at least one pattern between brackets, so a class
 * pattern without arguments (`case Point():`, `case int() | float():`) and the empty
 * sequence and mapping patterns (`case []:`, `case ():`, `case {}:`) fail to parse. In
 * Lezer's copy each such `()`, `[]` or `{}` of a case pattern is spelled `__` (same
 * length): `Point()` reads as the capture `Point__`, `[]` as the capture `__`. The match
 * lowering (match.ts) turns a capture or dotted name that ends at a recorded offset back
 * into the pattern the source says. The guard (`if ...`) is left alone, and only patterns
 * Lezer could not parse are masked.
 */
import type { Tree } from '@lezer/common';
import { hasError, skipString } from './with-prescan';
import { SameLengthEdits } from './same-length-edits';
import { walkTree } from './cursor';

const PAIRS: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
const WORD = /\w/;

/** Mask the empty brackets of the case pattern that starts right after offset `from`. */
function maskCase(src: string, from: number, out: SameLengthEdits, at: Set<number>): void {
  let depth = 0;
  let j = from;
  while (j < src.length) {
    const c = src[j]!;
    if (c === '"' || c === "'") {
      j = skipString(src, j);
      continue;
    }
    if (c === '#') return;
    const close = PAIRS[c];
    if (close !== undefined && src[j + 1] === close) {
      out.set(j, '_');
      out.set(j + 1, '_');
      at.add(j);
      j += 2;
      continue;
    }
    if (close !== undefined) depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === ':' || c === '\n')) return;
    else if (depth === 0 && c === 'i' && src[j + 1] === 'f' && !WORD.test(src[j - 1] ?? ' ') && !WORD.test(src[j + 2] ?? ' ')) return;
    j++;
  }
}

/** Mask every case pattern of `tree` (parsed from `text`); null when nothing new was masked. */
export function maskEmptyPatternBrackets(text: string, tree: Tree, at: Set<number>): string | null {
  // No `case` keyword, no case clause: the tree need not be walked.
  if (!text.includes('case')) return null;
  const out = new SameLengthEdits();
  const before = at.size;
  walkTree(tree, (n) => {
    if (n.name !== 'MatchClause') return;
    const keyword = n.node.firstChild;
    if (keyword?.name !== 'case') return;
    // A pattern Lezer parsed needs no second parse.
    const end = n.node.getChild('Guard') ?? n.node.getChild('Body');
    if (end && !hasError(n.node, keyword.to, end.from)) return;
    maskCase(text, keyword.to, out, at);
  });
  return at.size === before ? null : out.apply(text);
}
