/**
 * The UI state is a fold over the recorded events: `foldEvent(state, event)` is pure and
 * never mutates `state`, so any earlier state can be kept as a checkpoint and replayed
 * from (src/ui/state/history.ts). One handler per event type.
 *
 * Arrays are copied on write (lanes, queues, output); unchanged parts are shared between
 * successive states, so keeping a checkpoint every K events costs little.
 */
import { traceKindOf, type EngineEvent, type QueueName } from '../../engine/api';
import type { Lane, LaneState, MarkerData, ModelState, QueueItem, Queues } from './types';

const QUEUE_NAMES: QueueName[] = ['microtask', 'nextTick', 'macrotask', 'timer', 'ready'];

export function emptyState(): ModelState {
  const queues = {} as Queues;
  for (const q of QUEUE_NAMES) queues[q] = [];
  return {
    count: 0,
    time: 0,
    turn: 0,
    lanes: [],
    laneIndex: new Map(),
    queues,
    stack: [],
    output: [],
    warnings: [],
    races: [],
    ended: false,
  };
}

type Handler<T extends EngineEvent['type']> = (s: ModelState, e: Extract<EngineEvent, { type: T }>) => ModelState;
type Handlers = { [T in EngineEvent['type']]: Handler<T> };

function updateLane(s: ModelState, id: number | undefined, fn: (lane: Lane) => Lane): ModelState {
  if (id === undefined) return s;
  const i = s.laneIndex.get(id);
  if (i === undefined) return s;
  const lane = s.lanes[i];
  if (!lane) return s;
  const lanes = s.lanes.slice();
  lanes[i] = fn(lane);
  return { ...s, lanes };
}

/**
 * A state change of a lane: started / awaited / resumed / resolved / rejected / cancelled.
 * A traced lane follows its lane trace (LaneTracer): until it starts, nothing else moves it
 * (a coroutine thrown into or closed before it ever ran has no trace lines).
 */
function updateLaneState(s: ModelState, e: EngineEvent & { id: number }, fn: (lane: Lane) => Lane): ModelState {
  const i = s.laneIndex.get(e.id);
  if (i === undefined) return s;
  const lane = s.lanes[i];
  if (!lane) return s;
  if (lane.traced && lane.state === 'created' && traceKindOf(e) !== 'start') return s;
  const lanes = s.lanes.slice();
  lanes[i] = fn(lane);
  return { ...s, lanes };
}

/** Move a lane to a new state (a new segment) and add a marker. */
function transition(lane: Lane, state: LaneState, seq: number, marker?: MarkerData, extra?: Partial<Lane>): Lane {
  const segments = lane.state === state ? lane.segments : [...lane.segments, { state, from: seq }];
  const markers = marker ? [...lane.markers, marker] : lane.markers;
  return { ...lane, ...extra, state, segments, markers };
}

function pushStack(stack: number[], id: number): number[] {
  return [...stack, id];
}

/** Remove the innermost occurrence of `id` (an invocation leaves the stack when it suspends or ends). */
function popStack(stack: number[], id: number): number[] {
  const i = stack.lastIndexOf(id);
  if (i < 0) return stack;
  return [...stack.slice(0, i), ...stack.slice(i + 1)];
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
      segments: [{ state: 'created', from: e.seq }],
      markers: [],
    };
    const laneIndex = new Map(s.laneIndex);
    laneIndex.set(e.id, s.lanes.length);
    // The call site is the line its creator is executing.
    return withLine({ ...s, lanes: [...s.lanes, lane], laneIndex }, e, e.parent);
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
    return { ...s, output: [...s.output, { text: e.text, id: e.id, seq: e.seq, time: e.time }] };
  },
  enqueue(s, e) {
    const item: QueueItem = { item: e.item, label: e.label, due: e.due, seq: e.seq };
    return { ...s, queues: { ...s.queues, [e.queue]: [...s.queues[e.queue], item] } };
  },
  dequeue(s, e) {
    const list = s.queues[e.queue];
    const i = list.findIndex((q) => q.item === e.item);
    if (i < 0) return s;
    return { ...s, queues: { ...s.queues, [e.queue]: [...list.slice(0, i), ...list.slice(i + 1)] } };
  },
  'timer-cancelled'(s, e) {
    const list = s.queues.timer;
    const i = list.findIndex((q) => q.item === e.item);
    if (i < 0) return s;
    return { ...s, queues: { ...s.queues, timer: [...list.slice(0, i), ...list.slice(i + 1)] } };
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
    return { ...s, races: [...s.races, { first: e.first, second: e.second, reason: e.reason, seq: e.seq, time: e.time }] };
  },
  warning(s, e) {
    const next = updateLane(s, e.id, (l) => ({
      ...l,
      markers: [...l.markers, { kind: 'warning', seq: e.seq, time: e.time, loc: e.loc, text: e.text }],
    }));
    return { ...next, warnings: [...s.warnings, { text: e.text, id: e.id, seq: e.seq }] };
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
  for (const e of events.slice(from.count, upto)) s = foldEvent(s, e);
  return s;
}
