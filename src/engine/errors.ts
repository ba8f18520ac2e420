/**
 * The one place that turns a problem with the user's program into a message.
 *
 * Every engine-level error (syntax, unsupported construct, budget, internal) is an
 * EngineError whose message ends with `(line:col)` — line 1-based, column 0-based,
 * exactly as acorn formats its own SyntaxErrors — so the UI and the CLI can show it
 * and put a marker in the editor without parsing prose.
 *
 * Errors raised *by the user's program* (a Python `ValueError`, a JS `TypeError`)
 * are not EngineErrors: they are values thrown inside the interpreter (see
 * src/engine/runtime) and end the run as `Type: message`, as the real runtimes print.
 */

export type EngineErrorKind =
  | 'syntax' // the parser rejected the text
  | 'unsupported' // valid syntax that the engine does not implement (named, never skipped)
  | 'budget' // the step budget ran out (an infinite loop, an endless microtask chain)
  | 'recursion' // host stack exhausted despite the interpreter's own depth limit
  | 'cancelled' // the caller cancelled the run
  | 'internal'; // a bug in the engine: reported, never a crash

export interface SourcePos {
  line: number;
  col: number;
}

export class EngineError extends Error {
  readonly kind: EngineErrorKind;
  readonly line: number;
  readonly col: number;
  /** The message without the trailing position. */
  readonly bare: string;

  /** For a syntax error, the runtime's class for it: `SyntaxError`, or CPython's `TabError` / `IndentationError`. */
  constructor(kind: EngineErrorKind, bare: string, pos: SourcePos | undefined, syntaxClass = 'SyntaxError') {
    const line = pos?.line ?? 0;
    const col = pos?.col ?? 0;
    super(pos ? `${bare} (${line}:${col})` : bare);
    this.name = kind === 'syntax' ? syntaxClass : 'EngineError';
    this.kind = kind;
    this.line = line;
    this.col = col;
    this.bare = bare;
  }
}

/**
 * A budget error that reached the code doing the work at `pos` without a position (a native's
 * or an operator's: they count their work with `Budget.charge` and know no position) is
 * placed there; anything else passes unchanged. `set(range(10**7))` stopped with a message
 * that had no position, where a loop's ended with `(line:col)` (issue 10).
 */
export function placeBudgetError(e: unknown, pos: SourcePos | undefined): unknown {
  return e instanceof EngineError && e.kind === 'budget' && e.line === 0 && pos !== undefined ? new EngineError(e.kind, e.bare, pos) : e;
}

/** Attach a position to a message: the helper every front-end and the interpreter use. */
export function errorAt(kind: EngineErrorKind, message: string, pos: SourcePos | undefined): EngineError {
  return new EngineError(kind, message, pos);
}

export function syntaxError(
  message: string,
  pos: SourcePos,
  syntaxClass?: 'IndentationError' | 'TabError' | 'RecursionError' | 'RangeError',
): EngineError {
  return new EngineError('syntax', message, pos, syntaxClass);
}

export function unsupported(construct: string, pos: SourcePos | undefined): EngineError {
  return new EngineError('unsupported', `Unsupported: ${construct}`, pos);
}

/**
 * A front-end ran out of host stack on deeply nested text: reported as the runtime reports
 * nesting too deep for its compiler (CPython: RecursionError during compilation; V8:
 * RangeError), never as an engine crash (issue 10).
 */
export function isHostStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack|stack space/i.test(e.message);
}

/** Convert a 0-based character offset into a 1-based line and 0-based column. */
export function offsetToPos(source: string, offset: number): SourcePos {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, source.length);
  for (let i = 0; i < end; i++) {
    if (source.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, col: end - lineStart };
}
