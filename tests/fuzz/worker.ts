/**
 * A fuzz worker thread: classifies the inputs main.ts sends, one message each, so the main
 * thread always knows which input was running when a worker hung or ran out of memory.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { classify } from './classify';
import { MODEL_NAMES, type Lang, type ModelName } from '../../src/engine/names';

export interface FuzzJob {
  id: number;
  source: string;
  /** Run only under this front-end (`--front-ends own`: the language of the input's seed). */
  frontEnd?: Lang;
}

/**
 * Which run of the current input is in flight, in memory shared with main.ts: [front-end
 * (0 py, 1 js), model (its index in MODEL_NAMES, -1 while parsing)]. Written before each run,
 * with no message, so it costs nothing and can be read when this thread hangs or dies.
 */
export const IN_FLIGHT_SLOTS = 2;

const inFlight = workerData instanceof SharedArrayBuffer ? new Int32Array(workerData) : null;
const noteRun = (frontEnd: Lang, model: ModelName | null) => {
  if (!inFlight) return;
  inFlight[0] = frontEnd === 'py' ? 0 : 1;
  inFlight[1] = model === null ? -1 : MODEL_NAMES.indexOf(model);
};

parentPort?.on('message', (job: FuzzJob) => {
  const result = classify(job.source, job.frontEnd ? { frontEnd: job.frontEnd } : undefined, noteRun);
  parentPort?.postMessage({ id: job.id, ...result });
});
