import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { EventPacker, PackedLog, type Run, type RunOptions, type RunResult } from '../../src/engine/api';
import { createRun, runProgram } from '../../src/engine/engine';
import type { EngineEvent } from '../../src/engine/events/types';
import type { FromWorker, RunRequest } from '../../src/worker/protocol';
import { Runner } from '../../src/worker/runner';
import { MODEL_NAMES, type ModelName } from '../../src/engine/names';
import { BLOCKING_HAND_OVER_MS } from '../../src/engine/events/recorder-core';

/** A fake Run that emits one event per step until `length`, so slicing is observable. */
function fakeRun(options: RunOptions, length: number, log: RunOptions[]): Run {
  log.push(options);
  let i = 0;
  let cancelled = false;
  const packer = new EventPacker();
  const run: Run = {
    get done() {
      return cancelled || i >= length;
    },
    step(max: number) {
      const events: EngineEvent[] = [];
      while (!cancelled && i < length && events.length < max) events.push({ type: 'line', id: 0, seq: i++, time: 0 });
      return { events, done: run.done };
    },
    stepPacked(max: number) {
      const { events, done } = run.step(max);
      return { batch: events.length > 0 ? packer.pack(events) : null, done };
    },
    cancel() {
      cancelled = true;
    },
    result(): RunResult {
      return {
        model: options.model,
        stdout: [],
        error: cancelled ? 'cancelled' : null,
        errorKind: cancelled ? 'cancelled' : null,
        errorAt: null,
        errorPos: null,
        warnings: [],
        stderr: [],
        stderrAt: [],
        virtualTime: 0,
        mode: 'module',
        steps: i,
        eventsTruncated: false,
        outputDropped: 0,
      };
    },
  };
  return run;
}

const request = (over: Partial<RunRequest> = {}): RunRequest => ({
  type: 'run',
  runId: 7,
  source: 'print(1)',
  lang: 'py',
  models: ['js', 'python'],
  budget: 1000,
  ...over,
});

describe('worker runner', () => {
  it('steps models round-robin in slices, then reports done for each', async () => {
    const posted: FromWorker[] = [];
    const log: RunOptions[] = [];
    const yieldNow = vi.fn(async () => {});
    const r = new Runner({
      createRun: (_s, o) => fakeRun(o, o.model === 'js' ? 5 : 2, log),
      post: (m) => posted.push(m),
      yieldNow,
      sliceSteps: 2,
    });
    await r.execute(request());
    const summary = posted.map((m) => `${m.type}:${'model' in m ? m.model : ''}:${m.type === 'batch' ? m.events.count : ''}`);
    expect(summary).toEqual(['started::', 'batch:js:2', 'batch:python:2', 'done:python:', 'batch:js:2', 'batch:js:1', 'done:js:']);
    expect(posted.every((m) => m.runId === 7)).toBe(true);
    expect(yieldNow).toHaveBeenCalledTimes(2);
  });

  it('passes language, model, budget, event cap and JS run mode to the engine for every model', async () => {
    const log: RunOptions[] = [];
    const r = new Runner({ createRun: (_s, o) => fakeRun(o, 1, log), post: () => {}, yieldNow: async () => {} });
    await r.execute(request({ lang: 'js', models: ['js', 'python-eager', 'promisio'], maxEvents: 99 }));
    expect(log).toEqual(
      ['js', 'python-eager', 'promisio'].map((model) => ({
        lang: 'js',
        model,
        budget: 1000,
        maxEvents: 99,
        jsMode: 'auto',
        timeBudgetMs: undefined,
        onEvents: expect.any(Function),
        streamEvery: 20_000,
      })),
    );
  });

  it('gives every model the run’s wall-clock budget as one deadline counted from the request’s arrival', async () => {
    const log: RunOptions[] = [];
    const r = new Runner({ createRun: (_s, o) => fakeRun(o, 1, log), post: () => {}, yieldNow: async () => {} });
    const before = performance.now();
    await r.execute(request({ lang: 'py', models: ['js', 'python', 'python-eager', 'promisio'], timeBudgetMs: 2000 }));
    const after = performance.now();
    expect(log.map((o) => o.timeBudgetMs)).toEqual([2000, 2000, 2000, 2000]);
    const deadline = log[0]!.deadline!;
    expect(log.every((o) => o.deadline === deadline)).toBe(true);
    expect(deadline).toBeGreaterThanOrEqual(before + 2000);
    expect(deadline).toBeLessThanOrEqual(after + 2000);
  });

  it('sees a cancel between slices', async () => {
    const posted: FromWorker[] = [];
    let runner: Runner;
    const yieldNow = async () => runner.cancel(7);
    runner = new Runner({ createRun: (_s, o) => fakeRun(o, 1_000_000, []), post: (m) => posted.push(m), yieldNow, sliceSteps: 10 });
    await runner.execute(request({ models: ['js'] }));
    const done = posted.find((m) => m.type === 'done');
    expect(done?.type === 'done' && done.result.errorKind).toBe('cancelled');
    expect(posted.filter((m) => m.type === 'batch').length).toBe(1);
  });

  it('reports an engine crash as an error message, not a throw', async () => {
    const posted: FromWorker[] = [];
    const r = new Runner({
      createRun: () => {
        throw new Error('boom (1:0)');
      },
      post: (m) => posted.push(m),
      yieldNow: async () => {},
    });
    await r.execute(request({ models: ['python'] }));
    expect(posted).toEqual([
      { type: 'started', runId: 7 },
      { type: 'error', runId: 7, model: 'python', message: 'boom (1:0)' },
    ]);
  });

  it('posts the events of a slice that runs on as they pile up, in order, the same events as a whole run records', async () => {
    // One synchronous loop making 30k promises: one slice, whatever its step limit.
    const source =
      'let p = Promise.resolve(0);\nfor (let i = 0; i < 30000; i++) p = p.then((x) => x + 1);\np.then((x) => console.log(x));\n';
    const posted: FromWorker[] = [];
    const runner = new Runner({ createRun, post: (m) => posted.push(m), yieldNow: async () => {}, sliceSteps: 1e12 });
    await runner.execute(request({ source, lang: 'js', models: ['js'], budget: 1e9 }));
    const batches = posted.filter((m) => m.type === 'batch');
    const done = posted.findIndex((m) => m.type === 'done');
    expect(done).toBe(posted.length - 1);
    const log = new PackedLog();
    for (const b of batches) if (b.type === 'batch') log.append(b.events);
    const whole = runProgram(source, { lang: 'js', model: 'js', budget: 1e9, jsMode: 'auto' }).events;
    expect(whole.length).toBeGreaterThan(60_000);
    // More than one batch although the runner stepped it once.
    expect(batches.length).toBeGreaterThan(Math.floor(whole.length / 20_000));
    expect(log.length).toBe(whole.length);
    for (const i of [0, 1, 19_999, 20_000, 20_001, 40_000, whole.length - 1]) expect(log.at(i), `event ${i}`).toEqual(whole[i]);
    expect(log.slice()).toEqual(whole);
  });
});

