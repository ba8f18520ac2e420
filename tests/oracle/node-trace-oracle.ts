/**
 * The real-Node lane-trace oracle: runs the program instrumented by js-trace-transform.ts
 * (synchronous probes only, so every tick is the original program's) under Node 20 with
 * node-trace-hook.cjs, as runInNode runs it, and returns the outcome and the lane trace.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { instrumentForTrace } from './js-trace-transform';
import type { NodeMode } from './node-oracle';

const TRACE_HOOK = fileURLToPath(new URL('./node-trace-hook.cjs', import.meta.url));
const CAPTURE_HOOK = fileURLToPath(new URL('./node-capture-hook.mjs', import.meta.url));
const CAPTURE_HOOK_CJS = fileURLToPath(new URL('./node-capture-hook.cjs', import.meta.url));

export interface NodeTrace {
  trace: string[];
  stdout: string[];
  status: number | null;
  stderr: string;
}

/** `mode` as runInNode's: an ES module (program.mjs) or a CommonJS script (program.cjs). */
export function traceInNode(source: string, prelude?: string, timeoutMs = 20_000, mode: NodeMode = 'module'): NodeTrace {
  const text = prelude ? `${prelude}\n${source}` : source;
  const instrumented = instrumentForTrace(text, prelude ? prelude.length + 1 : 0, mode);
  const dir = mkdtempSync(join(tmpdir(), 'async-lanes-trace-'));
  const file = join(dir, mode === 'module' ? 'program.mjs' : 'program.cjs');
  const out = join(dir, 'trace.txt');
  writeFileSync(file, instrumented);
  try {
    // The probes first, so that their uncaughtException listener runs before the capture hook exits.
    const capture = mode === 'module' ? ['--import', CAPTURE_HOOK] : ['--require', CAPTURE_HOOK_CJS];
    const r = spawnSync(process.execPath, ['--require', TRACE_HOOK, ...capture, file], {
      encoding: 'utf8',
      timeout: timeoutMs,
      env: { ...process.env, ASYNC_LANES_TRACE: out },
    });
    const stdout = r.stdout.split('\n');
    if (stdout[stdout.length - 1] === '') stdout.pop();
    const trace = existsSync(out)
      ? readFileSync(out, 'utf8')
          .split('\n')
          .filter((l) => l !== '')
      : [];
    return { trace, stdout, status: r.status, stderr: r.stderr };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
