/**
 * A fuzz worker thread: classifies the inputs main.ts sends, one message each, so the main
 * thread always knows which input was running when a worker hung or ran out of memory.
 */
import { parentPort } from 'node:worker_threads';
import { classify } from './classify';

export interface FuzzJob {
  id: number;
  source: string;
}

parentPort?.on('message', (job: FuzzJob) => {
  const result = classify(job.source);
  parentPort?.postMessage({ id: job.id, ...result });
});
