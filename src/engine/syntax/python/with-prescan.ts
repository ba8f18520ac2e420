/**
 * A same-length rewrite of the source for Lezer: the `as` of a `with` item.
 *
 * @lezer/python's grammar reads a with item as `test (as VariableName)?`, so the forms
 * CPython accepts since 3.9 (Grammar/python.gram `with_stmt`, `with_item`) fail to parse:
 * a parenthesised item list (`with (open(a) as f, open(b) as g):`) and any target other
 * than a plain name (`as (x, y)`, `as self.conn`, `as d[k]`). In Lezer's copy every `as`
 * keyword of a with header is spelled `, ` (same length, so every offset is unchanged);
 * Lezer then sees a plain comma-separated list of expressions, and the with lowering
 * (with.ts) regroups it using the offsets recorded here: the element before a masked comma
 * is the context expression, the element after it the target. `as` binds looser than any
 * expression operator in a with item, exactly as `,` does, so the split is always the one
 * CPython's grammar makes.
 *
 * The header scan knows just enough of the lexical grammar to find the header's end (the
 * first `:` outside brackets) without being fooled by strings, comments or nested brackets.
 */
import type { SyntaxNode, Tree } from '@lezer/common';
import { SameLengthEdits } from './same-length-edits';
import { walkTree } from './cursor';

export interface WithMask {
  text: string;
  /** Offsets of the masked `as` keywords (now a `,` in Lezer's copy). */
  asAt: Set<number>;
}

/** The index after a string literal whose opening quote is at `i` (prefixes are harmless here). */
export function skipString(src: string, i: number): number {
  const quote = src[i]!;
  const triple = src.startsWith(quote.repeat(3), i);
  let j = i + (triple ? 3 : 1);
  while (j < src.length) {
    const c = src[j]!;
    if (c === '\\') {
      j += 2;
      continue;
    }
    if (triple ? src.startsWith(quote.repeat(3), j) : c === quote) return j + (triple ? 3 : 1);
    if (!triple && c === '\n') return j;
    j++;
  }
  return j;
}

const WORD = /[\w]/;

/** Mask the `as` keywords of the with header that starts right after offset `from`. */
function maskHeader(src: string, from: number, out: SameLengthEdits, asAt: Set<number>): void {
  let depth = 0;
  let j = from;
  while (j < src.length) {
    const c = src[j]!;
    if (c === '"' || c === "'") {
      j = skipString(src, j);
      continue;
    }
    if (c === '#') {
      while (j < src.length && src[j] !== '\n') j++;
      continue;
    }
    if (c === '\\' && src[j + 1] === '\n') {
      j += 2;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (depth === 0 && (c === '\n' || (c === ':' && src[j + 1] !== '='))) return;
    else if (c === 'a' && src[j + 1] === 's' && !WORD.test(src[j - 1] ?? ' ') && !WORD.test(src[j + 2] ?? ' ')) {
      if (!asAt.has(j)) {
        out.set(j, ',');
        out.set(j + 1, ' ');
        asAt.add(j);
      }
      j += 2;
      continue;
    } else if (WORD.test(c)) {
      // Skip the rest of a word, so `class_` or `alias` never yields an `as`.
      while (j < src.length && WORD.test(src[j]!)) j++;
      continue;
    }
    j++;
  }
}

/** Does `node` hold an error node between `from` and `to`? */
export function hasError(node: SyntaxNode, from: number, to: number): boolean {
  let found = false;
  walkTree(node, (c) => {
    if (found || c.to < from || c.from > to) return false;
    if (c.type.isError) found = true;
    return !found;
  });
  return found;
}

/**
 * Mask every with header of `tree` (parsed from `text`). A header Lezer could not parse may
 * hide later with statements, so the caller parses again until no new `as` is found.
 */
export function maskWithAs(text: string, tree: Tree, asAt: Set<number>): WithMask | null {
  // No `with` keyword, no with statement: the tree need not be walked.
  if (!text.includes('with')) return null;
  const out = new SameLengthEdits();
  const before = asAt.size;
  walkTree(tree, (n) => {
    if (n.name !== 'WithStatement') return;
    const keyword = n.node.getChild('with');
    if (!keyword) return;
    // A header Lezer parsed (`with a as b, c:`) needs no second parse.
    const body = n.node.getChild('Body');
    if (body && !hasError(n.node, keyword.to, body.from)) return;
    maskHeader(text, keyword.to, out, asAt);
  });
  return asAt.size === before ? null : { text: out.apply(text), asAt };
}