describe('worker runner before a host call no budget interrupts', () => {
  /** The texts printed in each batch posted for `model`, batch by batch, and whether the run ended. */
  async function printsByBatch(source: string, model: ModelName): Promise<string[][]> {
    const posted: FromWorker[] = [];
    const runner = new Runner({ createRun, post: (m) => posted.push(m), yieldNow: async () => {}, sliceSteps: 1e12 });
    await runner.execute(request({ source, lang: 'js', models: [model], budget: 1e9 }));
    expect(posted.at(-1)?.type).toBe('done');
    const log = new PackedLog();
    const out: string[][] = [];
    for (const m of posted)
      if (m.type === 'batch') {
        const from = log.length;
        log.append(m.events);
        out.push(log.slice(from).flatMap((e) => (e.type === 'print' ? [e.text] : [])));
      }
    return out;
  }

  // A match that never ends is stopped by terminating the worker (src/ui/runClient.ts): what the
  // slice printed before it must already be on its way to the page, as Node prints it before it hangs.
  for (const model of MODEL_NAMES)
    it(`hands what was recorded to the page before a regular expression runs (${model})`, async () => {
      const batches = await printsByBatch("console.log('before');\nconsole.log(/(a+)+$/.test('aaab'));\nconsole.log('after');\n", model);
      // One slice, yet the events up to the match came in a batch of their own.
      expect(batches[0]).toEqual(['before']);
      expect(batches.flat()).toEqual(['before', 'false', 'after']);
    });

  it('hands over at most once per BLOCKING_HAND_OVER_MS in a loop of matches', async () => {
    const source = "for (let i = 0; i < 3000; i++) { console.log(i); 'ab'.match(/b/); 'ab'.split(/a/); }\n";
    const started = performance.now();
    const batches = await printsByBatch(source, 'js');
    const ms = performance.now() - started;
    expect(batches.flat()).toHaveLength(3000);
    expect(batches.length).toBeLessThanOrEqual(2 + Math.ceil(ms / BLOCKING_HAND_OVER_MS));
    expect(batches.length).toBeLessThan(100);
  });
});

describe('worker runner and the heap of a finished run', () => {
  it('lets go of a run once its result is posted, before the next model’s slice', async () => {
    // A run stopped by the time budget may leave a large heap (the 10-million-promise chain:
    // ~1.2M promises); the models still to take their slice past the deadline must not have
    // a garbage collection trace it again (issue 10: every runaway stops within 2 s in the page).
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as () => void;
    let firstRun: WeakRef<Run> | undefined;
    const releasedBeforeNextSlice: boolean[] = [];
    const log: RunOptions[] = [];
    const r = new Runner({
      createRun: (_s, o) => {
        if (o.model === 'js') {
          const run = fakeRun(o, 3, log);
          firstRun = new WeakRef(run);
          return run;
        }
        const run = fakeRun(o, 5, log);
        const step = run.stepPacked.bind(run);
        run.stepPacked = (max) => {
          gc();
          releasedBeforeNextSlice.push(firstRun!.deref() === undefined);
          return step(max);
        };
        return run;
      },
      post: () => {},
      // A macrotask, as the worker yields: a WeakRef's target is held only until the task ends.
      yieldNow: () => new Promise((resolve) => setImmediate(resolve)),
      sliceSteps: 2,
    });
    await r.execute(request());
    // Round 1: `js` still runs. Round 2: `js` ends and posts its result, then `python` steps.
    expect(releasedBeforeNextSlice).toEqual([false, true, true]);
  });
});
