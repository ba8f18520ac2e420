/**
 * `npm run bench [-- --quick] [-- --filter NAME[,NAME...]] [-- --rounds N] [-- --warmup N] [-- --clock cpu]`: the engine against
 * real runtimes and peer interpreters, measured like for like (issue 10, "Speed").
 *
 * Every side runs in its own process (bench/sides/child.ts). For each program, unmeasured runs
 * warm every warm side (`warmUp`); then each round runs every side once, the order rotating from
 * round to round so no side always runs right after the same neighbour; the best of the
 * rounds (≥ 5, 3 with --quick) is reported with its spread. Every side's stdout must equal
 * the engine's, so each number is a run that did the same work. The machine's load average is
 * printed at the start and the end: the machine is shared, and a ratio is only as good as the
 * quiet it was measured in; on a busy machine `--clock cpu` counts each side's CPU time
 * instead (each process's own, garbage-collector threads included). README.md ("Benchmarks") says what each column means.
 */
import { loadavg, cpus } from 'node:os';
import { checkLines } from './checks';
import { allPrograms, type BenchProgram } from './programs';
import { allSides, type BenchSide } from './sides/sides';
import { programReport, referencesLine, targetChecks, type Results, type SideResult } from './report';

interface Options {
  quick: boolean;
  filter: string[] | undefined;
  rounds: number;
  /** What a sample is: wall-clock time, or the CPU time of the side's process. */
  clock: 'wall' | 'cpu';
  /** Unmeasured runs on every warm side before the rounds: at most this many... */
  warmRuns: number;
  /** ...and no more once they have taken this long (ms, the side's own intervals). */
  warmMs: number;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { quick: false, filter: undefined, rounds: 5, clock: 'wall', warmRuns: WARM_RUNS, warmMs: WARM_MS };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') o.quick = true;
    else if (a === '--filter') o.filter = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (a === '--rounds') o.rounds = Number(argv[++i]);
    else if (a === '--warmup') o.warmRuns = Number(argv[++i]);
    else if (a === '--clock') {
      const c = argv[++i];
      if (c !== 'wall' && c !== 'cpu') throw new Error('--clock wants wall or cpu');
      o.clock = c;
    } else throw new Error(`unknown option ${a} (use --quick, --filter NAME[,NAME...], --rounds N, --warmup N, --clock wall|cpu)`);
  }
  if (o.quick && !argv.includes('--rounds')) o.rounds = 3;
  if (!(o.rounds >= 1)) throw new Error('--rounds wants a positive number');
  if (!(o.warmRuns >= 1)) throw new Error('--warmup wants a positive number');
  return o;
}

