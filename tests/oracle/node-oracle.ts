/**
 * The real-Node oracle: runs a JavaScript program (optionally with a prelude prepended
 * as text, as the conformance oracle did) in a child Node process and reports stdout, the
 * uncaught error and Node's warnings in the conformance shape, and what the program itself
 * wrote to stderr (console.error, process.stderr.write), without stack frames (`    at ...`
 * lines, which name Node's files and this run's temporary path).
 *
 * Node's two ways of running a file: `mode: 'module'` (the default, as the conformance
 * oracle ran every program) writes program.mjs, `mode: 'commonjs'` writes program.cjs —
 * what `node file.js` does with a file that has no "type": "module" package.json.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HOOK = fileURLToPath(new URL('./node-capture-hook.mjs', import.meta.url));
const HOOK_CJS = fileURLToPath(new URL('./node-capture-hook.cjs', import.meta.url));
const MARK = '\u0001ORACLE ';
/** The capture hook's mark on the later lines of a warning Node wrote (its detail). */
const CONTINUED = '\u0001WARNING ';

/**
 * Lines of Node's stderr that are not the program's own: the hook's report and marks, Node's
 * warnings, stack frames, and V8's report of an exception thrown inside a promise rejection
 * callback (printed by Node's C++ with its code frame, up to the exception's line, when a
 * rejection overflows the stack: `Exception in PromiseRejectCallback:`).
 */
function programStderr(lines: readonly string[]): string[] {
  const own: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line === 'Exception in PromiseRejectCallback:') {
      while (i + 1 < lines.length && !/^\w*Error\b/.test(lines[i + 1]!)) i++;
      i++;
      if (lines[i + 1] === '') i++;
      continue;
    }
    if (
      line.startsWith(MARK) ||
      line.startsWith(CONTINUED) ||
      line.startsWith('(Use `node --trace') ||
      /^\(node:\d+\) /.test(line) ||
      /^\s+at /.test(line)
    )
      continue;
    own.push(line);
  }
  return own;
}

export interface NodeOutcome {
  stdout: string[];
  error: string | null;
  error_kind: string | null;
  warnings: string[];
  /** The program's own stderr lines: not the hook's report, not Node's warnings, no stack frames. */
  stderr: string[];
  status: number | null;
}

export type NodeMode = 'commonjs' | 'module';

export function runInNode(source: string, prelude?: string, timeoutMs = 20_000, mode: NodeMode = 'module'): NodeOutcome {
  const dir = mkdtempSync(join(tmpdir(), 'async-lanes-node-'));
  const file = join(dir, mode === 'module' ? 'program.mjs' : 'program.cjs');
  writeFileSync(file, prelude ? `${prelude}\n${source}` : source);
  try {
    // A CommonJS entry gets the hook by --require: --import would route it through the ESM loader.
    const hook = mode === 'module' ? ['--import', HOOK] : ['--require', HOOK_CJS];
    const r = spawnSync(process.execPath, [...hook, file], { encoding: 'utf8', timeout: timeoutMs });
    const stdout = r.stdout.split('\n');
    if (stdout[stdout.length - 1] === '') stdout.pop();
    let error: string | null = null;
    let errorKind: string | null = null;
    const warnings: string[] = [];
    const stderr: string[] = [];
    const lines = r.stderr.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    // Exit status 13: Node's report of the unsettled top-level await (its text, a code frame) ends stderr.
    const tla =
      r.status === 13 && mode === 'module' ? lines.findIndex((l) => l.startsWith('Warning: Detected unsettled top-level await')) : -1;
    if (tla >= 0) lines.length = tla;
    stderr.push(...programStderr(lines));
    for (const line of lines) {
      if (line.startsWith(MARK)) {
        const rec = JSON.parse(line.slice(MARK.length));
        error = rec.error;
        errorKind = rec.kind;
      } else {
        // Node's own warnings, without the `(node:PID) ` prefix (tests/conformance/README.md).
        const warning = /^\(node:\d+\) (.*)$/.exec(line)?.[1];
        if (warning !== undefined && !/^\(Use `node --trace/.test(warning)) warnings.push(warning);
      }
    }
    // Exit status 13: the module was still suspended at a top-level await when the loop emptied.
    if (r.status === 13 && mode === 'module') warnings.push('Warning: Detected unsettled top-level await');
    return { stdout, error, error_kind: errorKind, warnings, stderr, status: r.status };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * stdout and stderr in one, in the order the program wrote them, as a terminal shows them:
 * both go to one file (Node writes to a file synchronously). What is not the program's own
 * (`programStderr`) is left out, as `runInNode` leaves it out of `stderr`.
 */
export function runInNodeCombined(source: string, mode: NodeMode = 'module', timeoutMs = 20_000): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'async-lanes-node-'));
  const file = join(dir, mode === 'module' ? 'program.mjs' : 'program.cjs');
  const outFile = join(dir, 'out.txt');
  writeFileSync(file, source);
  const fd = openSync(outFile, 'w');
  try {
    const hook = mode === 'module' ? ['--import', HOOK] : ['--require', HOOK_CJS];
    spawnSync(process.execPath, [...hook, file], { stdio: ['ignore', fd, fd], timeout: timeoutMs });
    closeSync(fd);
    const lines = readFileSync(outFile, 'utf8').split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    return programStderr(lines);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
