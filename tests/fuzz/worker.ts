/**
 * A fuzz worker process (main.ts forks one per slot): classifies the inputs main.ts sends, one
 * message each, so main.ts always knows which input was running when a worker hung or died.
 */
import { writeSync } from 'node:fs';
import { classify } from './classify';
import { MODEL_NAMES, type Lang, type ModelName } from '../../src/engine/names';
import { setTrampolineDepthForTests } from '../../src/engine/runtime/call-stack';

// `TRAMPOLINE_DEPTH=0 npm run fuzz ...`: every sync call trampolined and every JS async call a
// frame of the js model's driver, as tests/support/trampoline-setup.ts does for the suites.
const trampolineDepth = process.env.TRAMPOLINE_DEPTH;
if (trampolineDepth !== undefined && trampolineDepth !== '') setTrampolineDepthForTests(Number(trampolineDepth));

export interface FuzzJob {
  id: number;
  source: string;
  /** Run only under this front-end (`--front-ends own`: the language of the input's seed). */
  frontEnd?: Lang;
}

/** The pipe main.ts reads the run in flight from (its fork's stdio[4]). */
const NOTE_FD = 4;

/**
 * Which run of the current input is in flight: two bytes, [front-end (0 py, 1 js), model (its
 * index in MODEL_NAMES plus one, 0 while parsing)], written before each run. A synchronous
 * write, so the note has left this process before any fatal abort in the run it names.
 */
const note = new Uint8Array(2);
const noteRun = (frontEnd: Lang, model: ModelName | null) => {
  note[0] = frontEnd === 'py' ? 0 : 1;
  note[1] = model === null ? 0 : MODEL_NAMES.indexOf(model) + 1;
  try {
    writeSync(NOTE_FD, note);
  } catch {
    // Run by hand, without main.ts's pipe: nothing to note.
  }
};

process.on('message', (job: FuzzJob) => {
  const result = classify(job.source, job.frontEnd ? { frontEnd: job.frontEnd } : undefined, noteRun);
  const cpu = process.cpuUsage();
  process.send?.({ id: job.id, cpuMicros: cpu.user + cpu.system, ...result });
});