function selected(o: Options): BenchProgram[] {
  return allPrograms().filter((p) => (o.filter ? o.filter.some((f) => p.name.includes(f)) : !(o.quick && p.heavy)));
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

/**
 * A warm side's unmeasured runs before the rounds: up to WARM_RUNS, stopping once they have
 * taken WARM_MS. Warm means JIT-warm, the steady state of a process that has run the program
 * before; one run is not that for the engine, whose own code V8 is still tiering up several runs
 * later (session 15, one process, ms per run: many_promises 156, 94, 32, 38, 42, 33, 24, 32, 25,
 * 24, 24, 21; then_chains 213, 159, 148, 107, 112, 86, 87, 96, 71, 98; many_tasks.py 166, 117,
 * 31, 35, 29, 19, 31, 16, 13, 11 — with one warm-up run the rounds timed the 2nd to 6th of
 * these). Every warm side gets the same, Node's and CPython's too.
 */
const WARM_RUNS = 10;
const WARM_MS = 2000;

async function warmUp(side: BenchSide, program: BenchProgram, check: (s: BenchSide, out: string[]) => void, o: Options): Promise<void> {
  let spent = 0;
  for (let i = 0; i < o.warmRuns && spent < o.warmMs; i++) {
    const sample = await side.run(program);
    check(side, sample.stdout);
    spent += sample.ms;
  }
}

/**
 * More rounds for the warm sides of a short program: until every warm side has as many samples
 * as its best fits in MIN_WARM_MS, at most MAX_WARM_ROUNDS rounds. A warm sample of a 5 ms program is
 * doubled by one burst of a neighbour's work, so its best of 5 moved from one `npm run bench`
 * to the next by more than any change measured (sessions 19 → 20, recording's cost on
 * many_tasks.py under promisio: +6 % then +116 %; tasks_1k.py: +140 % then +59 %). The extra
 * rounds are interleaved as the first ones, and every warm side runs in each, the engine's and
 * the native runtimes' alike; cold sides (a process each) keep `--rounds`.
 */
const MIN_WARM_MS = 300;
const MAX_WARM_ROUNDS = 40;

async function measure(program: BenchProgram, sides: BenchSide[], o: Options): Promise<Map<string, SideResult>> {
  const results = new Map<string, SideResult>(sides.map((s) => [s.id, { samples: [] }]));
  let expected: string | undefined;
  const check = (side: BenchSide, stdout: string[]) => {
    const text = stdout.join('\n');
    expected ??= text;
    if (text !== expected) throw new Error(`${program.name}: ${side.id} printed ${JSON.stringify(text)}, not ${JSON.stringify(expected)}`);
  };
  for (const s of sides) if (s.warm) await warmUp(s, program, check, o);
  const round = async (inRound: BenchSide[], n: number): Promise<void> => {
    for (let k = 0; k < inRound.length; k++) {
      const s = inRound[(k + n) % inRound.length]!;
      const sample = await s.run(program);
      check(s, sample.stdout);
      const r = results.get(s.id)!;
      r.samples.push(o.clock === 'wall' ? sample.ms : sample.cpu);
      if (sample.events !== undefined) r.events = sample.events;
      if (sample.setup) (r.setup ??= []).push(o.clock === 'wall' ? sample.setup.ms : sample.setup.cpu);
    }
  };
  for (let n = 0; n < o.rounds; n++) await round(sides, n);
  const warm = sides.filter((s) => s.warm);
  // Its number of samples times its best: one slow outlier does not count as time measured.
  const measured = (s: BenchSide) => {
    const samples = results.get(s.id)!.samples;
    return samples.length * Math.min(...samples);
  };
  for (let n = o.rounds; n < Math.max(o.rounds, MAX_WARM_ROUNDS) && warm.some((s) => measured(s) < MIN_WARM_MS); n++) await round(warm, n);
  return results;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const programs = selected(o);
  const sides = allSides().filter((s) => programs.some((p) => s.runs(p)));
  console.log(
    `npm run bench: ${programs.length} programs, best of ${o.rounds} interleaved rounds (warm sides: more, up to ${MAX_WARM_ROUNDS}, until each has samples × its best ≥ ${MIN_WARM_MS} ms), ${o.clock === 'wall' ? 'wall-clock' : 'CPU'} time; ${cpus().length} cores; warm sides warmed by up to ${o.warmRuns} unmeasured runs (fewer once they have taken ${o.warmMs / 1000} s)`,
  );
  console.log(`load average at start: ${load()}`);
  // One line per runtime, naming the sides that run on it.
  const byVersion = new Map<string, string[]>();
  for (const [s, v] of await Promise.all(sides.map(async (s) => [s, await s.version()] as const)))
    byVersion.set(v, [...(byVersion.get(v) ?? []), s.id]);
  for (const [v, ids] of byVersion) console.log(`${v}: ${ids.join(', ')}`);
  console.log('');
  const results: Results = new Map();
  try {
    for (const p of programs) {
      const r = await measure(
        p,
        sides.filter((s) => s.runs(p)),
        o,
      );
      results.set(p.name, r);
      for (const model of p.models) for (const line of programReport(p, model, r)) console.log(line);
      console.log(referencesLine(r));
      console.log('');
    }
  } finally {
    for (const s of sides) s.close();
  }
  console.log('Targets (engine with recording off against the native runtime, like for like):');
  for (const line of checkLines(targetChecks(programs, results))) console.log(line);
  console.log(`load average at end: ${load()}`);
}

await main();
