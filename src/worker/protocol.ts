/**
 * The messages between the playground UI and its engine Web Worker.
 *
 * The UI posts one `run`; the worker answers `started`, then `batch` messages (events in recording
 * order, per model, packed: each run's recorder writes them packed, `Run.stepPacked` hands
 * a slice's batch over, the page keeps one PackedLog per model), one `done` per model, and
 * `error` if the worker itself failed (an engine crash is still reported, never thrown
 * across the boundary). Every reply carries the `runId` it belongs to, so a late message
 * from a superseded run is ignored.
 *
 * Cancel: the UI may post `cancel`, which the worker sees between slices (it yields with
 * a MessageChannel message after each round). A run stuck inside one slice cannot see it, so the UI's
 * cancel of record is `worker.terminate()` followed by a fresh worker (see src/ui/runClient.ts).
 *
 * This module is plain data + type guards: no DOM, no React, no engine import.
 */
import type { Lang, ModelName, JsModeOption, PackedBatch, RunResult } from '../engine/api';

export interface RunRequest {
  type: 'run';
  runId: number;
  source: string;
  lang: Lang;
  models: ModelName[];
  /** Interpreter steps per model before the run stops with a 'budget' error. */
  budget: number;
  /** Events recorded per model before recording stops (the run goes on). */
  maxEvents?: number;
  /** Lines of output kept per model (the run goes on; the result counts the rest). */
  maxOutputLines?: number;
  /**
   * Wall-clock ms the whole run (all models together) may take, counted from the worker
   * receiving this request: every model still running then stops with the time budget's
   * 'budget' error, however the time went (engine slices, packing and posting events).
   * The worker's own start-up is not counted: a machine busy with other work must not
   * stop a program before it ran at all.
   */
  timeBudgetMs?: number;
  /** Node's way of running a JS program under `js` (default 'auto': as `node file.js`, or as a module when it has top-level await / import / export). */
  jsMode?: JsModeOption;
}

export interface CancelRequest {
  type: 'cancel';
  runId: number;
}

/**
 * Are you there? The worker answers `pong` as soon as its event loop takes the message: between
 * two rounds of slices, so within a few ms of a run that is going. A worker that does not
 * answer is inside one host call that no budget can interrupt (a regular expression that
 * backtracks catastrophically), and the page stops it (src/ui/runClient.ts, issue 10).
 */
export interface PingRequest {
  type: 'ping';
  runId: number;
}

export type ToWorker = RunRequest | CancelRequest | PingRequest;

export interface BatchMessage {
  type: 'batch';
  runId: number;
  model: ModelName;
  /**
   * The events, packed (src/engine/events/packed.ts): its typed arrays are transferred, not
   * copied, so receiving a batch costs the page's main thread next to nothing.
   */
  events: PackedBatch;
  /**
   * What the page's run index and alignment read of these events, gathered by the worker
   * (src/worker/digest.ts) so the page does not read every event again (issue 10).
   */
  digest?: BatchDigest;
}

/**
 * One batch's events as the timeline's run index (src/ui/timeline/runIndex.ts) and the
 * playback alignment (src/ui/state/alignment.ts) read them, each list in seq order (seqs are
 * indexes in the whole recording): where virtual time changes, the prints, the loop turns,
 * the microtasks taken, and the asyncio Tasks' kinds, links to their coroutines and names.
 * Typed arrays, transferred with the batch.
 */
export interface BatchDigest {
  /** Seq of the batch's first event, and how many it holds. */
  start: number;
  count: number;
  /** Events whose time differs from the event before (the recording's first included), and that time. */
  timeSeqs: Int32Array;
  times: Float64Array;
  /** `print` events. */
  printSeqs: Int32Array;
  /** `turn` events and their turn numbers. */
  turnSeqs: Int32Array;
  turns: Float64Array;
  /** `dequeue` events of the microtask and nextTick queues. */
  tickSeqs: Int32Array;
  /** `invocation` events of a task (kind code 1) or a coroutine (2): their ids. */
  kindSeqs: Int32Array;
  kindIds: Float64Array;
  kindCodes: Uint8Array;
  /** A coroutine's `started` right after its Task's: the Task and the coroutine. */
  linkSeqs: Int32Array;
  linkTasks: Float64Array;
  linkCoros: Float64Array;
  /** A Task's first ready-queue entry: the Task and the entry's label (its name). */
  nameSeqs: Int32Array;
  nameTasks: Float64Array;
  names: string[];
}

/** The buffers of a digest, to transfer. */
export function digestBuffers(d: BatchDigest): ArrayBuffer[] {
  return [
    d.timeSeqs,
    d.times,
    d.printSeqs,
    d.turnSeqs,
    d.turns,
    d.tickSeqs,
    d.kindSeqs,
    d.kindIds,
    d.kindCodes,
    d.linkSeqs,
    d.linkTasks,
    d.linkCoros,
    d.nameSeqs,
    d.nameTasks,
  ].map((a) => a.buffer as ArrayBuffer);
}

export interface DoneMessage {
  type: 'done';
  runId: number;
  model: ModelName;
  result: RunResult;
}

export interface ErrorMessage {
  type: 'error';
  runId: number;
  /** Absent when the failure is not tied to one model (e.g. the engine failed to load). */
  model?: ModelName;
  message: string;
}

/** The worker took a `run` request: its time budget counts from now. */
export interface StartedMessage {
  type: 'started';
  runId: number;
}

/** The answer to a `ping`. */
export interface PongMessage {
  type: 'pong';
  runId: number;
}

export type FromWorker = BatchMessage | DoneMessage | ErrorMessage | StartedMessage | PongMessage;

/** Steps per `run.step()` call: small enough that a cancel is seen within a few ms. */
export const SLICE_STEPS = 20_000;
/** A budget for interactive runs: an infinite loop stops in well under a second or two. */
export const UI_STEP_BUDGET = 5_000_000;
/**
 * Every runaway program stops within 2 s of wall time in the page (issue 10), however cheap
 * its steps are (a microtask flood, a million-line print loop): the worker stops it 1.5 s
 * after it began. The half second left is what a stop costs past the deadline, traced in
 * session 8 (ARCHITECTURE.md, "Starting a run"): the model that holds the worker overshoots
 * by a scavenge of its young objects (50–250 ms under load for the 10-million-promise chain,
 * whose young promises all survive), each model that starts past the deadline still runs its
 * DEADLINE_MIN_RUN_MS grace, and the last batches and the result reach the page and are
 * drawn. With 1.75 s the chain stopped 2.4–2.6 s after Run.
 */
export const UI_TIME_BUDGET_MS = 1_500;
/** Output lines kept per model: a print loop cannot fill the page's memory. */
export const UI_MAX_OUTPUT_LINES = 10_000;
/**
 * Events kept per run, shared out among its models (each gets UI_MAX_EVENTS / models): a
 * million-event run opens and scrubs (issue 10); the page's memory stays bounded.
 */
export const UI_MAX_EVENTS = 1_000_000;

export function isToWorker(x: unknown): x is ToWorker {
  if (typeof x !== 'object' || x === null) return false;
  const t = (x as { type?: unknown }).type;
  return (t === 'run' || t === 'cancel' || t === 'ping') && typeof (x as { runId?: unknown }).runId === 'number';
}
