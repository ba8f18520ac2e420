/**
 * The worker's run loop, kept free of `self` so vitest can drive it directly.
 *
 * Every selected model gets its own engine Run. The loop steps them round-robin, one
 * slice of SLICE_STEPS each, posts what each slice recorded as one `batch`, and yields
 * to the worker's event loop between rounds (a MessageChannel message in the worker) so a `cancel`
 * message is seen. Round-robin rather than one model after the other, so every timeline
 * fills in together while a long run is still going. A snippet in the other language than
 * the model's gets its shim prelude from the engine itself (RunOptions.autoShim).
 *
 * The time budget is wall-clock time from the request's arrival: each model gets the run's
 * whole allowance for its message and the same deadline (RunOptions.deadline), so all of
 * them stop together when it passes, whatever the time was spent on — interpreting, packing
 * and posting events, or the other models' slices (issue 10: every runaway program stops
 * within 2 s of wall time in the page).
 */
import { type Run, type RunOptions, type ModelName, type PackedBatch } from '../engine/api';
import { Digester } from './digest';
import { digestBuffers, SLICE_STEPS, type FromWorker, type RunRequest } from './protocol';

/** Events per batch posted from inside a slice (RunOptions.onEvents). */
export const STREAM_EVENTS = 20_000;

export type CreateRun = (source: string, options: RunOptions) => Run;

export interface RunnerDeps {
  createRun: CreateRun;
  /** `transfer`: the buffers the message hands over (a packed batch's typed arrays). */
  post: (msg: FromWorker, transfer?: Transferable[]) => void;
  /** Let pending messages (a cancel) be delivered. */
  yieldNow: () => Promise<void>;
  /** Steps per slice (tests use small slices to check batching). */
  sliceSteps?: number;
  /** Events per batch posted from inside a slice (default STREAM_EVENTS; tests use fewer). */
  streamEvents?: number;
}

interface Active {
  model: ModelName;
  run: Run;
  postBatch(batch: PackedBatch): void;
}

function describe(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export class Runner {
  private cancelled = new Set<number>();

  constructor(private readonly deps: RunnerDeps) {}

  cancel(runId: number): void {
    this.cancelled.add(runId);
  }

  async execute(req: RunRequest): Promise<void> {
    const { post } = this.deps;
    const slice = this.deps.sliceSteps ?? SLICE_STEPS;
    const active: Active[] = [];
    const budgetMs = req.timeBudgetMs;
    const deadline = budgetMs === undefined ? undefined : performance.now() + budgetMs;
    post({ type: 'started', runId: req.runId });
    for (const model of req.models) {
      // Each batch goes with its digest (src/worker/digest.ts), its buffers transferred.
      const digester = new Digester();
      const postBatch = (batch: PackedBatch) => {
        const digest = digester.digest(batch);
        post({ type: 'batch', runId: req.runId, model, events: batch, digest }, [
          batch.shapes.buffer,
          batch.slots.buffer,
          ...digestBuffers(digest),
        ]);
      };
      try {
        const run = this.deps.createRun(req.source, {
          lang: req.lang,
          model,
          budget: req.budget,
          maxEvents: req.maxEvents,
          maxOutputLines: req.maxOutputLines,
          timeBudgetMs: budgetMs,
          deadline,
          jsMode: req.jsMode ?? 'auto',
          // A slice that runs on (a synchronous loop until the deadline) posts its events as
          // they pile up, so the page folds them meanwhile (issue 10: the 10-million-promise
          // chain's 250k events were all folded after it stopped).
          onEvents: postBatch,
          streamEvery: this.deps.streamEvents ?? STREAM_EVENTS,
        });
        active.push({ model, run, postBatch });
      } catch (e) {
        post({ type: 'error', runId: req.runId, model, message: describe(e) });
      }
    }

    while (active.length > 0) {
      // One slice for each run still going, in order; finished runs leave the rotation at
      // once, not at the end of the round: no copy of the list holds a run whose result is
      // posted, so its heap (the 10-million-promise chain's ~1.2M promises) is garbage before
      // the next model's slice, which a collection then need not trace (issue 10: every
      // runaway stops within 2 s in the page; the models after a hog start past the deadline).
      for (let i = 0; i < active.length;) {
        const { model, run, postBatch } = active[i]!;
        if (this.cancelled.has(req.runId)) run.cancel();
        let finished: boolean;
        try {
          const { batch, done } = run.stepPacked(slice);
          if (batch) postBatch(batch);
          finished = done || run.done;
          if (finished) post({ type: 'done', runId: req.runId, model, result: run.result() });
        } catch (e) {
          post({ type: 'error', runId: req.runId, model, message: describe(e) });
          finished = true;
        }
        if (finished) active.splice(i, 1);
        else i++;
      }
      if (active.length > 0) await this.deps.yieldNow();
    }
    this.cancelled.delete(req.runId);
  }
}
