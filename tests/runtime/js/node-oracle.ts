/**
 * Runs a JS snippet twice — in the engine (js model) and in the real Node running these
 * tests (as an ES module, `node --input-type=module`) — so every expectation comes from
 * Node itself, never from the test author's reasoning.
 *
 * Stack frame lines (`    at ...`) are dropped from both outputs: Node prints real
 * frames, the engine one synthetic `    at <anonymous>` frame (documented in
 * src/engine/runtime/js/builtins/errors.ts).
 */
import { execFileSync } from 'node:child_process';
import { runProgram } from '../../../src/engine/engine';

export interface Outcome {
  stdout: string[];
  error: string | null;
}

const FRAME = /^\s+at /;

function clean(lines: string[]): string[] {
  return lines.filter((l) => !FRAME.test(l));
}

/** Errors are printed by the snippet itself (try/catch) or surface as the run's error. */
export function runInNode(source: string): Outcome {
  const hook = `process.on('uncaughtException', (e) => { console.log('\\u0001ERR ' + (e instanceof Error ? (e.message ? e.name + ': ' + e.message : e.name) : String(e))); process.exit(0); });\n`;
  const out = execFileSync(process.execPath, ['--input-type=module', '-e', hook + source], {
    encoding: 'utf8',
    env: { ...process.env, TZ: 'UTC' },
  });
  const lines = out.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let error: string | null = null;
  const last = lines[lines.length - 1];
  if (last?.startsWith('\u0001ERR ')) {
    error = last.slice(5);
    lines.pop();
  }
  return { stdout: clean(lines), error };
}

export function runInEngine(source: string): Outcome {
  const r = runProgram(source, { lang: 'js', model: 'js', recordEvents: false, budget: 5_000_000 });
  return { stdout: clean(r.stdout), error: r.error };
}
