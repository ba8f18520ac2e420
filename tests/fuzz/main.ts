/**
 * `npm run fuzz -- --count N --seed S [--workers W] [--front-ends both|own] [--progress K] [--deadline S] [--from I] [--save]`:
 * mutate the conformance corpus and our own cases, run every input under both front-ends
 * (or, with `own`, only under the language of the program it was mutated from) and all
 * four models in worker threads, and report how the runs ended (every K inputs, with
 * `--progress K`, and at the end). A fault (see classify.ts) fails the run; with
 * `--save` each distinct fault is minimised and kept under tests/fuzz/crashers/, where
 * crashers.test.ts turns it into a regression test.
 *
 * The watchdog: each worker is a child process with a heap limit and each input a deadline;
 * an input that outlives it or kills its worker is a `hang` / `memory` (or `internal`)
 * fault, and the worker is replaced. Workers used to be threads: V8's fatal errors (an
 * array past its largest length, "invalid array length Allocation failed") abort the whole
 * process, threads and all, so the fuzzer died without naming the input (issue 10, seed
 * 10002 near input 140,000). A child process dies alone.
 *
 * Interrupted (Ctrl-C, SIGTERM), a run stops feeding inputs, drops the ones in flight and
 * reports the inputs it finished, with their faults, as a completed run would.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism, loadavg } from 'node:os';
import { nodeBundle } from '../../build/node-bundle';
import { mutate, rng } from './mutate';
import { loadSeeds, type Seed } from './seeds';
import { minimise } from './minimise';
import type { Classified, Fault } from './classify';
import type { FuzzJob } from './worker';
import { MODEL_NAMES, type Lang, type ModelName } from '../../src/engine/names';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const CRASHERS = join(HERE, 'crashers');
const JOB_DEADLINE_MS = 30_000;
const WORKER_HEAP_MB = 2048;

interface Options {
  count: number;
  seed: number;
  workers: number;
  save: boolean;
  /**
   * 'both': every input under both front-ends (the other language's front-end sees a
   * program pasted into the wrong editor); 'own': only under its seed's language, about
   * twice as many inputs per second (the Python front-end's error recovery on JavaScript
   * text is the most expensive part of an input).
   */
  frontEnds?: 'both' | 'own';
  /** Print a summary line every this many inputs (0: only at the end). */
  progress?: number;
  /** The watchdog's deadline per input (default JOB_DEADLINE_MS); a loaded machine needs more. */
  deadlineMs?: number;
  /** The index of the first input (default 0): rerun the part of a run where a fault was. */
  from?: number;
  /** Stop early: the inputs finished so far are the run. */
  signal?: AbortSignal;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = {
    count: 1000,
    seed: 1,
    workers: Math.max(1, Math.min(availableParallelism(), 4)),
    save: false,
    frontEnds: 'both',
    progress: 0,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => Number(argv[++i]);
    if (a === '--count') opts.count = next();
    else if (a === '--seed') opts.seed = next();
    else if (a === '--workers') opts.workers = next();
    else if (a === '--save') opts.save = true;
    else if (a === '--progress') opts.progress = next();
    else if (a === '--deadline') opts.deadlineMs = next() * 1000;
    else if (a === '--from') opts.from = next();
    else if (a === '--front-ends') {
      const v = argv[++i];
      if (v !== 'both' && v !== 'own') throw new Error('--front-ends takes both or own');
      opts.frontEnds = v;
    } else if (a !== '--')
      throw new Error(
        `unknown option ${a} (use --count N --seed S [--workers W] [--front-ends both|own] [--progress K] [--deadline S] [--from I] [--save])`,
      );
  }
  if (!Number.isInteger(opts.count) || opts.count < 1) throw new Error('--count takes a positive whole number');
  if (opts.deadlineMs !== undefined && !(opts.deadlineMs > 0)) throw new Error('--deadline takes a number of seconds');
  if (opts.from !== undefined && !(Number.isInteger(opts.from) && opts.from >= 0)) throw new Error('--from takes a whole number');
  return opts;
}

/** Input i of a run is a pure function of (seed, i): any input can be regenerated alone. */
export function inputOf(seeds: Seed[], seed: number, i: number): string {
  return fuzzInput(seeds, seed, i).text;
}

/** Input i and the language of the seed program it was mutated from. */
export function fuzzInput(seeds: Seed[], seed: number, i: number): { text: string; lang: Lang } {
  const r = rng((seed * 0x9e3779b1 + i * 0x85ebca6b) >>> 0);
  const base = seeds[Math.floor(r() * seeds.length)] as Seed;
  return { text: mutate(base.text, r, () => (seeds[Math.floor(r() * seeds.length)] as Seed).text).text, lang: base.lang };
}

