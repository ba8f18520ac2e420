/**
 * Helpers several test files share, to compare what the engine produced with what a real
 * runtime or a hand-written shape says.
 */

/** The oracle replaced object addresses in messages with `at 0x...` (tests/conformance/README.md). */
export function hideAddresses(s: string): string;
export function hideAddresses(s: string | null): string | null;
export function hideAddresses(s: string | null): string | null {
  return s === null ? null : s.replace(/ at 0x[0-9a-fA-F]+/g, ' at 0x...');
}

/**
 * A program's stderr lines as the engine and the real runtime can both have them: the stack
 * frames and tracebacks a runtime writes there name its own files (Node's `    at ...` lines;
 * CPython's `Traceback (most recent call last):` / `Call stack:` headers and their indented
 * frame, code and caret lines, as logging's "--- Logging error ---" report has them), so
 * every indented line and those two headers are left out, on both sides alike.
 */
export function comparableStderr(lines: readonly string[]): string[] {
  return lines
    .filter((l) => !/^\s/.test(l) && l !== 'Traceback (most recent call last):' && l !== 'Call stack:')
    .map((l) => hideAddresses(l));
}

/** Drop every `loc` so IR shapes can be compared structurally. */
export function stripLocs<T>(value: T): T {
  // A JS function's sourceText is positional too: a slice of the program (Function.prototype.toString).
  return JSON.parse(JSON.stringify(value, (k, v) => (k === 'loc' || k === 'sourceText' ? undefined : v)));
}

/** The value, or a failing test when there is none (an index or a lookup that found nothing). */
export function defined<T>(v: T | undefined, what = 'a value'): T {
  if (v === undefined) throw new Error(`expected ${what}, found undefined`);
  return v;
}
