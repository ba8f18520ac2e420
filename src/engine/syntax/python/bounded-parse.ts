/**
 * Lezer's parse with a bound on its error recovery.
 *
 * `@lezer/python` repairs a broken text rather than failing, and on text that is far from
 * Python (a JavaScript file pasted into the Python editor, a fuzzer's mangling) the repair
 * explores many stacks: 2–3 KB took 0.3–0.6 s, and a pasted 100 KB file would hold the
 * worker for many seconds before the first syntax error could be named (issue 10). Past
 * RECOVERY_MS the text is parsed in Lezer's strict mode, which stops at the first token no
 * rule accepts: a valid program (merely large) still gets its tree, and a text that is
 * still being repaired after HARD_LIMIT_MS gets CPython's generic `invalid syntax` at that
 * token instead of a refined message.
 */
import { parser } from '@lezer/python';
import type { Tree } from '@lezer/common';
import { syntaxError, offsetToPos } from '../../errors';

const RECOVERY_MS = 150;
/** Past this the text is treated as hopeless: no valid program comes near it. */
const HARD_LIMIT_MS = 2_000;
const strictParser = parser.configure({ strict: true });

/** A deadline shared by the several parses of one `parsePython` call. */
export function parseDeadline(): number {
  return performance.now() + RECOVERY_MS;
}

/**
 * Past the deadline a strict parse is tried: a valid program gets its tree at once. When
 * the strict parse fails, the text may still be valid Python that only Lezer's recovery
 * accepts (a bare `yield`, `1.`: see syntax-errors.ts), so the recovering parse goes on,
 * up to HARD_LIMIT_MS, before the strict parse's position is reported. The outcome thus
 * depends on the machine's speed only for text that takes seconds to repair.
 */
export function boundedParse(text: string, deadline: number): Tree {
  const parse = parser.startParse(text);
  let strictError: Error | undefined;
  for (;;) {
    const tree = parse.advance();
    if (tree) return tree;
    const now = performance.now();
    if (strictError === undefined && now > deadline) {
      try {
        return strictParser.parse(text);
      } catch (e) {
        strictError = invalidAt(text, e);
      }
    }
    if (strictError && now > deadline - RECOVERY_MS + HARD_LIMIT_MS) throw strictError;
  }
}

function invalidAt(text: string, e: unknown): Error {
  // Lezer's strict mode reports `No parse at <offset>`.
  const at = e instanceof SyntaxError ? /No parse at (\d+)/.exec(e.message) : null;
  if (!at) throw e;
  return syntaxError('invalid syntax', offsetToPos(text, Number(at[1])));
}
