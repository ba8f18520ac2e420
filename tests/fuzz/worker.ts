/**
 * A fuzz worker thread: classifies the inputs main.ts sends, one message each, so the main
 * thread always knows which input was running when a worker hung or ran out of memory.
 */
import { parentPort } from 'node:worker_threads';
import { classify } from './classify';
import type { Lang } from '../../src/engine/names';

export interface FuzzJob {
  id: number;
  source: string;
  /** Run only under this front-end (`--front-ends own`: the language of the input's seed). */
  frontEnd?: Lang;
}

parentPort?.on('message', (job: FuzzJob) => {
  const result = classify(job.source, job.frontEnd ? { frontEnd: job.frontEnd } : undefined);
  parentPort?.postMessage({ id: job.id, ...result });
});
