/**
 * A worker thread's body for tests/models/js/async-calls.test.ts: runs one JavaScript program
 * under `js` with the trampoline threshold it is given, in a thread whose host stack is as
 * small as a Chromium worker's, and posts back what it printed.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { runProgram } from '../../../src/engine/engine';
import { setTrampolineDepthForTests } from '../../../src/engine/runtime/call-stack';

const { source, depth } = workerData as { source: string; depth: number };
setTrampolineDepthForTests(depth);
const r = runProgram(source, { lang: 'js', model: 'js', recordEvents: false });
parentPort!.postMessage({ stdout: r.stdout, error: r.error });
