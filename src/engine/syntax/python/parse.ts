/**
 * `parsePython(source)`: `@lezer/python` concrete tree → IR Program.
 *
 * Two passes: syntax-errors.ts first finds the earliest problem (Lezer repairs rather
 * than fails, so the tree must be checked before it is trusted), then the statements
 * are lowered in source order with the scope stack of context.ts, which also raises
 * CPython's compile-time errors (`'return' outside function`, ...).
 *
 * The grammar still knows Python 2's `print x` statement: its tokenizer turns `print`
 * followed by anything but `(`/`.`/end of line into a keyword, which breaks valid
 * Python 3 such as `print = log` or `print, x = a, b`. Lezer is therefore given a copy
 * of the source where every `print` word is spelled `pr1nt` (same length, so every
 * offset is unchanged); all text — names, strings, comments — is read from the real
 * source. A syntax error right after a statement-initial `print` gets CPython's
 * "Missing parentheses" message back. Likewise an f-string format spec starting with `=`
 * is masked in Lezer's copy (fstring-prescan.ts), and so are the `as` of a with item
 * (with-prescan.ts) and empty brackets in case patterns (match-prescan.ts).
 */
import type { Program } from '../../ir/nodes';
import { isHostStackOverflow, syntaxError, type EngineError } from '../../errors';
import { kids } from './cursor';
import { PyContext } from './context';
import { findSyntaxError } from './syntax-errors';
import { lowerStatements } from './statements';
import { maskFormatSpecEquals } from './fstring-prescan';
import { withoutBom } from '../bom';
import { maskWithAs } from './with-prescan';
import { boundedParse, parseDeadline } from './bounded-parse';
import { checkNesting } from './nesting';
import { maskEmptyPatternBrackets } from './match-prescan';

const PRINT_WORD = /(?<![\w.])print(?!\w)/g;

/**
 * The backslash of a two-character escape (`\n`, `\t`, `\x`...) that directly follows
 * another one. Lezer makes one `Escape` node per escape, ~2.4 µs each: a 100,000-escape
 * string literal (a fuzz input, a pasted file) took 0.25–0.6 s to parse (issue 10). The
 * front-end decodes escapes from the real source, never from those nodes (literals.ts), so
 * Lezer's copy spells each such backslash `x`. Where the string ends cannot move: the
 * backslash replaced is followed by a letter or digit (not a quote, newline, backslash or
 * brace; `\N{...}` is left alone) and preceded by one, so it is neither half of `\\`.
 * Outside a string the first backslash of the run is kept, so the syntax error stays there.
 */
const CHAINED_ESCAPE = /(?<=\\[A-MO-Za-z0-9])\\(?=[A-MO-Za-z0-9])/g;

export function parsePython(input: string): Program {
  try {
    return parseText(input);
  } catch (e) {
    if (isHostStackOverflow(e))
      throw syntaxError('maximum recursion depth exceeded during compilation', { line: 1, col: 0 }, 'RecursionError');
    throw e;
  }
}

function parseText(input: string): Program {
  const source = withoutBom(input);
  const tooDeep = checkNesting(source);
  if (tooDeep) throw tooDeep;
  let text = maskFormatSpecEquals(source.replace(PRINT_WORD, 'pr1nt')).replace(CHAINED_ESCAPE, 'x');
  const deadline = parseDeadline();
  let tree = boundedParse(text, deadline);
  const withAs = new Set<number>();
  const emptyBrackets = new Set<number>();
  // Each pass can uncover statements that a header Lezer could not parse had hidden.
  for (let pass = 0; pass < 8; pass++) {
    const masked = maskWithAs(text, tree, withAs)?.text ?? text;
    const next = maskEmptyPatternBrackets(masked, tree, emptyBrackets) ?? masked;
    if (next === text) break;
    text = next;
    tree = boundedParse(text, deadline);
  }
  const cx = new PyContext(source, withAs, emptyBrackets);
  const problem = findSyntaxError(tree.topNode, cx.src);
  if (problem) throw legacyPrint(cx, problem) ?? problem;
  const body = lowerStatements(cx, kids(tree.topNode));
  return {
    kind: 'Program',
    lang: 'py',
    body,
    hasTopLevelAwait: cx.hasTopLevelAwait,
    ...(cx.warnings.length > 0 ? { warnings: cx.warnings } : {}),
    loc: cx.src.locOf(0, source.length),
  };
}

/** `print "x"`: the Python 2 statement, reported as CPython 3 does. */
function legacyPrint(cx: PyContext, problem: EngineError): EngineError | undefined {
  if (!problem.bare.startsWith('invalid syntax') || problem.line === 0) return undefined;
  const lineStart = cx.src.lineStart(problem.line);
  const before = cx.src.slice(lineStart, lineStart + problem.col);
  const match = /^(\s*)print\s*$/.exec(before) ?? /^(\s*)(print)\s+\S/.exec(cx.src.slice(lineStart, lineStart + problem.col + 1));
  if (!match) return undefined;
  return syntaxError("Missing parentheses in call to 'print'. Did you mean print(...)?", {
    line: problem.line,
    col: match[1]!.length,
  });
}
