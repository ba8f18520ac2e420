/**
 * The UI's picture of one model's run at one moment: what the timeline, queue and output
 * panels draw. It is only ever built by folding recorded events (src/ui/state/fold.ts);
 * nothing here is computed from the program, so the UI can never disagree with the engine.
 */
import type { InvocationKind, Pos, QueueName, RaceReason } from '../../engine/api';
import type { ListView, PQueue, PrefixList, PStack, PVec } from './lists';

export type { Indexed, ListLike, ListView } from './lists';

/** created: exists but its body has not run (Python's lazy coroutine); running: on the stack;
 *  suspended: parked at an `await`; done/failed/cancelled: settled. */
export type LaneState = 'created' | 'running' | 'suspended' | 'done' | 'failed' | 'cancelled';

/** The marker kinds the timeline draws, as a lane element's `data-markers` lists them. */
export type MarkerKind = 'started' | 'awaited' | 'resumed' | 'resolved' | 'rejected' | 'cancelled' | 'warning';

export interface Segment {
  state: LaneState;
  /** Index of the event that began this segment (its `seq`). */
  from: number;
}

export interface MarkerData {
  kind: MarkerKind;
  seq: number;
  time: number;
  loc?: Pos;
  /** awaited: the invocation waited on. */
  on?: number;
  /** resumed: the invocation (resolution or timer) that woke it. */
  by?: number;
  /** awaited: the awaited value; resolved: the value; rejected/warning: the message. */
  text?: string;
}

export interface Lane {
  id: number;
  kind: InvocationKind;
  name: string;
  parent?: number;
  /**
   * An async function body of the program (or `<module>` under top-level await): its states
   * are exactly its lane trace (src/engine/events/trace.ts), the one the tests check against
   * the real runtimes.
   */
  traced: boolean;
  /** Where the invocation was created (its call site). */
  loc?: Pos;
  createdSeq: number;
  state: LaneState;
  /**
   * Append-only over the run: a state's list is a prefix of the final one. The fold keeps them
   * as columns of numbers (src/ui/state/laneMarks.ts) and makes an item's object when it is read.
   */
  segments: ListView<Segment>;
  markers: ListView<MarkerData>;
  /** While suspended: what it waits on. */
  waitingOn?: number;
  waitingWhat?: string;
  /** The last line it executed. */
  line?: Pos;
}

export interface QueueItem {
  item: number;
  label: string;
  due?: number;
  seq: number;
}

/**
 * One print event's text: a line of output, or the rest of the line before (`continues`;
 * state/outputLines.ts joins them into the lines stdout has).
 */
export interface OutputLine {
  text: string;
  /** The invocation that printed it. */
  id?: number;
  seq: number;
  time: number;
  /** It extends the line the previous print left open (the engine's PrintEvent `continues`). */
  continues?: true;
  /** Written to stderr (the engine's PrintEvent `stream`): shown with the output, marked. */
  stderr?: true;
}

/** Two callbacks whose real order is not certain (the engine's `race` event). */
export interface RaceNote {
  first: number;
  second: number;
  reason: RaceReason;
  seq: number;
  time: number;
}

export interface WarningLine {
  text: string;
  id?: number;
  seq: number;
}

export interface RunErrorInfo {
  text: string;
  kind: string;
  loc?: Pos;
  id?: number;
  seq: number;
}

export type Queues = Record<QueueName, PQueue<QueueItem>>;

export interface ModelState {
  /** How many events have been folded in. */
  count: number;
  /** Virtual time in ms of the last event folded. */
  time: number;
  /** Python: `_run_once` iteration; JS: macrotask number. */
  turn: number;
  /** In creation order; a lane object keeps its identity while nothing about it changes. */
  lanes: PVec<Lane>;
  /**
   * invocation id → index in `lanes`, shared by every state of a recording: it may name
   * lanes created after this state, so look lanes up with `laneOf` (src/ui/state/fold.ts).
   */
  laneIndex: ReadonlyMap<number, number>;
  queues: Queues;
  /** Invocations currently running, innermost last (JS call stack / the running task). */
  stack: PStack<number>;
  output: PrefixList<OutputLine>;
  warnings: PrefixList<WarningLine>;
  /** Places where real runs may order two callbacks either way, as recorded so far. */
  races: PrefixList<RaceNote>;
  error?: RunErrorInfo;
  /** The line the model executes now (the last `line` event, else the last located event). */
  line?: Pos;
  /** The invocation `line` belongs to. */
  lineOwner?: number;
  ended: boolean;
  steps?: number;
}
