/**
 * `npm run bench [-- --quick] [-- --filter NAME[,NAME...]] [-- --rounds N]`: the engine against
 * real runtimes and peer interpreters, measured like for like (issue 10, "Speed").
 *
 * Every side runs in its own process (bench/sides/child.ts). For each program, one unmeasured
 * run warms every warm side; then each round runs every side once, the order rotating from
 * round to round so no side always runs right after the same neighbour; the best of the
 * rounds (≥ 5, 3 with --quick) is reported with its spread. Every side's stdout must equal
 * the engine's, so each number is a run that did the same work. The machine's load average is
 * printed at the start and the end: the machine is shared, and a ratio is only as good as the
 * quiet it was measured in; on a busy machine `--clock cpu` counts each side's CPU time
 * instead (each process's own, garbage-collector threads included). README.md ("Benchmarks") says what each column means.
 */
import { loadavg, cpus } from 'node:os';
import { allPrograms, type BenchProgram } from './programs';
import { allSides, type BenchSide } from './sides/sides';
import { programReport, referencesLine, targetChecks, type Results, type SideResult } from './report';

interface Options {
  quick: boolean;
  filter: string[] | undefined;
  rounds: number;
  /** What a sample is: wall-clock time, or the CPU time of the side's process. */
  clock: 'wall' | 'cpu';
}

function parseArgs(argv: string[]): Options {
  const o: Options = { quick: false, filter: undefined, rounds: 5, clock: 'wall' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--quick') o.quick = true;
    else if (a === '--filter') o.filter = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (a === '--rounds') o.rounds = Number(argv[++i]);
    else if (a === '--clock') {
      const c = argv[++i];
      if (c !== 'wall' && c !== 'cpu') throw new Error('--clock wants wall or cpu');
      o.clock = c;
    } else throw new Error(`unknown option ${a} (use --quick, --filter NAME[,NAME...], --rounds N, --clock wall|cpu)`);
  }
  if (o.quick && !argv.includes('--rounds')) o.rounds = 3;
  if (!(o.rounds >= 1)) throw new Error('--rounds wants a positive number');
  return o;
}

function selected(o: Options): BenchProgram[] {
  return allPrograms().filter((p) => (o.filter ? o.filter.some((f) => p.name.includes(f)) : !(o.quick && p.heavy)));
}

const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');

async function measure(program: BenchProgram, sides: BenchSide[], o: Options): Promise<Map<string, SideResult>> {
  const results = new Map<string, SideResult>(sides.map((s) => [s.id, { samples: [] }]));
  let expected: string | undefined;
  const check = (side: BenchSide, stdout: string[]) => {
    const text = stdout.join('\n');
    expected ??= text;
    if (text !== expected) throw new Error(`${program.name}: ${side.id} printed ${JSON.stringify(text)}, not ${JSON.stringify(expected)}`);
  };
  for (const s of sides) if (s.warm) check(s, (await s.run(program)).stdout);
  for (let round = 0; round < o.rounds; round++) {
    for (let k = 0; k < sides.length; k++) {
      const s = sides[(k + round) % sides.length]!;
      const sample = await s.run(program);
      check(s, sample.stdout);
      const r = results.get(s.id)!;
      r.samples.push(o.clock === 'wall' ? sample.ms : sample.cpu);
      if (sample.events !== undefined) r.events = sample.events;
      if (sample.setup) (r.setup ??= []).push(o.clock === 'wall' ? sample.setup.ms : sample.setup.cpu);
    }
  }
  return results;
}

async function main(): Promise<void> {
  const o = parseArgs(process.argv.slice(2));
  const programs = selected(o);
  const sides = allSides().filter((s) => programs.some((p) => s.runs(p)));
  console.log(
    `npm run bench: ${programs.length} programs, best of ${o.rounds} interleaved rounds, ${o.clock === 'wall' ? 'wall-clock' : 'CPU'} time; ${cpus().length} cores`,
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
  const checks = targetChecks(programs, results);
  for (const c of checks) console.log(`  ${c.met ? 'met   ' : 'MISSED'} ${c.text}`);
  console.log(`${checks.filter((c) => c.met).length} of ${checks.length} met`);
  console.log(`load average at end: ${load()}`);
}

await main();
