/**
 * Owns the engine Web Worker. A new run while another is in progress, or a cancel,
 * terminates the worker and starts a fresh one: a snippet stuck in an infinite loop inside
 * one engine slice can never see a `cancel` message, but `terminate()` always works.
 *
 * After a cancel a spare worker is started in a later task (not in the click's own, which
 * must only draw the cancelled panels): loading and compiling the engine takes a fresh
 * worker a few hundred ms on a busy machine, which the next run would otherwise wait for.
 */
import type { ModelName } from '../engine/api';
import type { FromWorker, PingRequest, RunRequest } from '../worker/protocol';

export type RunSpec = Omit<RunRequest, 'type' | 'runId'>;

/** A model the watchdog stopped (below): the client's own message, after the worker's. */
export interface StuckMessage {
  type: 'stuck';
  runId: number;
  model: ModelName;
  message: string;
}

/** What the client hands the page: the worker's messages (but `started` and `pong`), and its own. */
export type ClientMessage = Exclude<FromWorker, { type: 'started' | 'pong' }> | StuckMessage;

/**
 * The watchdog. A run's models all stop at its time budget, counted by the worker from the
 * moment it took the request (`started`). A worker still busy WATCH_GRACE_MS after that is
 * pinged, and one that then misses PONG_MISSES answers in a row, PONG_MS apart, is inside a
 * single host call that no budget can interrupt (a regular expression that backtracks
 * catastrophically: `/(a+)+$/.test('a'.repeat(32) + 'b')` runs for minutes in V8). It is
 * terminated, and every model it had not finished is reported stopped (issue 10: every
 * runaway program stops, with a clear message). A worker that is only slow answers well
 * within that: past the deadline it yields at the end of each round of slices, and a round
 * there is the hog's overshoot (a scavenge, 50–250 ms under load) and 30 ms for each other
 * model (ARCHITECTURE.md, "Starting a run"). Several misses, not one: a page busy folding a
 * backlog may take an answer after the timer that waits for it. So a stuck run is stopped
 * 1.7 s past its budget, 3.2 s after it began.
 */
export const WATCH_GRACE_MS = 500;
export const PONG_MS = 400;
export const PONG_MISSES = 3;

/** What a model the watchdog stopped says. */
export function stuckMessage(budgetMs: number): string {
  return (
    `Time budget exhausted: the program ran for ${budgetMs / 1000} s without finishing, inside one built-in call ` +
    'that cannot be interrupted (a regular expression that backtracks catastrophically?)'
  );
}

/**
 * What a model says that the watchdog stopped before it ran at all: the models share one
 * worker, stepped in turn (src/worker/runner.ts), so the ones after the model that hung never
 * got a slice. Told apart by having sent nothing: a run's first slice always records (its
 * main invocation), and a slice hands its events over before a match that may hang.
 */
export function notRunMessage(): string {
  return (
    "Not run: the models share one engine worker, which was stopped while another model's run was inside one built-in " +
    'call that cannot be interrupted (a regular expression that backtracks catastrophically?), before this model had its turn.'
  );
}

export class RunClient {
  private worker: Worker | null = null;
  private runId = 0;
  private busy = false;
  private disposed = false;
  private watch: ReturnType<typeof setTimeout> | undefined;
  private missed = 0;

  constructor(
    private readonly spawn: () => Worker,
    private readonly onMessage: (msg: ClientMessage) => void,
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
    const finished = new Set<ModelName>();
    /** The models the worker sent anything for: the others have not run (`notRunMessage`). */
    const heard = new Set<ModelName>();
    worker.onmessage = (e: MessageEvent<FromWorker>) => {
      const msg = e.data;
      if (msg.runId !== this.runId) return;
      if ('model' in msg && msg.model) heard.add(msg.model);
      if (msg.type === 'started' || msg.type === 'pong') {
        if (spec.timeBudgetMs !== undefined)
          this.watchAfter(msg.type === 'started' ? spec.timeBudgetMs + WATCH_GRACE_MS : PONG_MS, spec, finished, heard);
        this.missed = 0;
        return;
      }
      if (msg.type === 'done' || (msg.type === 'error' && msg.model)) {
        finished.add(msg.model!);
        remaining--;
        if (remaining <= 0) this.endRun();
      } else if (msg.type === 'error') this.endRun();
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
    if (this.busy) this.killAndRespawn();
    this.endRun();
    this.runId++;
  }

  dispose(): void {
    this.disposed = true;
    this.kill();
  }

  private kill(): void {
    this.endRun();
    this.worker?.terminate();
    this.worker = null;
  }

  /** Terminates the worker, and starts a spare in a later task (see the file's header). */
  private killAndRespawn(): void {
    this.kill();
    this.later(() => {
      if (!this.disposed) this.worker ??= this.spawn();
    });
  }

  /** The run is over (done, failed, cancelled or stopped): not busy, nothing left to watch. */
  private endRun(): void {
    this.busy = false;
    clearTimeout(this.watch);
    this.watch = undefined;
    this.missed = 0;
  }

  /** In `ms`, pings the worker if the run is still going; PONG_MISSES unanswered pings stop it. */
  private watchAfter(ms: number, spec: RunSpec, finished: ReadonlySet<ModelName>, heard: ReadonlySet<ModelName>): void {
    clearTimeout(this.watch);
    const runId = this.runId;
    this.watch = setTimeout(() => {
      if (!this.busy || runId !== this.runId) return;
      if (this.missed >= PONG_MISSES) return this.stopStuck(runId, spec, finished, heard);
      this.missed++;
      this.worker?.postMessage({ type: 'ping', runId } satisfies PingRequest);
      this.watchAfter(PONG_MS, spec, finished, heard);
    }, ms);
  }

  private stopStuck(runId: number, spec: RunSpec, finished: ReadonlySet<ModelName>, heard: ReadonlySet<ModelName>): void {
    this.killAndRespawn();
    const budget = spec.timeBudgetMs ?? 0;
    for (const model of spec.models)
      if (!finished.has(model))
        this.onMessage({ type: 'stuck', runId, model, message: heard.has(model) ? stuckMessage(budget) : notRunMessage() });
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
