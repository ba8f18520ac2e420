/**
 * The UI state is a fold over the recorded events: `foldEvent(state, event)` never changes
 * `state`, so any earlier state can be kept as a checkpoint and replayed from
 * (src/ui/state/history.ts). One handler per event type.
 *
 * Folding one event costs O(log n) at most, however long the run (issue 10): the lists are
 * persistent (src/ui/state/lists.ts) — lanes and queues are persistent vectors, output,
 * warnings, races and each lane's segments and markers are prefixes of one append-only
 * list per recording — so successive states share everything they did not change and a
 * checkpoint costs a pointer.
 */
import { traceKindOf, type EngineEvent, type QueueName } from '../../engine/api';
import { LaneIndex } from './laneIndex';
import type { MarkList } from './laneMarks';
import { newEdit, NO_EDIT, PQueue, PrefixList, PStack, PVec, type Edit } from './lists';
import type {
  Lane,
  LaneState,
  MarkerData,
  MarkerKind,
  ModelState,
  OutputLine,
  QueueItem,
  Queues,
  RaceNote,
  Segment,
  WarningLine,
} from './types';

const QUEUE_NAMES: QueueName[] = ['microtask', 'nextTick', 'macrotask', 'timer', 'ready'];

export function emptyState(): ModelState {
  const queues = {} as Queues;
  for (const q of QUEUE_NAMES) queues[q] = PQueue.empty();
  // Every field present from the start, in one order: all states share one hidden class,
  // so the fold's property reads stay monomorphic (issue 10: a 1M-event run is folded in
  // one go when it opens).
  return {
    count: 0,
    time: 0,
    turn: 0,
    lanes: PVec.empty(),
    laneIndex: new LaneIndex(),
    queues,
    stack: PStack.empty(),
    output: PrefixList.empty(),
    warnings: PrefixList.empty(),
    races: PrefixList.empty(),
    error: undefined,
    line: undefined,
    lineOwner: undefined,
    ended: false,
    steps: undefined,
  };
}

/** A copy of `s` (every field, in emptyState's order): the one new state object an event makes. */
export function copyState(s: ModelState): ModelState {
  return {
    count: s.count,
    time: s.time,
    turn: s.turn,
    lanes: s.lanes,
    laneIndex: s.laneIndex,
    queues: s.queues,
    stack: s.stack,
    output: s.output,
    warnings: s.warnings,
    races: s.races,
    error: s.error,
    line: s.line,
    lineOwner: s.lineOwner,
    ended: s.ended,
    steps: s.steps,
  };
}

/** A copy of `l` (every field, in one order), for the one change an event makes to it. */
function copyLane(l: Lane): Lane {
  return {
    id: l.id,
    kind: l.kind,
    name: l.name,
    parent: l.parent,
    traced: l.traced,
    loc: l.loc,
    createdSeq: l.createdSeq,
    state: l.state,
    segments: l.segments,
    markers: l.markers,
    waitingOn: l.waitingOn,
    waitingWhat: l.waitingWhat,
    line: l.line,
  };
}

/** The lane of invocation `id` in state `s`, if it exists there. */
export function laneOf(s: ModelState, id: number | undefined): Lane | undefined {
  if (id === undefined) return undefined;
  const i = s.laneIndex.get(id);
  if (i === undefined) return undefined;
  const lane = s.lanes.at(i);
  return lane?.id === id ? lane : undefined;
}

// Whether an item about to be appended is the one already stored at that index: the same
// event folded again (a replay from a checkpoint). Every appended item comes from one event.
const sameLine = (a: OutputLine | WarningLine | RaceNote, b: OutputLine | WarningLine | RaceNote) => a.seq === b.seq;

/**
 * What one stretch of folding may change in place (issue 10): the trie nodes made in its
 * `edit` (src/ui/state/lists.ts), the lane copies and the queue record it made. A stretch is
 * the events between two states somebody keeps (checkpoints, the head: src/ui/state/history.ts
 * `FoldRun`); within it a lane that changes at every event is copied once, not per event.
 * PERSISTENT owns nothing: every change copies (foldEvent).
 */
export class FoldEdit {
  readonly lanes = new Set<Lane>();
  queues: Queues | undefined = undefined;
  constructor(readonly edit: Edit) {}

  /** A new stretch: nothing made before it may be changed from now on. */
  static begin(): FoldEdit {
    return new FoldEdit(newEdit());
  }
}

const PERSISTENT = new FoldEdit(NO_EDIT);

/**
 * A handler folds one event into `s`, a copy of the previous state that nobody else holds
 * yet (foldEvent or FoldRun made it), so it assigns its fields in place: at most one state
 * object per event instead of one per change (issue 10). Everything it assigns is itself new
 * or shared unchanged; the lists and lanes a kept state holds are never changed (only what
 * `ed` made since the last kept state is).
 */
