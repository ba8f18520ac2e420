/**
 * The real-CPython oracle: CPython 3.14 through the `pyodide` npm package (offline).
 * `runInCPython(source, { eager })` runs a program with pyodide_harness.py and returns
 * its outcome in the conformance shape. promisio cannot be installed here, so programs
 * that import it are not runnable (`importsPromisio`).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface CPythonOutcome {
  stdout: string[];
  error: string | null;
  error_at: number | null;
  warnings: string[];
  /** What the program wrote to sys.stderr (logging, print(file=sys.stderr)). */
  stderr: string[];
  /** stdout and stderr in one, in the order written (as a terminal shows them). */
  combined: string[];
  virtual_time: number;
  mode: 'repl' | 'script';
}

type Pyodide = { runPython(code: string): unknown; globals: { get(name: string): unknown } };

let loading: Promise<Pyodide> | undefined;

async function pyodide(): Promise<Pyodide> {
  if (!loading) {
    loading = (async () => {
      const { loadPyodide } = await import('pyodide');
      const py = (await loadPyodide()) as unknown as Pyodide;
      const harness = readFileSync(fileURLToPath(new URL('./pyodide_harness.py', import.meta.url)), 'utf8');
      py.runPython(harness);
      return py;
    })();
  }
  return loading;
}

let tracing: Promise<Pyodide> | undefined;

/** The same interpreter with the sys.monitoring probes of pyodide_trace.py installed. */
async function tracingPyodide(): Promise<Pyodide> {
  if (!tracing) {
    tracing = (async () => {
      const py = await pyodide();
      py.runPython(readFileSync(fileURLToPath(new URL('./pyodide_trace.py', import.meta.url)), 'utf8'));
      return py;
    })();
  }
  return tracing;
}

type HarnessCall = (src: string, eager: boolean, prelude: string | undefined) => { toJs(o: object): unknown; destroy(): void };

/**
 * `contextvars.Context().run(fn, ...)`: every program starts in an empty context, as a new
 * process does. The programs share one interpreter, so a ContextVar that one of them set
 * would otherwise still hold its value in the next one's context. Called from here rather
 * than from a Python wrapper, which would be one more Python frame below every program (the
 * recursion-depth cases count them: src/engine/runtime/call-stack.ts).
 */
function inFreshContext(py: Pyodide, fn: HarnessCall, ...args: Parameters<HarnessCall>): ReturnType<HarnessCall> {
  const context = py.runPython('__import__("contextvars").Context()') as { run(...a: unknown[]): ReturnType<HarnessCall>; destroy(): void };
  try {
    return context.run(fn, ...args);
  } finally {
    context.destroy();
  }
}

export interface CPythonTrace extends CPythonOutcome {
  /** The lane trace, `name#k start|suspend|resume|return|raise` (src/engine/events/trace.ts). */
  trace: string[];
}

/** Run a program as runInCPython does, recording the lane trace of its own coroutines. */
export async function traceInCPython(source: string, opts: { eager?: boolean; prelude?: string } = {}): Promise<CPythonTrace> {
  const py = await tracingPyodide();
  const run = py.globals.get('trace_program') as (
    src: string,
    eager: boolean,
    prelude: string | undefined,
  ) => { toJs(o: object): unknown; destroy(): void };
  const proxy = inFreshContext(py, run, source, !!opts.eager, opts.prelude);
  const js = proxy.toJs({ dict_converter: Object.fromEntries }) as CPythonTrace;
  proxy.destroy();
  return { ...js, error: js.error ?? null, error_at: js.error_at ?? null };
}

export function importsPromisio(source: string): boolean {
  return /^\s*(from\s+promisio\s+import|import\s+promisio)/m.test(source);
}

export async function runInCPython(source: string, opts: { eager?: boolean; prelude?: string } = {}): Promise<CPythonOutcome> {
  const py = await pyodide();
  const run = py.globals.get('run_program') as (
    src: string,
    eager: boolean,
    prelude: string | undefined,
  ) => { toJs(o: object): unknown; destroy(): void };
  const proxy = inFreshContext(py, run, source, !!opts.eager, opts.prelude);
  const js = proxy.toJs({ dict_converter: Object.fromEntries }) as CPythonOutcome;
  proxy.destroy();
  // Python None arrives as undefined; the expectations use null.
  return { ...js, error: js.error ?? null, error_at: js.error_at ?? null };
}

export interface CPythonSyntaxError {
  type: string;
  msg: string;
  line: number;
  /** CPython's 1-based column. */
  offset: number;
}

/** Compile a program as CPython compiles a file; its SyntaxError, or null when it compiles. */
export async function compileInCPython(source: string): Promise<CPythonSyntaxError | null> {
  const py = await pyodide();
  const compileError = py.globals.get('compile_error') as (src: string) => { toJs(o: object): unknown; destroy(): void } | undefined;
  const proxy = compileError(source);
  if (!proxy) return null;
  const js = proxy.toJs({ dict_converter: Object.fromEntries }) as CPythonSyntaxError;
  proxy.destroy();
  return js;
}
