/**
 * The engine's public surface: what the Worker, the CLI, the tests and the benchmarks call.
 *
 *   const run = createRun(source, { lang: 'py', model: 'python' });
 *   while (!run.done) post(run.step(50_000));     // batches of events
 *   run.result();                                  // stdout, error, warnings...
 *
 * `step(n)` executes at most about n interpreter steps (it stops between callbacks,
 * loop iterations or microtasks) and returns the events recorded since the last call.
 * A run whose total steps exceed `budget` ends with an error event of kind 'budget'
 * and keeps everything it recorded. `cancel()` ends it at once with kind 'cancelled'.
 */
import type { Lang, ModelName } from './names';
import type { EngineEvent } from './events/types';
import type { PackedBatch } from './events/packed';
import type { JsModeOption } from './names';

// The public types (and the model names) the worker protocol, the UI and the CLI see: outside
// src/engine they import the engine only through this module (ARCHITECTURE.md "Layout").
export {
  MODEL_NAMES,
  isModelName,
  modelFamily,
  JS_MODE_OPTIONS,
  isJsModeOption,
  type Lang,
  type ModelName,
  type JsMode,
  type JsModeOption,
  type JsModeDecision,
} from './names';
export type { EngineEvent, InvocationKind, Pos, QueueName, RaceReason } from './events/types';
export { laneTrace, formatTraceEntry, LaneTracer, traceKindOf, type TraceEntry, type TraceEventKind } from './events/trace';
export { narrate, captionIndexAt, formatNarrationLine, Narrator, type NarratedEvents, type NarrationLine } from './events/narration';
export { hintsFor, HINT_RULES, type Hint, type HintRule, type HintInput } from './events/hints';
export { EventPacker, PackedLog, type PackedBatch, type PackedShape } from './events/packed';
export { decodeNumber, hasSlot, integerText } from './events/packed-writer';

export interface PreludeSource {
  source: string;
  lang: Lang;
  /** Shown in messages about the prelude, e.g. 'shims/asyncio.js'. */
  name: string;
}

export interface RunOptions {
  lang: Lang;
  model: ModelName;
  /** Runs first in the same global scope (the conformance shims are used this way). */
  prelude?: PreludeSource;
  /**
   * When no prelude is given and the snippet's language is not the model's (a Python
   * snippet under `js`, a JS snippet under a Python model), run the bundled shim for that
   * direction first (src/engine/shims). Default true.
   */
  autoShim?: boolean;
  /** Total interpreter steps before the run is stopped (default DEFAULT_STEP_BUDGET). */
  budget?: number;
  /**
   * Wall-clock milliseconds the run may spend inside `step()` before it is stopped with a
   * 'budget' error (default: no limit). The playground sets one so that no snippet holds
   * the worker for long, whatever its steps cost.
   */
  timeBudgetMs?: number;
  /**
   * A `performance.now()` time past which the run stops with the time budget's 'budget'
   * error, however the time was spent — in `step()`, or between calls while its host did
   * other work (packing and posting events, other runs' slices). Looked at when each
   * `step()` begins and with the time budget's checkpoints. The playground's worker gives
   * every model of a run the same one, so a runaway stops within a wall-clock time of the
   * page starting it (issue 10). Default: none.
   */
  deadline?: number;
  /**
   * The host heap (bytes of JavaScript heap in use, where the host reports it: Node's
   * `process.memoryUsage()`, Chromium's `performance.memory`) past which the run stops with
   * a 'budget' error (default DEFAULT_HEAP_LIMIT_BYTES; Infinity turns it off). Checked every
   * few tens of thousands of steps, so a program that keeps memory growing — unbounded
   * async recursion through tasks, millions of live promises — stops cleanly instead of
   * taking the host process down (runtime/limits.ts `HeapCap`).
   */
  heapLimitBytes?: number;
  /** Record scheduling events (default true). The CLI without --events and the benchmarks turn it off. */
  recordEvents?: boolean;
  /** Keep at most this many lines of stdout (the run goes on; `outputDropped` counts the rest). */
  maxOutputLines?: number;
  /** Stop recording after this many events (the run goes on; `eventsTruncated` says so). */
  maxEvents?: number;
  /**
   * Called with the events recorded so far, packed, whenever `streamEvery` of them have
   * piled up inside one `step()` call: a slice that never returns before the deadline (a
   * synchronous loop making millions of promises) still streams its events, so its host can
   * hand them on while it runs (the playground's worker posts them to the page, which folds
   * them meanwhile; issue 10). What is left at the end of the slice comes from `stepPacked`.
   */
  onEvents?: (batch: PackedBatch) => void;
  /** Events per `onEvents` call (default 20,000). */
  streamEvery?: number;
  /**
   * Under `js`: run the program as `node file.js` runs it ('commonjs'), as `node file.mjs`
   * does ('module'), or decide from its syntax ('auto': top-level await or import/export
   * make a module; src/engine/syntax/js/mode.ts). With a prelude, the decision reads the
   * prelude and the program as the one text Node ran. Default 'module', the way the
   * conformance corpus ran every program; the CLI and the playground pass 'auto'.
   */
  jsMode?: JsModeOption;
  /**
   * Under `js`: virtual milliseconds the main program takes (default 0). With 1 or more, a
   * 0 ms timer of a CommonJS main script is due when the loop first reaches its timers phase,
   * so it runs before setImmediate — the other order of that real race (event-loop.ts header),
   * which Node shows on a busy machine.
   */
  jsMainScriptMs?: number;
}