type Handler<T extends EngineEvent['type']> = (s: ModelState, e: Extract<EngineEvent, { type: T }>, ed: FoldEdit) => void;
type Handlers = { [T in EngineEvent['type']]: Handler<T> };

/** The lane at index i of `s`, changeable in place: the edit's own copy (made and stored now if needed). */
function ownLane(s: ModelState, i: number, lane: Lane, ed: FoldEdit): Lane {
  if (ed.edit !== NO_EDIT && ed.lanes.has(lane)) return lane;
  const copy = copyLane(lane);
  if (ed.edit !== NO_EDIT) ed.lanes.add(copy);
  s.lanes = s.lanes.set(i, copy, ed.edit);
  return copy;
}

/** The queues record of `s`, changeable in place. */
function ownQueues(s: ModelState, ed: FoldEdit): Queues {
  if (ed.edit !== NO_EDIT && ed.queues === s.queues) return s.queues;
  const copy = { ...s.queues };
  if (ed.edit !== NO_EDIT) ed.queues = copy;
  s.queues = copy;
  return copy;
}

/** Changes the lane of invocation `id` in `s` (nothing when there is none). */
function updateLane(s: ModelState, id: number | undefined, ed: FoldEdit, fn: (lane: Lane) => void): void {
  const lane = laneOf(s, id);
  if (!lane) return;
  fn(ownLane(s, s.laneIndex.get(lane.id)!, lane, ed));
}

/**
 * A state change of a lane: started / awaited / resumed / resolved / rejected / cancelled:
 * a new segment when the state changes, and a marker. A traced lane follows its lane trace
 * (LaneTracer): until it starts, nothing else moves it (a coroutine thrown into or closed
 * before it ever ran has no trace lines).
 */
function transition(
  s: ModelState,
  e: EngineEvent & { id: number },
  state: LaneState,
  kind: MarkerKind,
  ref: number | undefined,
  text: string | undefined,
  ed: FoldEdit,
): Lane | undefined {
  const lane = laneOf(s, e.id);
  if (!lane) return undefined;
  if (lane.traced && lane.state === 'created' && traceKindOf(e) !== 'start') return undefined;
  const own = ownLane(s, s.laneIndex.get(lane.id)!, lane, ed);
  const index = s.laneIndex as LaneIndex;
  if (own.state !== state) own.segments = index.segments.push(own.segments as MarkList<Segment>, state, e.seq, ed.edit);
  own.markers = index.markers.push(own.markers as MarkList<MarkerData>, kind, e.seq, e.time, e.loc, ref, text, ed.edit);
  own.state = state;
  return own;
}

// Made once: a closure per removal was a few MB of garbage per 1M events folded (issue 10).
const isId = (x: number, id: number) => x === id;
const isItem = (q: QueueItem, item: unknown) => q.item === item;

/** Remove the innermost occurrence of `id` (an invocation leaves the stack when it suspends or ends). */
function popStack(stack: PStack<number>, id: number): PStack<number> {
  return stack.removeTopmost(isId, id);
}

function withLine(s: ModelState, e: EngineEvent, owner: number | undefined): void {
  if (!e.loc) return;
  s.line = e.loc;
  s.lineOwner = owner;
}

/** A settled lane no longer waits on anything. */
function settle(
  s: ModelState,
  e: EngineEvent & { id: number },
  state: LaneState,
  kind: MarkerKind,
  text: string | undefined,
  ed: FoldEdit,
): void {
  const lane = transition(s, e, state, kind, undefined, text, ed);
  if (lane) {
    lane.waitingOn = undefined;
    lane.waitingWhat = undefined;
  }
  s.stack = popStack(s.stack, e.id);
}

