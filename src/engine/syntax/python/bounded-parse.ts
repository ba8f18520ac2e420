/**
 * Lezer's parse with a bound on its error recovery.
 *
 * `@lezer/python` repairs a broken text rather than failing, and on text that is far from
 * Python (a JavaScript file pasted into the Python editor, a fuzzer's mangling) the repair
 * explores many stacks: 2–3 KB took 0.3–0.6 s, and a pasted 100 KB file would hold the
 * worker for many seconds before the first syntax error could be named (issue 10). Past
 * RECOVERY_MS the parse is redone in Lezer's strict mode, which stops at the first token
 * no rule accepts: a valid program (merely large) still gets its tree, a broken one gets
 * CPython's generic `invalid syntax` at that token instead of a refined message.
 */
import { parser } from '@lezer/python';
import type { Tree } from '@lezer/common';
import { syntaxError, offsetToPos } from '../../errors';

const RECOVERY_MS = 150;
const strictParser = parser.configure({ strict: true });

/** A deadline shared by the several parses of one `parsePython` call. */
export function parseDeadline(): number {
  return performance.now() + RECOVERY_MS;
}

export function boundedParse(text: string, deadline: number): Tree {
  const parse = parser.startParse(text);
  for (;;) {
    const tree = parse.advance();
    if (tree) return tree;
    if (performance.now() > deadline) return strictParse(text);
  }
}

function strictParse(text: string): Tree {
  try {
    return strictParser.parse(text);
  } catch (e) {
    // Lezer's strict mode reports `No parse at <offset>`.
    const at = e instanceof SyntaxError ? /No parse at (\d+)/.exec(e.message) : null;
    if (!at) throw e;
    throw syntaxError('invalid syntax', offsetToPos(text, Number(at[1])));
  }
}
