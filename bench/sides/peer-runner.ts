/**
 * The in-process interpreters `npm run bench` compares the engine with, each in a process of
 * its own (argv[2] names it), kept alive (warm):
 *  - sval: a JavaScript interpreter written in JavaScript (sandbox mode; its async functions
 *    use the host's promises, so its microtasks and timers are Node's own);
 *  - quickjs: QuickJS compiled to WebAssembly (quickjs-emscripten), with a timer heap in
 *    JavaScript inside it (QuickJS has no setTimeout) that the loop here drives between
 *    microtask drains, as an event loop's timers phase does;
 *  - pyodide: CPython 3.14 in WebAssembly with bench/sides/cpython_runner.py's virtual loop
 *    (pyodide has no selector loop), lazy or eager tasks.
 * A request is {"source", "eager"}; the interval covers running the program to its end.
 */
import { createInterface } from 'node:readline';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';
import Sval from 'sval';
import { newQuickJSWASMModule, type QuickJSWASMModule } from 'quickjs-emscripten';

interface PeerRequest {
  source: string;
  eager?: boolean;
}
type Answer = { ms: number; cpu: number; stdout: string[] } | { error: string };

const cpuSince = (from: NodeJS.CpuUsage) => {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
};

async function runSval(req: PeerRequest): Promise<Answer> {
  const stdout: string[] = [];
  let done: Promise<unknown> | undefined;
  const sval = new Sval({ ecmaVer: 'latest', sourceType: 'script', sandBox: true });
  sval.import({
    console: { log: (...args: unknown[]) => stdout.push(args.join(' ')) },
    __done: (p: Promise<unknown>) => (done = p),
  });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  // A script has no top-level await: the program is the body of an async function.
  sval.run(`__done((async () => {\n${req.source}\n})());`);
  await done;
  return { ms: performance.now() - t0, cpu: cpuSince(c0), stdout };
}

/** setTimeout inside QuickJS: a binary heap keyed by (due, seq); `__tick` runs the next timer. */
const QUICKJS_TIMERS = `
const heap = [];
let seq = 0, now = 0;
const before = (a, b) => a.due < b.due || (a.due === b.due && a.seq < b.seq);
globalThis.setTimeout = (fn, ms, ...args) => {
  const t = { due: now + Math.max(1, ms | 0), seq: seq++, fn, args };
  let i = heap.push(t) - 1;
  while (i > 0) { const p = (i - 1) >> 1; if (!before(heap[i], heap[p])) break; [heap[i], heap[p]] = [heap[p], heap[i]]; i = p; }
  return t.seq;
};
globalThis.__tick = () => {
  if (heap.length === 0) return false;
  const top = heap[0], last = heap.pop();
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l], heap[m])) m = l;
      if (r < heap.length && before(heap[r], heap[m])) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  }
  if (top.due > now) now = top.due;
  top.fn(...top.args);
  return true;
};
`;

let quickjs: QuickJSWASMModule | undefined;

async function runQuickJS(req: PeerRequest): Promise<Answer> {
  quickjs ??= await newQuickJSWASMModule();
  const stdout: string[] = [];
  const runtime = quickjs.newRuntime();
  runtime.setMemoryLimit(-1);
  const ctx = runtime.newContext();
  try {
    const log = ctx.newFunction('log', (...args) => void stdout.push(args.map((a) => String(ctx.dump(a))).join(' ')));
    const consoleObj = ctx.newObject();
    ctx.setProp(consoleObj, 'log', log);
    ctx.setProp(ctx.global, 'console', consoleObj);
    log.dispose();
    consoleObj.dispose();
    ctx.unwrapResult(ctx.evalCode(QUICKJS_TIMERS)).dispose();
    const tick = ctx.getProp(ctx.global, '__tick');
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const main = ctx.unwrapResult(ctx.evalCode(`(async () => {\n${req.source}\n})()`));
    for (;;) {
      const jobs = runtime.executePendingJobs(-1);
      if (jobs.error) throw new Error(String(ctx.dump(jobs.error)));
      const more = ctx.unwrapResult(ctx.callFunction(tick, ctx.undefined));
      const again = ctx.dump(more) as boolean;
      more.dispose();
      if (!again) break;
    }
    const ms = performance.now() - t0;
    const cpu = cpuSince(c0);
    const state = ctx.getPromiseState(main);
    main.dispose();
    tick.dispose();
    if (state.type !== 'fulfilled') return { error: `quickjs: the program did not finish (${state.type})` };
    return { ms, cpu, stdout };
  } finally {
    try {
      ctx.dispose();
      runtime.dispose();
    } catch (e) {
      // QuickJS aborts when a runtime with 100k tasks' worth of cycles is freed
      // (`Assertion failed: list_empty(&rt->gc_obj_list)`); the module is unusable after an
      // abort, so the next run starts a new one. The measured interval had ended.
      if (!(e instanceof Error && e.message.includes('Aborted'))) throw e;
      quickjs = undefined;
    }
  }
}

type Pyodide = { runPython(code: string): unknown; globals: { get(name: string): unknown } };
let pyodide: Pyodide | undefined;

async function runPyodide(req: PeerRequest): Promise<Answer> {
  if (!pyodide) {
    const { loadPyodide } = await import('pyodide');
    pyodide = (await loadPyodide()) as unknown as Pyodide;
    pyodide.runPython(readFileSync(fileURLToPath(new URL('./cpython_runner.py', import.meta.url)), 'utf8'));
  }
  const run = pyodide.globals.get('run_json') as (json: string) => string;
  // The CPU figure is this process's, as for sval and QuickJS: inside pyodide,
  // time.process_time is emscripten's clock(), which reads wall time since start-up and
  // fails ("the processor time used is not available") once that passes 2**31 µs.
  const c0 = process.cpuUsage();
  const answer = JSON.parse(run(JSON.stringify({ src: req.source, loop: 'virtual', eager: !!req.eager }))) as Answer;
  const cpu = cpuSince(c0);
  return 'error' in answer ? answer : { ...answer, cpu };
}

const peer = process.argv[2];
const runners: Record<string, (req: PeerRequest) => Promise<Answer>> = { sval: runSval, quickjs: runQuickJS, pyodide: runPyodide };
const runPeer = runners[peer ?? ''];
if (!runPeer) throw new Error(`unknown peer ${peer}`);
const packageName: Record<string, string> = { sval: 'sval', quickjs: 'quickjs-emscripten', pyodide: 'pyodide' };
// Read from the file: not every package exports its package.json.
const pkg = JSON.parse(
  readFileSync(fileURLToPath(new URL(`../../node_modules/${packageName[peer!]}/package.json`, import.meta.url)), 'utf8'),
) as {
  version: string;
};
process.stdout.write(JSON.stringify({ version: `${packageName[peer!]} ${pkg.version}` }) + '\n');
for await (const line of createInterface({ input: process.stdin })) {
  let answer: Answer;
  try {
    answer = await runPeer(JSON.parse(line) as PeerRequest);
  } catch (e) {
    answer = { error: `${peer}: ${e instanceof Error ? e.message : String(e)}` };
  }
  process.stdout.write(JSON.stringify(answer) + '\n');
}
