/**
 * A worker thread's body for tests/models/python/await-segments.test.ts: runs one Python
 * program under `python` (or the model it is given) with the await-chain segment size it is given, in a thread whose
 * host stack is as small as a Chromium worker's, and posts back what it printed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runProgram } from '../../../src/engine/engine';
import { setSegmentFramesForTests } from '../../../src/engine/models/python/await-segments';

const { source, frames, model } = workerData as { source: string; frames: number; model?: 'python' | 'python-eager' };
setSegmentFramesForTests(frames);
const r = runProgram(source, { lang: 'py', model: model ?? 'python', recordEvents: false });
parentPort!.postMessage({ stdout: r.stdout, error: r.error });
