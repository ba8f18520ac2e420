/**
 * What the engine records: a typed discriminated union, one object per scheduling fact.
 *
 * The UI never asks the engine anything; its state is a fold over these events, so
 * scrubbing to event N is "replay the first N events" (record first, then replay).
 *
 * Every event has `seq` (0, 1, 2, ... per run), `time` (virtual milliseconds since the
 * run started) and, where it has one, `loc` (the source position that caused it, line
 * 1-based, col 0-based). Ids (`id`, `on`, `by`, `item`) name *invocations*: every async
 * call, coroutine, task, promise, future, callback, timer and microtask gets one when it
 * is created, with a human name (the function name, `setTimeout callback`, ...).
 */

import type { ModelName } from '../names';

export interface Pos {
  line: number;
  col: number;
  /** Set when the position is in a prelude (a shim), not in the user's snippet: its name. */
  file?: string;
}

export type InvocationKind =
  | 'main' // the module body / asyncio.run's main task
  | 'async-call' // JS: a call of an async function (its body runs at once)
  | 'coroutine' // Python: a coroutine object (lazy until awaited or wrapped in a task)
  | 'task' // Python: an asyncio.Task
  | 'promise' // a promise/future that is not a function body (new Promise, create_future, promisio Promise)
  | 'callback' // a then/catch/finally handler, a done callback, a call_soon callback
  | 'timer' // setTimeout/setInterval/call_later/sleep timers
  | 'microtask' // queueMicrotask / process.nextTick callbacks
  | 'function'; // a plain synchronous call the timeline chose to show (top-level helpers are not recorded)

export type QueueName =
  | 'microtask' // JS promise jobs + queueMicrotask
  | 'nextTick' // Node's process.nextTick queue
  | 'macrotask' // JS timers that came due (one callback per macrotask)
  | 'timer' // pending timers: JS timer list / asyncio's _scheduled heap
  | 'ready'; // asyncio's _ready deque

interface Base {
  seq: number;
  /** Virtual time in milliseconds. */
  time: number;
  loc?: Pos;
}

/** A new invocation exists: a call was made, a coroutine/task/promise/timer was created. */
export interface InvocationEvent extends Base {
  type: 'invocation';
  id: number;
  kind: InvocationKind;
  name: string;
  /** The invocation that was running when this one was created (its creator). */
  parent?: number;
  /**
   * A function body the lane trace covers (trace.ts): an async function defined in the
   * program itself (not in a prelude, not in the runtime's library), or the module body
   * when it runs under top-level await. Its started / awaited / resumed / resolved /
   * rejected / cancelled events are then exactly the body's start, suspensions,
   * resumptions and completion, as a profiler of the real runtime sees them.
   */
  traced?: true;
}

/** The invocation's body (or callback) began running. */
export interface StartedEvent extends Base {
  type: 'started';
  id: number;
}

/** The invocation suspended at an `await` (or a task awaited a future). */
export interface AwaitedEvent extends Base {
  type: 'awaited';
  id: number;
  /** The invocation it now waits on (a promise, future, task, coroutine or timer), if it has one. */
  on?: number;
  /** Human description of the awaited value: `sleep(0.2)`, `Promise`, `42`, `<Task fetch>`. */
  what: string;
}

/** The invocation continued after an `await`. */
export interface ResumedEvent extends Base {
  type: 'resumed';
  id: number;
  /** The invocation whose settlement (or the timer) that woke it, when known. */
  by?: number;
}

/** The invocation finished or settled successfully. */
export interface ResolvedEvent extends Base {
  type: 'resolved';
  id: number;
  /** The value, formatted in the language of the code that produced it. */
  value: string;
}

export interface RejectedEvent extends Base {
  type: 'rejected';
  id: number;
  /** `Type: message`. */
  error: string;
}

export interface CancelledEvent extends Base {
  type: 'cancelled';
  id: number;
}

/** One line of program output (stdout, or stderr with `stream`), or the rest of a line a write left open (`continues`). */
export interface PrintEvent extends Base {
  type: 'print';
  text: string;
  /** The invocation that printed it. */
  id?: number;
  /**
   * The text extends the line the previous print left open (a write that ended without a
   * newline: Python's `print(..., end='')` and `sys.stdout.write`, Node's
   * `process.stdout.write`); stdout has them as one line.
   */
  continues?: true;
  /**
   * The line went to stderr (`console.error`, `process.stderr.write`, Python's `logging` and
   * `print(..., file=sys.stderr)`): shown with the output, not part of stdout (runtime/output.ts).
   */
  stream?: 'stderr';
}

export interface EnqueueEvent extends Base {
  type: 'enqueue';
  queue: QueueName;
  /** The invocation the entry will run (a callback, a task step, a timer). */
  item: number;
  label: string;
  /** Timers: due time in virtual ms. */
  due?: number;
}

export interface DequeueEvent extends Base {
  type: 'dequeue';
  queue: QueueName;
  item: number;
}

/** A timer entry was cancelled (clearTimeout, handle.cancel()). */
export interface TimerCancelledEvent extends Base {
  type: 'timer-cancelled';
  item: number;
}

/** The virtual clock jumped forward (the loop had nothing ready and waited for a timer). */
export interface TimeEvent extends Base {
  type: 'time';
  from: number;
  to: number;
}

/** Python: one `_run_once` iteration began. JS: one macrotask (or the main script) began. */
export interface TurnEvent extends Base {
  type: 'turn';
  n: number;
}

/** The line currently executing, emitted when execution moves to a new statement of an invocation. */
export interface LineEvent extends Base {
  type: 'line';
  id: number;
}

export interface WarningEvent extends Base {
  type: 'warning';
  text: string;
  id?: number;
}

/**
 * Two callbacks whose order a real run does not fix: they became due within 1 ms of each
 * other (timers whose deadlines coincide only on paper), `setTimeout(f, 0)` against
 * `setImmediate` in a CommonJS main script, or two tasks CPython takes from a set hashed by
 * object address (models/python/set-order.ts). The recording keeps the order this model
 * chose; the UI marks the pair "real runs may order these either way" (issue 11).
 */
export interface RaceEvent extends Base {
  type: 'race';
  /** The two queue items (callbacks, timers, task steps) whose order is not certain, in the order they ran. */
  first: number;
  second: number;
  reason: RaceReason;
}

export type RaceReason = 'near-deadlines' | 'timeout-vs-immediate' | 'set-order';

/** The run ended with an error (uncaught exception, unhandled rejection, engine error). */
export interface ErrorEvent extends Base {
  type: 'error';
  text: string;
  errorKind: 'uncaught-exception' | 'unhandled-rejection' | 'syntax' | 'unsupported' | 'budget' | 'recursion' | 'cancelled' | 'internal';
  id?: number;
}

/** The last event of every run. */
export interface EndEvent extends Base {
  type: 'end';
  model: ModelName;
  steps: number;
}

export type EngineEvent =
  | InvocationEvent
  | StartedEvent
  | AwaitedEvent
  | ResumedEvent
  | ResolvedEvent
  | RejectedEvent
  | CancelledEvent
  | PrintEvent
  | EnqueueEvent
  | DequeueEvent
  | TimerCancelledEvent
  | TimeEvent
  | TurnEvent
  | LineEvent
  | WarningEvent
  | RaceEvent
  | ErrorEvent
  | EndEvent;

export type EngineEventType = EngineEvent['type'];

/** An event before the recorder stamps it with `seq` and `time`. */
export type EventInput = EngineEvent extends infer E ? (E extends EngineEvent ? Omit<E, 'seq' | 'time'> : never) : never;
