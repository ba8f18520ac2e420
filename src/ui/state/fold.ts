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
import { PQueue, PrefixList, PStack, PVec } from './lists';
import type { Lane, LaneState, MarkerData, ModelState, OutputLine, QueueItem, Queues, RaceNote, Segment, WarningLine } from './types';

const QUEUE_NAMES: QueueName[] = ['microtask', 'nextTick', 'macrotask', 'timer', 'ready'];

export function emptyState(): ModelState {
  const queues = {} as Queues;
  for (const q of QUEUE_NAMES) queues[q] = PQueue.empty();
  return {
    count: 0,
    time: 0,
    turn: 0,
    lanes: PVec.empty(),
    laneIndex: new Map(),
    queues,
    stack: PStack.empty(),
    output: PrefixList.empty(),
    warnings: PrefixList.empty(),
    races: PrefixList.empty(),
    ended: false,
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
const sameSegment = (a: Segment, b: Segment) => a.from === b.from && a.state === b.state;
const sameMarker = (a: MarkerData, b: MarkerData) => a.seq === b.seq && a.kind === b.kind;
const sameLine = (a: OutputLine | WarningLine | RaceNote, b: OutputLine | WarningLine | RaceNote) => a.seq === b.seq;

type Handler<T extends EngineEvent['type']> = (s: ModelState, e: Extract<EngineEvent, { type: T }>) => ModelState;
type Handlers = { [T in EngineEvent['type']]: Handler<T> };

function updateLane(s: ModelState, id: number | undefined, fn: (lane: Lane) => Lane): ModelState {
  const lane = laneOf(s, id);
  if (!lane) return s;
  return { ...s, lanes: s.lanes.set(s.laneIndex.get(lane.id)!, fn(lane)) };
}

/**
 * A state change of a lane: started / awaited / resumed / resolved / rejected / cancelled.
 * A traced lane follows its lane trace (LaneTracer): until it starts, nothing else moves it
 * (a coroutine thrown into or closed before it ever ran has no trace lines).
 */
function updateLaneState(s: ModelState, e: EngineEvent & { id: number }, fn: (lane: Lane) => Lane): ModelState {
  const lane = laneOf(s, e.id);
  if (!lane) return s;
  if (lane.traced && lane.state === 'created' && traceKindOf(e) !== 'start') return s;
  return { ...s, lanes: s.lanes.set(s.laneIndex.get(lane.id)!, fn(lane)) };
}

/** Move a lane to a new state (a new segment) and add a marker. */
function transition(lane: Lane, state: LaneState, seq: number, marker?: MarkerData, extra?: Partial<Lane>): Lane {
  const segments = lane.state === state ? lane.segments : lane.segments.push({ state, from: seq }, sameSegment);
  const markers = marker ? lane.markers.push(marker, sameMarker) : lane.markers;
  return { ...lane, ...extra, state, segments, markers };
}

function pushStack(stack: PStack<number>, id: number): PStack<number> {
  return stack.push(id);
}

/** Remove the innermost occurrence of `id` (an invocation leaves the stack when it suspends or ends). */
function popStack(stack: PStack<number>, id: number): PStack<number> {
  return stack.removeTopmost((x) => x === id);
}

function withLine(s: ModelState, e: EngineEvent, owner: number | undefined): ModelState {
  return e.loc ? { ...s, line: e.loc, lineOwner: owner } : s;
}

const handlers: Handlers = {
  invocation(s, e) {
    const lane: Lane = {
      id: e.id,
      kind: e.kind,
      name: e.name,
      parent: e.parent,
      traced: e.traced === true,
      loc: e.loc,
      createdSeq: e.seq,
      state: 'created',
      segments: PrefixList.empty<Segment>().push({ state: 'created', from: e.seq }, sameSegment),
      markers: PrefixList.empty(),
    };
    // The map is shared by the whole recording (ids are never reused within a run); a
    // replay of some other event sequence gets its own copy rather than changing it.
    let laneIndex = s.laneIndex;
    const known = laneIndex.get(e.id);
    if (known !== s.lanes.length) {
      const own = known === undefined && laneIndex.size <= s.lanes.length ? (laneIndex as Map<number, number>) : forkIndex(s);
      own.set(e.id, s.lanes.length);
      laneIndex = own;
    }
    // The call site is the line its creator is executing.
    return withLine({ ...s, lanes: s.lanes.push(lane), laneIndex }, e, e.parent);
  },
  started(s, e) {
    const next = updateLaneState(s, e, (l) =>
      transition(l, 'running', e.seq, { kind: 'started', seq: e.seq, time: e.time, loc: e.loc }, { line: e.loc ?? l.line }),
    );
    return withLine({ ...next, stack: pushStack(s.stack, e.id) }, e, e.id);
  },
  awaited(s, e) {
    const next = updateLaneState(s, e, (l) =>
      transition(
        l,
        'suspended',
        e.seq,
        { kind: 'awaited', seq: e.seq, time: e.time, loc: e.loc, on: e.on, text: e.what },
        { waitingOn: e.on, waitingWhat: e.what },
      ),
    );
    return withLine({ ...next, stack: popStack(s.stack, e.id) }, e, e.id);
  },
  resumed(s, e) {
    const next = updateLaneState(s, e, (l) =>
      transition(
        l,
        'running',
        e.seq,
        { kind: 'resumed', seq: e.seq, time: e.time, loc: e.loc, by: e.by },
        { waitingOn: undefined, waitingWhat: undefined },
      ),
    );
    return withLine({ ...next, stack: pushStack(s.stack, e.id) }, e, e.id);
  },
  resolved(s, e) {
    const next = updateLaneState(s, e, (l) =>
      transition(
        l,
        'done',
        e.seq,
        { kind: 'resolved', seq: e.seq, time: e.time, loc: e.loc, text: e.value },
        { waitingOn: undefined, waitingWhat: undefined },
      ),
    );
    return { ...next, stack: popStack(s.stack, e.id) };
  },
  rejected(s, e) {
    const next = updateLaneState(s, e, (l) =>
      transition(
        l,
        'failed',
        e.seq,
        { kind: 'rejected', seq: e.seq, time: e.time, loc: e.loc, text: e.error },
        { waitingOn: undefined, waitingWhat: undefined },
      ),
    );
    return { ...next, stack: popStack(s.stack, e.id) };
  },
  cancelled(s, e) {
    const next = updateLaneState(s, e, (l) =>
      transition(
        l,
        'cancelled',
        e.seq,
        { kind: 'cancelled', seq: e.seq, time: e.time, loc: e.loc },
        { waitingOn: undefined, waitingWhat: undefined },
      ),
    );
    return { ...next, stack: popStack(s.stack, e.id) };
  },
  print(s, e) {
    return { ...s, output: s.output.push({ text: e.text, id: e.id, seq: e.seq, time: e.time }, sameLine) };
  },
  enqueue(s, e) {
    const item: QueueItem = { item: e.item, label: e.label, due: e.due, seq: e.seq };
    return { ...s, queues: { ...s.queues, [e.queue]: s.queues[e.queue].push(item) } };
  },
  dequeue(s, e) {
    const list = s.queues[e.queue];
    const next = list.removeFirst((q) => q.item === e.item);
    return next === list ? s : { ...s, queues: { ...s.queues, [e.queue]: next } };
  },
  'timer-cancelled'(s, e) {
    const list = s.queues.timer;
    const next = list.removeFirst((q) => q.item === e.item);
    return next === list ? s : { ...s, queues: { ...s.queues, timer: next } };
  },
  time(s) {
    return s;
  },
  turn(s, e) {
    return { ...s, turn: e.n };
  },
  line(s, e) {
    const next = updateLane(s, e.id, (l) => (e.loc ? { ...l, line: e.loc } : l));
    return withLine(next, e, e.id);
  },
  // A timing race (issue 11): shown as a note; the lanes themselves do not change.
  race(s, e) {
    return { ...s, races: s.races.push({ first: e.first, second: e.second, reason: e.reason, seq: e.seq, time: e.time }, sameLine) };
  },
  warning(s, e) {
    const next = updateLane(s, e.id, (l) => ({
      ...l,
      markers: l.markers.push({ kind: 'warning', seq: e.seq, time: e.time, loc: e.loc, text: e.text }, sameMarker),
    }));
    return { ...next, warnings: next.warnings.push({ text: e.text, id: e.id, seq: e.seq }, sameLine) };
  },
  error(s, e) {
    return { ...s, error: { text: e.text, kind: e.errorKind, loc: e.loc, id: e.id, seq: e.seq } };
  },
  end(s, e) {
    return { ...s, ended: true, steps: e.steps };
  },
};

export function foldEvent(s: ModelState, e: EngineEvent): ModelState {
  // A position inside a shim prelude is not a line of the user's snippet: drop it, so it
  // neither highlights an editor line nor labels a lane.
  if (e.loc?.file) e = { ...e, loc: undefined };
  const handler = handlers[e.type] as Handler<typeof e.type>;
  const next = handler(s, e);
  return { ...next, count: s.count + 1, time: e.time };
}

export function foldEvents(events: readonly EngineEvent[], from: ModelState = emptyState(), upto = events.length): ModelState {
  let s = from;
  const end = Math.min(upto, events.length);
  for (let i = from.count; i < end; i++) s = foldEvent(s, events[i]!);
  return s;
}

/** A private copy of the id → lane map holding only the lanes of `s`. */
function forkIndex(s: ModelState): Map<number, number> {
  const own = new Map<number, number>();
  s.lanes.slice().forEach((lane, i) => own.set(lane.id, i));
  return own;
}