/**
 * The worker thread's program (worker.ts with the engine), bundled once per process
 * (build/node-bundle.ts). Each worker used to register tsx and compile the engine's TypeScript
 * itself (about 3 CPU-s per worker, and again for every worker the watchdog replaced). Not
 * minified: fault messages and stacks keep their names.
 */
function workerBundle(): string {
  return nodeBundle(join(HERE, 'worker.ts'), { minify: false });
}

interface Slot {
  worker: ChildProcess;
  /** Which run the worker is in: [front-end (0 py, 1 js), model index (-1 parsing)] (worker.ts noteRun). */
  inFlight: [number, number];
  /** The end of the worker's stderr, which holds V8's message when it aborts. */
  stderrTail: string;
  job?: FuzzJob;
  timer?: NodeJS.Timeout;
}

export async function fuzz(
  opts: Options,
  onProgress?: (finished: number, outcomes: Record<string, number>, faults: Fault[], cpuSeconds: number) => void,
): Promise<{ inputs: number; outcomes: Record<string, number>; faults: (Fault & { source: string })[]; cpuSeconds: number }> {
  const seeds = loadSeeds();
  const outcomes: Record<string, number> = {};
  const faults: (Fault & { source: string })[] = [];
  const first = opts.from ?? 0;
  let next = first;
  let finished = 0;
  // CPU time of this process and of every worker (each reports its own total with each answer;
  // a lost worker's last report stays counted).
  const workerCpu = new Map<ChildProcess, number>();
  const cpuSeconds = () => {
    const own = process.cpuUsage();
    let micros = own.user + own.system;
    for (const c of workerCpu.values()) micros += c;
    return micros / 1e6;
  };

  await new Promise<void>((resolveAll) => {
    const stop = () => {
      for (const s of slots) {
        clearTimeout(s.timer);
        s.job = undefined;
        s.worker.kill('SIGKILL');
      }
      resolveAll();
    };
    const spawn = (slot: Partial<Slot>): Slot => {
      // fd 3 is the message channel; fd 4 a pipe the worker notes each run on, synchronously,
      // so the note is out before any fatal abort (worker.ts).
      const worker = fork(workerBundle(), [], {
        execArgv: [`--max-old-space-size=${WORKER_HEAP_MB}`],
        stdio: ['ignore', 'inherit', 'pipe', 'ipc', 'pipe'],
      });
      const s = slot as Slot;
      s.worker = worker;
      s.inFlight = [0, -1];
      s.stderrTail = '';
      worker.stdio[4]?.on('data', (chunk: Buffer) => {
        const n = chunk.length;
        if (n >= 2) s.inFlight = [chunk[n - 2] as number, (chunk[n - 1] as number) - 1];
      });
      worker.stderr?.on('data', (chunk: Buffer) => {
        process.stderr.write(chunk);
        s.stderrTail = (s.stderrTail + chunk.toString()).slice(-4000);
      });
      worker.on('message', (msg: Classified & { id: number; cpuMicros: number }) => {
        workerCpu.set(worker, msg.cpuMicros);
        if (s.worker !== worker) return;
        clearTimeout(s.timer);
        const job = s.job as FuzzJob;
        s.job = undefined;
        for (const [k, n] of Object.entries(msg.outcomes)) outcomes[k] = (outcomes[k] ?? 0) + n;
        for (const f of msg.faults) faults.push({ ...f, source: job.source });
        done();
        feed(s);
      });
      // 'close': after the pipes are drained, so the last run noted is in s.inFlight.
      worker.on('close', (code, signal) => {
        if (s.worker !== worker || !s.job) return;
        const fatal = s.stderrTail.match(/FATAL ERROR:[^\n]*|Fatal JavaScript[^\n]*/)?.[0];
        const kind: Fault['kind'] = /out of memory|invalid array length|heap limit/i.test(s.stderrTail) ? 'memory' : 'internal';
        lost(s, kind, fatal ?? `worker exited (${signal ?? `code ${code}`})`);
      });
      return s;
    };
    const lost = (s: Slot, kind: Fault['kind'], message: string) => {
      clearTimeout(s.timer);
      const job = s.job;
      s.job = undefined;
      s.worker.kill('SIGKILL');
      if (job) {
        const frontEnd: Lang = s.inFlight[0] === 1 ? 'js' : 'py';
        const modelIndex = s.inFlight[1];
        const model = MODEL_NAMES[Math.max(0, modelIndex)] as ModelName;
        const during = modelIndex < 0 ? ` while the ${frontEnd} front-end parsed it` : '';
        faults.push({ kind, frontEnd, model, message: `worker lost${during}: ${message}`, source: job.source });
        console.log(`fuzz: input ${job.id} of seed ${opts.seed} lost its worker (${kind}): ${message}`);
        done();
      }
      if (finished < opts.count && !opts.signal?.aborted) {
        spawn(s);
        feed(s);
      }
    };
    const done = () => {
      finished++;
      if (opts.progress && finished % opts.progress === 0 && finished < opts.count) onProgress?.(finished, outcomes, faults, cpuSeconds());
      if (finished === opts.count) stop();
    };
    const feed = (s: Slot) => {
      if (next >= first + opts.count || opts.signal?.aborted) return;
      const input = fuzzInput(seeds, opts.seed, next);
      const job: FuzzJob = { id: next, source: input.text, ...(opts.frontEnds === 'own' ? { frontEnd: input.lang } : {}) };
      next++;
      s.job = job;
      s.inFlight = [job.frontEnd === 'js' ? 1 : 0, -1];
      const deadline = opts.deadlineMs ?? JOB_DEADLINE_MS;
      s.timer = setTimeout(() => lost(s, 'hang', `no answer within ${deadline / 1000} s`), deadline);
      s.worker.send(job);
    };
    const slots: Slot[] = [];
    for (let w = 0; w < opts.workers; w++) slots.push(spawn({}));
    for (const s of slots) feed(s);
    opts.signal?.addEventListener('abort', stop, { once: true });
  });
  return { inputs: finished, outcomes, faults, cpuSeconds: cpuSeconds() };
}

