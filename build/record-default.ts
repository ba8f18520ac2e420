/**
 * Records the default example as the page's engine worker would (issue 10, first paint): the
 * page's own engine, run through the worker's own run loop (src/worker/runner.ts) with the
 * page's own run options (src/ui/runSpec.ts), the batches decoded as the page decodes them.
 * build/default-recording.ts ships the result to the page at build time; the page still runs
 * the example live and keeps the prerecording only if the live run recorded exactly the same
 * (src/ui/prerecorded.ts). tests/ui/prerecorded.test.ts checks it against a live run.
 */
import { createRun } from '../src/engine/engine';
import { PackedLog, type Lang, type ModelName } from '../src/engine/api';
import { Runner } from '../src/worker/runner';
import type { FromWorker } from '../src/worker/protocol';
import { uiRunSpec } from '../src/ui/runSpec';
import type { PrerecordedRun, Prerecording } from '../src/ui/prerecorded';

/** What the build records: the page's own default snippet (src/ui/examples.ts). */
export { defaultSnippet } from '../src/ui/examples';

/** Runs `source` as the page's worker would and collects what it would post. */
export async function record(source: string, lang: Lang, models: ModelName[]): Promise<Prerecording> {
  const logs = new Map(models.map((m) => [m, new PackedLog()]));
  const runs = new Map<ModelName, PrerecordedRun>(models.map((m) => [m, { model: m, events: [] }]));
  const post = (msg: FromWorker) => {
    if (msg.type === 'batch') logs.get(msg.model)!.append(msg.events);
    else if (msg.type === 'done') runs.get(msg.model)!.result = msg.result;
    else if (msg.type !== 'error') return;
    else if (msg.model) runs.get(msg.model)!.failure = msg.message;
    else throw new Error(`the default example's prerecording failed: ${msg.message}`);
  };
  const runner = new Runner({ createRun, post, yieldNow: () => Promise.resolve() });
  await runner.execute({ type: 'run', runId: 1, ...uiRunSpec(source, lang, models) });
  for (const [model, log] of logs) runs.get(model)!.events = log.slice(0, log.length);
  return { source, lang, models, runs: [...runs.values()] };
}
