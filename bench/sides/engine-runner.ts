/**
 * The engine side of `npm run bench` (bundled by bench/sides/engine-bundle.ts and started by
 * bench/sides/sides.ts with plain `node`): runs the
 * engine in this process, warm (kept alive, one program after another, as the playground's
 * worker runs them) or cold (one request, then the process ends). A request is
 * {"source", "lang", "model", "record"}. The interval runs the program as the playground's
 * worker does (src/worker/runner.ts): `createRun`, then `stepPacked(SLICE_STEPS)` until done,
 * each slice's packed batch taken and let go (the worker posts it; posting is not timed
 * here), and, as the worker, a slice that runs on hands over its events every STREAM_EVENTS
 * (`onEvents`: a Python model's `asyncio.run` is one slice, whose events were otherwise
 * packed into one batch that grew to millions of events), then `result()`. The interval is what a Run costs in the worker once the engine is
 * loaded: parsing the snippet, setting up its realm, running it; a cold sample is the first
 * run in a fresh process, the engine's code not yet compiled by the JIT, as a user's first Run
 * in a fresh worker is. Two things differ from the playground, so that big programs are measured whole:
 * no step budget and no cap on the number of events recorded.
 */
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { createRun } from '../../src/engine/engine';
import { SLICE_STEPS } from '../../src/worker/protocol';
import { STREAM_EVENTS } from '../../src/worker/runner';
import type { Lang, ModelName } from '../../src/engine/names';

interface EngineRequest {
  source: string;
  lang: Lang;
  model: ModelName;
  record: boolean;
}

/** CPU time of this process (all its threads: the garbage collector's helpers too) since `from`. */
function cpuMs(from: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(from);
  return (d.user + d.system) / 1000;
}

function run(req: EngineRequest): object {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let events = 0;
  const run = createRun(req.source, {
    lang: req.lang,
    model: req.model,
    recordEvents: req.record,
    budget: Number.MAX_SAFE_INTEGER,
    // As the worker: a slice that runs on hands over its events every STREAM_EVENTS.
    onEvents: (batch) => (events += batch.count),
    streamEvery: STREAM_EVENTS,
  });
  // The run's set-up (parsing the snippet, assembling its realm and model): part of the
  // interval, reported apart too, so a cold number says how much of it is set-up.
  const setup = { ms: performance.now() - t0, cpu: cpuMs(c0) };
  for (;;) {
    const slice = run.stepPacked(SLICE_STEPS);
    events += slice.batch?.count ?? 0;
    if (slice.done) break;
  }
  const r = run.result();
  const ms = performance.now() - t0;
  const cpu = cpuMs(c0);
  if (r.error !== null) return { error: `${req.model}: ${r.error}` };
  return { ms, cpu, stdout: r.stdout, events, setup };
}

process.stdout.write(JSON.stringify({ version: `engine on Node ${process.version}` }) + '\n');
for await (const line of createInterface({ input: process.stdin })) {
  process.stdout.write(JSON.stringify(run(JSON.parse(line) as EngineRequest)) + '\n');
}