/** A generous default: a program of a million steps finishes; `while True: pass` stops within a second or two. */
export const DEFAULT_STEP_BUDGET = 20_000_000;
/**
 * 1 GiB of host heap. Node 20 on a 24 GB machine aborts past ~4 GB, and a run's own live
 * state costs about 0.5–2.5 KB per suspended task or pending promise, so a program that
 * grows without bound is stopped near a million of them, with room left to report it.
 */
export const DEFAULT_HEAP_LIMIT_BYTES = 1024 * 1024 * 1024;

export type ErrorKind =
  'uncaught-exception' | 'unhandled-rejection' | 'syntax' | 'unsupported' | 'budget' | 'recursion' | 'cancelled' | 'internal';

/** The shape of a model entry in the conformance expectations, plus engine diagnostics. */
export interface RunResult {
  model: ModelName;
  stdout: string[];
  /** `Type: message`, or null. */
  error: string | null;
  errorKind: ErrorKind | null;
  /** How many stdout lines had been printed when the error surfaced. */
  errorAt: number | null;
  /** 1-based line and 0-based column of the error, when it has one. */
  errorPos: { line: number; col: number } | null;
  warnings: string[];
  /**
   * What the program wrote to stderr (console.error, process.stderr.write, Python's logging
   * and sys.stderr), line by line; the recording has each line where it was written.
   */
  stderr: string[];
  /** For each stderr line, how many stdout lines had been printed when it was written. */
  stderrAt: number[];
  /** Virtual seconds when the run ended (Python models report it; JS reports it too). */
  virtualTime: number;
  /** Python models: 'repl' (top-level await / JS-origin) or 'script'; js: 'commonjs' or 'module'. */
  mode: 'repl' | 'script' | 'module' | 'commonjs';
  /** js: why the program ran in that mode (e.g. "top-level await at 3:0: runs as an ES module ..."); null otherwise. */
  modeReason?: string | null;
  steps: number;
  eventsTruncated: boolean;
  /** Lines printed past `maxOutputLines`, stdout and stderr (0 when none were dropped). */
  outputDropped: number;
}

export interface StepResult {
  events: EngineEvent[];
  done: boolean;
}

/** A step's events in their packed form (events/packed.ts), null when it recorded none. */
export interface PackedStepResult {
  batch: PackedBatch | null;
  done: boolean;
}

export interface Run {
  readonly done: boolean;
  step(maxSteps: number): StepResult;
  /** `step`, with the events as the recorder wrote them: packed, no object per event (what the worker posts). */
  stepPacked(maxSteps: number): PackedStepResult;
  cancel(): void;
  result(): RunResult;
}
