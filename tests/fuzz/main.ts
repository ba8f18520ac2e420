/**
 * `npm run fuzz -- --count N --seed S [--workers W] [--save]`: mutate the conformance corpus
 * and our own cases, run every input under both front-ends and all four models in worker
 * threads, and report how the runs ended. A fault (see classify.ts) fails the run; with
 * `--save` each distinct fault is minimised and kept under tests/fuzz/crashers/, where
 * crashers.test.ts turns it into a regression test.
 *
 * The watchdog: each worker has a heap limit (running out ends the worker, not this
 * process) and each input a deadline; an input that outlives it or kills its worker is
 * a `hang` / `memory` fault, and the worker is replaced.
 */
import { Worker } from 'node:worker_threads';
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';
import { mutate, rng } from './mutate';
import { loadSeeds } from './seeds';
import { minimise } from './minimise';
import type { Classified, Fault } from './classify';
import type { FuzzJob } from './worker';

const HERE = fileURLToPath(new URL('.', import.meta.url));
export const CRASHERS = join(HERE, 'crashers');
const JOB_DEADLINE_MS = 30_000;
const WORKER_HEAP_MB = 2048;

interface Options {
  count: number;
  seed: number;
  workers: number;
  save: boolean;
}

function parseArgs(argv: string[]): Options {
  const opts: Options = { count: 1000, seed: 1, workers: Math.max(1, Math.min(availableParallelism(), 4)), save: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => Number(argv[++i]);
    if (a === '--count') opts.count = next();
    else if (a === '--seed') opts.seed = next();
    else if (a === '--workers') opts.workers = next();
    else if (a === '--save') opts.save = true;
    else if (a !== '--') throw new Error(`unknown option ${a} (use --count N --seed S [--workers W] [--save])`);
  }
  if (!Number.isInteger(opts.count) || opts.count < 1) throw new Error('--count takes a positive whole number');
  return opts;
}

/** Input i of a run is a pure function of (seed, i): any input can be regenerated alone. */
export function inputOf(seeds: string[], seed: number, i: number): string {
  const r = rng((seed * 0x9e3779b1 + i * 0x85ebca6b) >>> 0);
  const base = seeds[Math.floor(r() * seeds.length)] as string;
  return mutate(base, r, () => seeds[Math.floor(r() * seeds.length)] as string).text;
}

interface Slot {
  worker: Worker;
  job?: FuzzJob;
  timer?: NodeJS.Timeout;
}

export async function fuzz(
  opts: Options,
): Promise<{ inputs: number; outcomes: Record<string, number>; faults: (Fault & { source: string })[] }> {
  const seeds = loadSeeds();
  const outcomes: Record<string, number> = {};
  const faults: (Fault & { source: string })[] = [];
  let next = 0;
  let finished = 0;

  await new Promise<void>((resolveAll) => {
    const spawn = (slot: Partial<Slot>): Slot => {
      const worker = new Worker(join(HERE, 'worker-entry.mjs'), {
        resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
      });
      const s = slot as Slot;
      s.worker = worker;
      worker.on('message', (msg: Classified & { id: number }) => {
        clearTimeout(s.timer);
        const job = s.job as FuzzJob;
        s.job = undefined;
        for (const [k, n] of Object.entries(msg.outcomes)) outcomes[k] = (outcomes[k] ?? 0) + n;
        for (const f of msg.faults) faults.push({ ...f, source: job.source });
        done();
        feed(s);
      });
      worker.on('error', (e) =>
        lost(
          s,
          /out of memory|ERR_WORKER_OUT_OF_MEMORY/i.test(`${e.message} ${(e as { code?: string }).code}`) ? 'memory' : 'internal',
          e.message,
        ),
      );
      return s;
    };
    const lost = (s: Slot, kind: Fault['kind'], message: string) => {
      clearTimeout(s.timer);
      const job = s.job;
      s.job = undefined;
      void s.worker.terminate();
      if (job) {
        faults.push({ kind, frontEnd: 'py', model: 'python', message: `worker lost: ${message}`, source: job.source });
        done();
      }
      if (finished < opts.count) {
        spawn(s);
        feed(s);
      }
    };
    const done = () => {
      finished++;
      if (finished === opts.count) {
        for (const s of slots) void s.worker.terminate();
        resolveAll();
      }
    };
    const feed = (s: Slot) => {
      if (next >= opts.count) return;
      const job: FuzzJob = { id: next, source: inputOf(seeds, opts.seed, next) };
      next++;
      s.job = job;
      s.timer = setTimeout(() => lost(s, 'hang', `no answer within ${JOB_DEADLINE_MS / 1000} s`), JOB_DEADLINE_MS);
      s.worker.postMessage(job);
    };
    const slots: Slot[] = [];
    for (let w = 0; w < opts.workers; w++) slots.push(spawn({}));
    for (const s of slots) feed(s);
  });
  return { inputs: opts.count, outcomes, faults };
}

function signature(f: Fault): string {
  return `${f.kind}|${f.message
    .replace(/\(\d+:\d+\)/g, '')
    .replace(/\d+/g, 'N')
    .slice(0, 120)}`;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const started = performance.now();
  const { inputs, outcomes, faults } = await fuzz(opts);
  const seconds = (performance.now() - started) / 1000;
  const runs = Object.values(outcomes).reduce((a, b) => a + b, 0) + faults.length;
  console.log(
    `fuzz: ${inputs} inputs, ${runs} runs (2 front-ends × 4 models each) in ${seconds.toFixed(1)} s — ${(inputs / seconds).toFixed(0)} inputs/s, seed ${opts.seed}`,
  );
  console.log(
    `outcomes: ${Object.entries(outcomes)
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
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
