/**
 * `npm run bench:rss [-- --heap-limit MB]`: the peak resident memory of the runs that only the
 * run's heap cap stops (issue 10: "async recursion ... within bounded memory (set and document
 * a heap cap for a run; report peak RSS for the worst case)"). The programs are in
 * bench/programs/memory/: recursion through `create_task` (python), promisified recursion
 * (promisio), a ten-million-link promise chain (js) and a million live tasks (python-eager);
 * no real runtime stops the first three short of the machine's memory.
 *
 * Each runs once in a fresh `node` process: the command-line tool (src/cli/main.ts) bundled
 * and minified as the playground ships the engine (build/node-bundle.ts), with the default
 * heap cap unless `--heap-limit` says otherwise. The process reports its own peak RSS as it
 * exits (getrusage's ru_maxrss, `process.resourceUsage().maxRSS`), from a module loaded before
 * the tool (`--import`), so no measuring program sits beside it. A run passes when the engine
 * ended it (the tool's own exit, with the cap's "Memory budget exhausted" message or the
 * program's output), not the host (a signal, or V8's fatal out-of-memory abort); a run that
 * ends in another error (a change that made one of them raise, say) fails too, and says so.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBundle } from '../build/node-bundle';
import { DEFAULT_HEAP_LIMIT_BYTES } from '../src/engine/api';
import type { ModelName } from '../src/engine/names';

const DIR = fileURLToPath(new URL('./programs/memory/', import.meta.url));

/** Which model each program is the worst case of. */
const MODEL_OF: Record<string, ModelName> = {
  'create_task_recursion.py': 'python',
  'promisified_recursion.py': 'promisio',
  'then_chain_10m.js': 'js',
  'live_tasks_1m.py': 'python-eager',
};

const RSS_MARK = '__async_lanes_peak_rss_kb ';

function heapLimitArg(): string[] {
  const i = process.argv.indexOf('--heap-limit');
  if (i < 0) return [];
  const mb = Number(process.argv[i + 1]);
  if (!(mb > 0)) throw new Error('--heap-limit takes a positive number of megabytes');
  return ['--heap-limit', String(mb)];
}

const cli = nodeBundle(fileURLToPath(new URL('../src/cli/main.ts', import.meta.url)), { minify: true });
const preload = join(mkdtempSync(join(tmpdir(), 'async-lanes-rss-')), 'peak-rss.mjs');
writeFileSync(preload, `process.on('exit', () => process.stderr.write('\\n${RSS_MARK}' + process.resourceUsage().maxRSS + '\\n'));\n`);
const limit = heapLimitArg();
const capMb = limit.length ? Number(limit[1]) : DEFAULT_HEAP_LIMIT_BYTES / 2 ** 20;

console.log(
  `Peak RSS of the runs only the heap cap stops (cap ${capMb.toLocaleString('en-US')} MB of JavaScript heap; load ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}):`,
);
let failed = 0;
for (const file of readdirSync(DIR).sort()) {
  const model = MODEL_OF[file];
  if (!model) throw new Error(`bench/programs/memory/${file} has no model in bench/rss.ts`);
  const started = performance.now();
  const r = spawnSync(process.execPath, ['--import', preload, cli, 'run', '--model', model, ...limit, join(DIR, file)], {
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const seconds = (performance.now() - started) / 1000;
  const stderr = r.stderr ?? '';
  const mark = stderr.lastIndexOf(RSS_MARK);
  const rssMb = mark >= 0 ? Number.parseInt(stderr.slice(mark + RSS_MARK.length), 10) / 1024 : NaN;
  const said = (mark >= 0 ? stderr.slice(0, mark) : stderr)
    .trim()
    .split('\n')
    .concat((r.stdout ?? '').trim().split('\n'))
    .filter(Boolean);
  const budget = said.find((l) => l.includes('Memory budget exhausted'));
  // The engine ended it: its own exit (the budget's status 1, or 0 when the program finished under the cap).
  const ended = r.signal === null && (r.status === 0 || (r.status === 1 && budget !== undefined)) && mark >= 0;
  if (!ended) failed++;
  const how = budget
    ? 'stopped by the heap cap'
    : r.status === 0
      ? 'finished under the cap'
      : r.signal !== null || mark < 0
        ? `ended by the host (status ${r.status}, signal ${r.signal})`
        : `ended by an error other than the cap (status ${r.status})`;
  console.log(
    `  ${file} (${model}): peak RSS ${Number.isNaN(rssMb) ? '—' : `${rssMb.toFixed(0)} MB`}, ${seconds.toFixed(1)} s, ${how}${ended ? '' : ': FAILED'}`,
  );
  if (!ended || !budget) console.log(`    ${said.slice(-2).join(' | ').slice(0, 300)}`);
}
if (failed) {
  console.log(`${failed} run(s) ended neither at the heap cap nor by finishing.`);
  process.exitCode = 1;
}
