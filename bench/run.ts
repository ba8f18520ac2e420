/**
 * `npm run bench`: the engine against real runtimes, one line per benchmark:
 *   NAME: engine X ms, reference Y ms, ratio Z
 * plus the engine's event throughput (events per second with recording on).
 *
 * References: JS programs run in this machine's Node (timed inside the process, so
 * start-up is excluded); Python programs run in this machine's native CPython (python3,
 * timed inside the process) and, for python-eager, in CPython 3.14 through pyodide
 * (3.11 has no eager_task_factory). promisio cannot be installed here, so the promisio
 * model is timed against nothing: its line says so. Targets (issue 2): js ≤ 10× Node;
 * python ≤ 1× CPython asyncio.
 */
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { runProgram } from '../src/engine/engine';
import type { ModelName } from '../src/engine/names';

const DIR = fileURLToPath(new URL('./programs/', import.meta.url));
const read = (f: string) => readFileSync(join(DIR, f), 'utf8');
const REPEAT = 3;

function best(f: () => number): number {
  let b = Infinity;
  for (let i = 0; i < REPEAT; i++) b = Math.min(b, f());
  return b;
}

function engineMs(source: string, lang: 'py' | 'js', model: ModelName): { ms: number; stdout: string[] } {
  let stdout: string[] = [];
  const ms = best(() => {
    const t = performance.now();
    const r = runProgram(source, { lang, model, recordEvents: false });
    const d = performance.now() - t;
    if (r.error) throw new Error(`${model}: ${r.error}`);
    stdout = r.stdout;
    return d;
  });
  return { ms, stdout };
}

function eventsPerSecond(source: string, lang: 'py' | 'js', model: ModelName): { count: number; perSec: number } {
  const t = performance.now();
  const r = runProgram(source, { lang, model, recordEvents: true });
  const d = performance.now() - t;
  return { count: r.events.length, perSec: r.events.length / (d / 1000) };
}

function nodeMs(source: string): number {
  const dir = mkdtempSync(join(tmpdir(), 'bench-'));
  const file = join(dir, 'p.mjs');
  writeFileSync(file, source);
  const runner = `const t = performance.now(); await import(${JSON.stringify('file://' + file)}); process.stderr.write('BENCH_MS ' + (performance.now() - t) + '\\n');`;
  return best(() => {
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', runner], { encoding: 'utf8' });
    const m = /BENCH_MS ([\d.]+)/.exec(r.stderr);
    if (!m) throw new Error(`node reference failed: ${r.stderr}`);
    return Number(m[1]);
  });
}

function cpythonMs(source: string): { ms: number; version: string } | undefined {
  const wrapped = `import time as _t, sys as _s\n_t0 = _t.perf_counter()\nexec(compile(${JSON.stringify(source)}, 'bench', 'exec'), {'__name__': '__main__'})\n_s.stderr.write('BENCH_MS %f\\n' % ((_t.perf_counter() - _t0) * 1000))\n`;
  const version = spawnSync('python3', ['-c', 'import sys; print(sys.version.split()[0])'], { encoding: 'utf8' });
  if (version.status !== 0) return undefined;
  const ms = best(() => {
    const r = spawnSync('python3', ['-c', wrapped], { encoding: 'utf8' });
    const m = /BENCH_MS ([\d.]+)/.exec(r.stderr);
    if (!m) throw new Error(`python3 reference failed: ${r.stderr}`);
    return Number(m[1]);
  });
  return { ms, version: `CPython ${version.stdout.trim()} (native)` };
}

async function pyodideMs(source: string, eager: boolean): Promise<number> {
  // Pyodide has no sockets, so asyncio's selector loop cannot run there: use the oracle
  // harness's virtual-time loop (tests/oracle/pyodide_harness.py), which keeps asyncio's
  // own _run_once and only skips the waiting.
  const { loadPyodide } = await import('pyodide');
  const py = (await loadPyodide()) as unknown as { runPython(s: string): unknown; globals: { set(k: string, v: unknown): void } };
  py.runPython(readFileSync(fileURLToPath(new URL('../tests/oracle/pyodide_harness.py', import.meta.url)), 'utf8'));
  py.globals.set('SRC', source);
  py.globals.set('EAGER', eager);
  return best(() =>
    Number(py.runPython('import time\n_t0 = time.perf_counter()\nrun_program(SRC, EAGER)\n(time.perf_counter() - _t0) * 1000')),
  );
}

function line(name: string, engine: number, ref: number | undefined, refName: string): void {
  const refText = ref === undefined ? 'reference n/a' : `reference ${ref.toFixed(1)} ms`;
  const ratio = ref === undefined ? 'ratio n/a' : `ratio ${(engine / ref).toFixed(2)}`;
  console.log(`${name}: engine ${engine.toFixed(1)} ms, ${refText}, ${ratio}  [${refName}]`);
}

async function main(): Promise<void> {
  console.log(`Node ${process.version}; best of ${REPEAT} runs each\n`);
  for (const f of ['await_chain.js', 'many_promises.js']) {
    const src = read(f);
    const e = engineMs(src, 'js', 'js');
    line(`js/${f}`, e.ms, nodeMs(src), `Node ${process.version}`);
  }
  for (const f of ['await_chain.py', 'many_tasks.py']) {
    const src = read(f);
    const e = engineMs(src, 'py', 'python');
    const ref = cpythonMs(src);
    line(`python/${f}`, e.ms, ref?.ms, ref?.version ?? 'no python3 here');
    const eager = engineMs(src, 'py', 'python-eager');
    line(`python-eager/${f}`, eager.ms, await pyodideMs(src, true), 'CPython 3.14.2 in pyodide (WebAssembly) with eager_task_factory');
    const promisio = engineMs(src.replace('asyncio.run(main())', 'await main()'), 'py', 'promisio');
    line(`promisio/${f}`, promisio.ms, undefined, 'promisio cannot be installed here');
  }
  console.log('');
  for (const [f, lang, model] of [
    ['await_chain.js', 'js', 'js'],
    ['await_chain.py', 'py', 'python'],
  ] as const) {
    const ev = eventsPerSecond(read(f), lang, model);
    console.log(`events ${model}/${f}: ${ev.count} events, ${Math.round(ev.perSec).toLocaleString('en-US')} events/s`);
  }
}

await main();
