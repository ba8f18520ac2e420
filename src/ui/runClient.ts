/**
 * Owns the engine Web Worker. A new run while another is in progress, or a cancel,
 * terminates the worker and starts a fresh one: a snippet stuck in an infinite loop inside
 * one engine slice can never see a `cancel` message, but `terminate()` always works.
 *
 * After a cancel a spare worker is started in a later task (not in the click's own, which
 * must only draw the cancelled panels): loading and compiling the engine takes a fresh
 * worker a few hundred ms on a busy machine, which the next run would otherwise wait for.
 */
import type { FromWorker, RunRequest } from '../worker/protocol';

export type RunSpec = Omit<RunRequest, 'type' | 'runId'>;

export class RunClient {
  private worker: Worker | null = null;
  private runId = 0;
  private busy = false;
  private disposed = false;

  constructor(
    private readonly spawn: () => Worker,
    private readonly onMessage: (msg: FromWorker) => void,
    /** Runs `fn` in a later task (injected for tests). */
    private readonly later: (fn: () => void) => void = (fn) => setTimeout(fn, 0),
  ) {}

  /** Starts a run; replies of earlier runs are dropped from now on. Returns its id. */
  start(spec: RunSpec, pendingModels: number): number {
    if (this.busy) this.kill();
    const runId = ++this.runId;
    const worker = (this.worker ??= this.spawn());
    let remaining = pendingModels;
    this.busy = remaining > 0;
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      if (msg.runId !== this.runId) return;
      if (msg.type === 'done' || (msg.type === 'error' && msg.model)) {
        remaining--;
        if (remaining <= 0) this.busy = false;
      } else if (msg.type === 'error') this.busy = false;
      this.onMessage(msg);
    };
    worker.onerror = (e: ErrorEvent) => {
      e.preventDefault();
      this.busy = false;
      this.kill();
      this.onMessage({ type: 'error', runId, message: `The engine worker failed: ${e.message || 'could not load'}` });
    };
    worker.postMessage({ type: 'run', runId, ...spec } satisfies RunRequest);
    return runId;
  }

  /** Stops the current run at once. */
  cancel(): void {
    if (this.busy) {
      this.kill();
      this.later(() => {
        if (!this.disposed) this.worker ??= this.spawn();
      });
    }
    this.busy = false;
    this.runId++;
  }

  dispose(): void {
    this.disposed = true;
    this.kill();
  }

  private kill(): void {
    this.worker?.terminate();
    this.worker = null;
  }
}

/** The worker started before the page's first render (startEngineWorker), until a RunClient takes it. */
let early: Worker | null = null;

/**
 * Starts the engine worker before React renders anything (src/main.tsx): loading, compiling
 * and evaluating the engine's bundle then overlaps the page's own start-up instead of following
 * it (issue 10, first paint: a cold load's trace showed the worker starting only after the first
 * render, ~1 s into the load under load).
 */
export function startEngineWorker(): void {
  early ??= newEngineWorker();
}

/** The early worker if nobody took it yet, else a new one. */
export function spawnEngineWorker(): Worker {
  const w = early;
  early = null;
  return w ?? newEngineWorker();
}

function newEngineWorker(): Worker {
  return new Worker(new URL('../worker/engine.worker.ts', import.meta.url), { type: 'module', name: 'async-lanes-engine' });
}