function signature(f: Fault): string {
  return `${f.kind}|${f.message
    .replace(/\(\d+:\d+\)/g, '')
    .replace(/\d+/g, 'N')
    .slice(0, 120)}`;
}

function summarise(
  opts: Options,
  inputs: number,
  seconds: number,
  cpuSeconds: number,
  outcomes: Record<string, number>,
  faults: Fault[],
): void {
  const runs = Object.values(outcomes).reduce((a, b) => a + b, 0) + faults.length;
  const shape = opts.frontEnds === 'own' ? "its seed's front-end × 4 models" : '2 front-ends × 4 models';
  // CPU time, every worker's included: on a shared machine the wall-clock rate says more
  // about the load than about the fuzzer.
  console.log(
    `fuzz: ${inputs} inputs, ${runs} runs (${shape} each) in ${seconds.toFixed(1)} s — ${(inputs / seconds).toFixed(0)} inputs/s, ${cpuSeconds.toFixed(1)} CPU-s (${(inputs / cpuSeconds).toFixed(0)} inputs per CPU-second), seed ${opts.seed}, ${opts.workers} workers, load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  console.log(
    `outcomes: ${Object.entries(outcomes)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
}

async function main() {
  const interrupted = new AbortController();
  const opts = { ...parseArgs(process.argv.slice(2)), signal: interrupted.signal };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => interrupted.abort());
  const started = performance.now();
  let reported = 0;
  const { inputs, outcomes, faults, cpuSeconds } = await fuzz(opts, (finished, soFar, faultsSoFar, cpuSoFar) => {
    summarise(opts, finished, (performance.now() - started) / 1000, cpuSoFar, soFar, faultsSoFar);
    console.log(`faults so far: ${faultsSoFar.length}`);
    // A long run saves at its end: name each new fault as it comes, so it can be looked at
    // (and the run interrupted with Ctrl-C, which still saves) without waiting hours.
    for (const f of faultsSoFar.slice(reported))
      console.log(`  new: ${f.kind} under ${f.frontEnd}/${f.model}: ${f.message.split('\n')[0]}`);
    reported = faultsSoFar.length;
  });
  if (interrupted.signal.aborted) console.log(`interrupted after ${inputs} of ${opts.count} inputs`);
  summarise(opts, inputs, (performance.now() - started) / 1000, cpuSeconds, outcomes, faults);
  const distinct = new Map<string, Fault & { source: string }>();
  for (const f of faults) if (!distinct.has(signature(f))) distinct.set(signature(f), f);
  console.log(`faults: ${faults.length} (${distinct.size} distinct)`);
  for (const f of distinct.values()) {
    console.log(`  ${f.kind} under ${f.frontEnd}/${f.model}: ${f.message.split('\n')[0]}`);
    if (opts.save) {
      const source = f.kind === 'internal' || f.kind === 'recursion' ? minimise(f.source, f) : f.source;
      const name = `${f.kind}-${f.frontEnd}-${f.model}-${createHash('sha1').update(source).digest('hex').slice(0, 10)}.json`;
      mkdirSync(CRASHERS, { recursive: true });
      writeFileSync(
        join(CRASHERS, name),
        `${JSON.stringify({ kind: f.kind, frontEnd: f.frontEnd, model: f.model, message: f.message.split('\n')[0], source }, null, 2)}\n`,
      );
      console.log(`    saved tests/fuzz/crashers/${name}`);
    }
  }
  console.log(`${inputs - new Set(faults.map((f) => f.source)).size} passed, ${new Set(faults.map((f) => f.source)).size} failed`);
  process.exitCode = faults.length > 0 ? 1 : 0;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e) => {
    console.error(`fuzz: ${e instanceof Error ? e.message : String(e)}`);
    process.exitCode = 2;
  });
}
