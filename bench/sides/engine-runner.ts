/**
 * The engine side of `npm run bench` (started by bench/sides/sides.ts through tsx): runs the
 * engine in this process, warm (kept alive, one program after another, as the playground's
 * worker runs them) or cold (one request, then the process ends). A request is
 * {"source", "lang", "model", "record"}; the interval is `runProgram` from parse to the last
 * event, with the step budget lifted (a 100k-task program takes more steps than the
 * playground's default budget allows) and events recorded or not as asked.
 */
import { createInterface } from 'node:readline';
import { performance } from 'node:perf_hooks';
import { runProgram } from '../../src/engine/engine';
import type { Lang, ModelName } from '../../src/engine/names';

interface EngineRequest {
  source: string;
  lang: Lang;
  model: ModelName;
  record: boolean;
}

function run(req: EngineRequest): object {
  const t0 = performance.now();
  const r = runProgram(req.source, { lang: req.lang, model: req.model, recordEvents: req.record, budget: Number.MAX_SAFE_INTEGER });
  const ms = performance.now() - t0;
  if (r.error !== null) return { error: `${req.model}: ${r.error}` };
  return { ms, stdout: r.stdout, events: r.events.length };
}

process.stdout.write(JSON.stringify({ version: `engine on Node ${process.version}` }) + '\n');
for await (const line of createInterface({ input: process.stdin })) {
  process.stdout.write(JSON.stringify(run(JSON.parse(line) as EngineRequest)) + '\n');
}
