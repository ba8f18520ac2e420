/**
 * A second CPython oracle: native interpreters (3.12, 3.13) run a program with real threads
 * and real time, through native_harness.py. Pyodide (the main oracle, pyodide-oracle.ts) has
 * no threads, so programs that use `asyncio.to_thread` / `run_in_executor` are checked here.
 * Real time means only stdout and the uncaught error are compared (no virtual time), and a
 * program must leave every race a margin (tens of milliseconds) to be deterministic.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface NativeOutcome {
  stdout: string[];
  error: string | null;
  version: string;
}

/** The native interpreters the suite uses, when this machine has them. */
export const NATIVE_PYTHONS: Record<string, string> = {
  '3.12': '/root/.pyenv/versions/3.12.1/bin/python3',
  '3.13': '/root/.pyenv/versions/3.13.0/bin/python3',
};

export function hasNativePython(version: string): boolean {
  const p = NATIVE_PYTHONS[version];
  return p !== undefined && existsSync(p);
}

const HARNESS = fileURLToPath(new URL('./native_harness.py', import.meta.url));

export function runInNativeCPython(version: string, source: string, opts: { eager?: boolean } = {}): NativeOutcome {
  const python = NATIVE_PYTHONS[version];
  if (python === undefined) throw new Error(`no native CPython ${version} is known`);
  const r = spawnSync(python, [HARNESS, opts.eager ? '1' : '0'], { input: source, encoding: 'utf8', timeout: 60_000 });
  if (r.status !== 0) throw new Error(`native CPython ${version} failed: ${r.stderr || r.error}`);
  const o = JSON.parse(r.stdout.trim().split('\n').pop()!) as NativeOutcome;
  return { stdout: o.stdout, error: o.error ?? null, version: o.version };
}
