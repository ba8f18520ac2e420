/**
 * JavaScript front-end entry point: acorn parses, the handlers in this folder lower the
 * ESTree AST to the shared IR (src/engine/ir/nodes.ts).
 *
 * The text is parsed as an ES module (`sourceType: 'module'`, the default), as the conformance
 * oracle ran every JS program (`node FILE.mjs`): strict mode, and `await` allowed at top level;
 * or as a script (`node FILE.js`, CommonJS: src/engine/syntax/js/mode.ts), where top-level
 * `await`, `import` and `export` are syntax errors, as Node reports them.
 *
 * Conventions the interpreter relies on (things the IR types alone do not say):
 *   - Every `Stmt[]` body that came from a JS `{ ... }` (if/else branches, loop bodies, try,
 *     catch and finally blocks, function bodies) is flattened into the parent's Stmt[] and is
 *     its own lexical scope for let/const/class/function declarations. A free-standing block
 *     is a Block node. All cases of one Switch share ONE scope (the spec's CaseBlock).
 *   - A single-statement loop/if body (`if (x) f();`) becomes a one-element Stmt[].
 *   - Optional chains are marked with `optional` on each `?.` link and `chainEnd` on the
 *     outermost link (see Member.chainEnd in nodes.ts).
 *   - The identifier `undefined` in expression position is an UndefinedLit; binding or
 *     assigning `undefined` anywhere is reported unsupported, so that stays correct.
 *   - Labels: a label on a loop, a block or a switch is stored on that node; any other
 *     labelled statement, or two labels on one statement, is reported unsupported.
 */

import { parse as acornParse, type Program as AcornProgram } from 'acorn';
import { isHostStackOverflow, syntaxError } from '../../errors';
import type { Program } from '../../ir/nodes';
import { LowerContext, hasUseStrict } from './context';
import { lowerStatements } from './statements';
import { withoutBom } from '../bom';
import { inV8Words } from './v8-messages';

/** acorn's SyntaxError carries `loc` and ends its message with ` (line:col)`. */
interface AcornSyntaxError extends SyntaxError {
  loc?: { line: number; column: number };
  pos?: number;
}

const TRAILING_POSITION = / \(\d+:\d+\)$/;
/** A script that begins with the "use strict" directive (after comments it may not: close enough for a message's wording). */
const USE_STRICT = /^\s*(['"])use strict\1/;

function parseAcorn(source: string, sourceType: 'module' | 'script'): AcornProgram {
  try {
    return acornParse(source, {
      ecmaVersion: 'latest',
      sourceType,
      locations: true,
      // A CommonJS file is the body of Node's module wrapper function: `return` ends it (a
      // syntax error in an ES module).
      allowReturnOutsideFunction: sourceType === 'script',
    });
  } catch (err) {
    const e = err as AcornSyntaxError;
    if (e instanceof SyntaxError && e.loc) {
      // Single-source the `(line:col)` suffix: strip acorn's and let syntaxError() add it.
      const bare = e.message.replace(TRAILING_POSITION, '');
      if (/stack space/.test(bare)) throw tooDeep();
      const strict = sourceType === 'module' || USE_STRICT.test(source);
      const v8 = inV8Words({ message: bare, pos: e.pos ?? 0, line: e.loc.line, col: e.loc.column }, source, sourceType, strict);
      throw syntaxError(v8.message, { line: v8.line, col: v8.col });
    }
    if (isHostStackOverflow(err)) throw tooDeep();
    throw err;
  }
}

/** Nesting deeper than the host stack allows: V8 fails such a script with this RangeError. */
function tooDeep() {
  return syntaxError('Maximum call stack size exceeded', { line: 1, col: 0 }, 'RangeError');
}

export function parseJs(text: string, sourceType: 'module' | 'script' = 'module'): Program {
  const source = withoutBom(text);
  const ast = parseAcorn(source, sourceType);
  const cx = new LowerContext();
  cx.source = source;
  cx.strict = sourceType === 'module' || hasUseStrict(ast.body);
  let body: ReturnType<typeof lowerStatements>;
  try {
    // An ES module's imports are bound before its body runs (imports.ts).
    const imports = ast.body.filter((n) => n.type === 'ImportDeclaration');
    body = lowerStatements(cx, imports.length === 0 ? ast.body : [...imports, ...ast.body.filter((n) => n.type !== 'ImportDeclaration')]);
  } catch (e) {
    if (isHostStackOverflow(e)) throw tooDeep();
    throw e;
  }
  const program: Program = {
    kind: 'Program',
    lang: 'js',
    body,
    hasTopLevelAwait: cx.hasTopLevelAwait,
    loc: cx.loc(ast),
  };
  if (!cx.strict) program.sloppy = true;
  return program;
}