const handlers: Handlers = {
  invocation(s, e, ed) {
    const index = s.laneIndex as LaneIndex;
    const lane: Lane = {
      id: e.id,
      kind: e.kind,
      name: e.name,
      parent: e.parent,
      traced: e.traced === true,
      loc: e.loc,
      createdSeq: e.seq,
      state: 'created',
      segments: index.segments.first('created', e.seq, ed.edit),
      markers: index.markers.empty(),
      waitingOn: undefined,
      waitingWhat: undefined,
      line: undefined,
    };
    // The map is shared by the whole recording (ids are never reused within a run); a
    // replay of some other event sequence gets its own copy rather than changing it.
    const known = s.laneIndex.get(e.id);
    if (known !== s.lanes.length) {
      const own = known === undefined && s.laneIndex.size <= s.lanes.length ? (s.laneIndex as LaneIndex) : forkIndex(s);
      own.set(e.id, s.lanes.length);
      s.laneIndex = own;
    }
    if (ed.edit !== NO_EDIT) ed.lanes.add(lane);
    s.lanes = s.lanes.push(lane, ed.edit);
    // The call site is the line its creator is executing.
    withLine(s, e, e.parent);
  },
  started(s, e, ed) {
    const lane = transition(s, e, 'running', 'started', undefined, undefined, ed);
    if (lane) lane.line = e.loc ?? lane.line;
    s.stack = s.stack.push(e.id);
    withLine(s, e, e.id);
  },
  awaited(s, e, ed) {
    const lane = transition(s, e, 'suspended', 'awaited', e.on, e.what, ed);
    if (lane) {
      lane.waitingOn = e.on;
      lane.waitingWhat = e.what;
    }
    s.stack = popStack(s.stack, e.id);
    withLine(s, e, e.id);
  },
  resumed(s, e, ed) {
    const lane = transition(s, e, 'running', 'resumed', e.by, undefined, ed);
    if (lane) {
      lane.waitingOn = undefined;
      lane.waitingWhat = undefined;
    }
    s.stack = s.stack.push(e.id);
    withLine(s, e, e.id);
  },
  resolved(s, e, ed) {
    settle(s, e, 'done', 'resolved', e.value, ed);
  },
  rejected(s, e, ed) {
    settle(s, e, 'failed', 'rejected', e.error, ed);
  },
  cancelled(s, e, ed) {
    settle(s, e, 'cancelled', 'cancelled', undefined, ed);
  },
  print(s, e) {
    const line: OutputLine = { text: e.text, id: e.id, seq: e.seq, time: e.time };
    if (e.continues) line.continues = true;
    if (e.stream === 'stderr') line.stderr = true;
    s.output = s.output.push(line, sameLine);
  },
  enqueue(s, e, ed) {
    const item: QueueItem = { item: e.item, label: e.label, due: e.due, seq: e.seq };
    const queues = ownQueues(s, ed);
    queues[e.queue] = queues[e.queue].push(item, ed.edit);
  },
  dequeue(s, e, ed) {
    const list = s.queues[e.queue];
    const next = list.removeFirst(isItem, e.item);
    if (next !== list) ownQueues(s, ed)[e.queue] = next;
  },
  'timer-cancelled'(s, e, ed) {
    const list = s.queues.timer;
    const next = list.removeFirst(isItem, e.item);
    if (next !== list) ownQueues(s, ed).timer = next;
  },
  time() {},
  turn(s, e) {
    s.turn = e.n;
  },
  line(s, e, ed) {
    if (e.loc) {
      const loc = e.loc;
      updateLane(s, e.id, ed, (l) => (l.line = loc));
    }
    withLine(s, e, e.id);
  },
  // A timing race (issue 11): shown as a note; the lanes themselves do not change.
  race(s, e) {
    s.races = s.races.push({ first: e.first, second: e.second, reason: e.reason, seq: e.seq, time: e.time }, sameLine);
  },
  warning(s, e, ed) {
    const markers = (s.laneIndex as LaneIndex).markers;
    updateLane(
      s,
      e.id,
      ed,
      (l) => (l.markers = markers.push(l.markers as MarkList<MarkerData>, 'warning', e.seq, e.time, e.loc, undefined, e.text, ed.edit)),
    );
    s.warnings = s.warnings.push({ text: e.text, id: e.id, seq: e.seq }, sameLine);
  },
  error(s, e) {
    s.error = { text: e.text, kind: e.errorKind, loc: e.loc, id: e.id, seq: e.seq };
  },
  end(s, e) {
    s.ended = true;
    s.steps = e.steps;
  },
};

/** The state after `e`: a new state; `s` and everything it holds stay as they are. */
export function foldEvent(s: ModelState, e: EngineEvent): ModelState {
  const next = copyState(s);
  foldInto(next, e, PERSISTENT);
  return next;
}

/**
 * Folds `e` into `s` itself: `s` is a state no one else holds (a copy made for `ed`'s
 * stretch), and what `ed` made may change in place (src/ui/state/history.ts FoldRun).
 */
export function foldInto(s: ModelState, e: EngineEvent, ed: FoldEdit): void {
  // A position inside a shim prelude is not a line of the user's snippet: drop it, so it
  // neither highlights an editor line nor labels a lane.
  if (e.loc?.file) e = { ...e, loc: undefined };
  (handlers[e.type] as Handler<typeof e.type>)(s, e, ed);
  s.count++;
  s.time = e.time;
}

export function foldEvents(events: readonly EngineEvent[], from: ModelState = emptyState(), upto = events.length): ModelState {
  let s = from;
  const end = Math.min(upto, events.length);
  for (let i = from.count; i < end; i++) s = foldEvent(s, events[i]!);
  return s;
}

/** A private copy of the id → lane map holding only the lanes of `s`. */
function forkIndex(s: ModelState): LaneIndex {
  const shared = s.laneIndex as LaneIndex;
  const own = new LaneIndex(shared.segments, shared.markers);
  s.lanes.slice().forEach((lane, i) => own.set(lane.id, i));
  return own;
}
