/**
 * The lane-trace comparisons (issue 7): each run is one program under one model in the
 * engine, against the trace a real runtime reports for the text that runtime runs — Node 20
 * (tests/oracle/node-trace-oracle.ts) for `js`, CPython 3.14 with sys.monitoring
 * (tests/oracle/pyodide_trace.py) for `python` and `python-eager`. A snippet run under the
 * other language's model is compared with the real runtime running its line-by-line twin
 * with the shim prelude (tests/conformance/README.md): twins keep the function names.
 *
 * promisio cannot be installed here: its traces are checked for their shape only.
 */
import { expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { runProgram } from '../../src/engine/engine';
import { formatTraceEntry, laneTrace } from '../../src/engine/api';
import type { Lang, ModelName } from '../../src/engine/api';
import { SHIM_ASYNCIO_JS, SHIM_JS_PY } from '../../src/engine/shims';
import { traceInNode } from '../oracle/node-trace-oracle';
import { importsPromisio, traceInCPython } from '../oracle/pyodide-oracle';
import { detectJsMode } from '../../src/engine/syntax/index';

const DIR = fileURLToPath(new URL('.', import.meta.url));

export interface Program {
  source: string;
  lang: Lang;
  /** A prelude (a shim) run first, with its name. */
  prelude?: { source: string; lang: Lang; name: string };
  /** JavaScript under `js`: run as Node runs a CommonJS script (default: an ES module). */
  jsMode?: 'commonjs';
}

export interface TraceRun {
  /** `FILE under MODEL`, as the test names it and the allow-list lists it. */
  id: string;
  model: ModelName;
  /** What the engine runs. */
  engine: Program;
  /** What the real runtime runs (the same text, or the twin with its shim); undefined: not comparable. */
  real?: Program;
  /** Why there is no real run, when there is none. */
  noReal?: string;
}

/** shims/js.py imports promisio, which cannot be installed: a twin that never uses Promise runs without that line. */
const SHIM_JS_PY_WITHOUT_PROMISIO = SHIM_JS_PY.replace(/^from promisio import .*\n/m, '');

/** The Python prelude CPython can run for a twin, or why it cannot run it. */
export function pythonShimFor(twin: string, shim: string): { source: string } | { reason: string } {
  if (!/^from promisio import .*$/m.test(shim)) return { source: shim };
  if (/\bPromise\b/.test(twin)) return { reason: 'the twin uses Promise (shims/js.py → promisio, not installable here)' };
  return { source: shim.replace(/^from promisio import .*\n/m, '') };
}

export const SHIMS = { asyncioJs: SHIM_ASYNCIO_JS, jsPy: SHIM_JS_PY, jsPyWithoutPromisio: SHIM_JS_PY_WITHOUT_PROMISIO };

/** The engine's trace lines (and its stdout, shown when a comparison fails). */
export function engineTrace(p: Program, model: ModelName): { trace: string[]; stdout: string[]; error: string | null } {
  const r = runProgram(p.source, { lang: p.lang, model, prelude: p.prelude, jsMode: p.jsMode ?? 'module' });
  if (r.eventsTruncated) throw new Error('the recording was truncated');
  return { trace: laneTrace(r.events).map(formatTraceEntry), stdout: r.stdout, error: r.error };
}

const cache = new Map<string, Promise<{ trace: string[]; stdout: string[] }>>();

/** The real runtime's trace for a run (cached: cross-language runs share their twin's real run). */
export function realTrace(p: Program, model: ModelName): Promise<{ trace: string[]; stdout: string[] }> {
  const key = JSON.stringify([model, p.source, p.prelude?.source ?? null, p.jsMode ?? 'module']);
  let hit = cache.get(key);
  if (!hit) {
    hit =
      model === 'js'
        ? Promise.resolve(traceInNode(p.source, p.prelude?.source, 20_000, p.jsMode ?? 'module'))
        : traceInCPython(p.source, { eager: model === 'python-eager', prelude: p.prelude?.source });
    cache.set(key, hit);
  }
  return hit;
}

interface AllowEntry {
  run: string;
  reason: string;
  /** The real runtime's trace itself varies from run to run (an address-dependent order): the run is skipped, not expected to fail. */
  nondeterministic?: boolean;
}
const allowed = new Map((JSON.parse(readFileSync(join(DIR, 'allow-list.json'), 'utf8')).entries as AllowEntry[]).map((e) => [e.run, e]));

/** Whether a Python program can run in the CPython oracle at all. */
export function cpythonCanRun(p: Program): string | undefined {
  if (importsPromisio(p.source)) return 'the program imports promisio (not installable here)';
  return undefined;
}

/** One test per run: the engine's trace equals the real one, event for event (a failure shows both outputs). */
export function defineTraceTest(run: TraceRun): void {
  const body = async () => {
    const engine = engineTrace(run.engine, run.model);
    if (run.model === 'promisio' || !run.real) {
      expectWellFormed(engine.trace);
      return;
    }
    let real = await realTrace(run.real, run.model);
    // Node's timers are real: on a loaded machine two close deadlines can swap, which shows in
    // the printed output (checked by the output suites). Such a run is repeated, up to twice.
    for (let i = 0; i < 2 && run.model === 'js' && JSON.stringify(real.stdout) !== JSON.stringify(engine.stdout); i++) {
      real = traceInNode(run.real.source, run.real.prelude?.source, 20_000, run.real.jsMode ?? 'module');
    }
    const outputs = `engine stdout: ${JSON.stringify(engine.stdout)}\nreal stdout:   ${JSON.stringify(real.stdout)}`;
    expect(engine.trace, outputs).toEqual(real.trace);
  };
  const entry = allowed.get(run.id);
  // A hang guard, not a timing: unbounded await recursion under promisio (no stack grows; each
  // level is a task) runs to the 1 GB heap cap and records ~6 million events, 22 s on an idle
  // two-core machine, and it timed out at 60 s on a loaded one.
  const timeout = 180_000;
  if (entry?.nondeterministic) it.skip(`${run.id} [known difference: ${entry.reason}]`, body);
  else if (entry) it.fails(`${run.id} [known difference: ${entry.reason}]`, body, timeout);
  else it(run.id, body, timeout);
}

/**
 * A trace's shape (what the definitions imply, checked where no runtime can be asked):
 * each invocation starts first, alternates suspend/resume, and completes at most once,
 * not while suspended.
 */
export function expectWellFormed(trace: string[]): void {
  const state = new Map<string, string>();
  for (const line of trace) {
    const [inv = '', ev] = line.split(' ');
    const s = state.get(inv);
    const ok =
      ev === 'start'
        ? s === undefined
        : ev === 'suspend'
          ? s === 'running'
          : ev === 'resume'
            ? s === 'suspended'
            : s === 'running' && (ev === 'return' || ev === 'raise');
    expect(ok, `${line} after ${s ?? 'nothing'}`).toBe(true);
    state.set(inv, ev === 'start' || ev === 'resume' ? 'running' : ev === 'suspend' ? 'suspended' : 'done');
  }
}

/** The same run as Node runs a CommonJS script, when Node would run the text that way (`node file.js`). */
export function commonjsTwin(run: TraceRun): TraceRun[] {
  if (run.model !== 'js' || !run.real || run.engine.lang !== 'js') return [];
  const text = run.engine.prelude ? `${run.engine.prelude.source}\n${run.engine.source}` : run.engine.source;
  if (detectJsMode(text).mode !== 'commonjs') return [];
  return [
    {
      ...run,
      id: `${run.id} (commonjs)`,
      engine: { ...run.engine, jsMode: 'commonjs' },
      real: { ...run.real, jsMode: 'commonjs' },
    },
  ];
}

/** How many (program, model) traces were compared with a real runtime in this file (reported at the end). */
export function countCompared(runs: TraceRun[]): number {
  return runs.filter((r) => r.model !== 'promisio' && r.real).length;
}
