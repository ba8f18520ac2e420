/**
 * What the timeline needs from a recording beyond the folded state, gathered in one pass
 * that picks up where it stopped (recordings only grow, src/ui/state/history.ts):
 * - where virtual time moves, where the loop starts another iteration, and where a microtask
 *   is taken from its queue (the time axis);
 * - which asyncio Task drives which coroutine, and the Task's name, so that the two are one
 *   lane called like the queue panel calls it ("f · Task-2").
 *
 * A Task and its coroutine: Task.__step (CPython Lib/asyncio/tasks.py) sends into its
 * coroutine, so the engine records the task's `started` and, as the very next event, the
 * coroutine's `started` (src/engine/models/python/task.ts `step` / `eagerStart`). That pair
 * is the link. The Task's name is the label of its first ready-queue entry: the handle
 * asyncio's call_soon makes for `__step`, which the queue panel shows under the same label.
 */
import type { EngineEvent, InvocationKind } from '../../engine/api';
import type { ListLike } from '../state/lists';
import type { RecordingMarks } from '../state/marks';

export interface RunIndex {
  /** How many events have been read. */
  count: number;
  /** Seqs where virtual time differs from the event before (seq 0 included), ascending. */
  timeSeqs: number[];
  /** Virtual time (ms) at each of timeSeqs. */
  times: number[];
  /** Seqs of `turn` events (a loop iteration / a macrotask), ascending. */
  turnSeqs: number[];
  /** The turn number at each of turnSeqs. */
  turns: number[];
  /** Seqs where a microtask (or nextTick callback) was taken from its queue: JS's ticks inside one turn. */
  tickSeqs: number[];
  /** task invocation id → its coroutine's invocation id. */
  coroOfTask: Map<number, number>;
  /** coroutine invocation id → the task that drives it. */
  taskOfCoro: Map<number, number>;
  /** task invocation id → the Task's name (`Task-2`, or the `name=` it was given). */
  taskName: Map<number, string>;
  /** Invocation kinds by id (only what the links above need to check). */
  kinds: Map<number, InvocationKind>;
  /**
   * The tasks whose link or name was set, in the order it was (a task id each time): what a
   * reader caching per-lane results (rows.ts `buildRows`) must look at again.
   */
  linked: number[];
  lastTime: number;
  /** The previous event, when it was a task's `started`: the id of that task. */
  startedTask: number | undefined;
}

/** What a packed recording says without decoding an event (src/ui/state/history.ts RecordedEvents). */
export interface FieldReader {
  timeAt(i: number): number;
  typeAt(i: number): EngineEvent['type'] | undefined;
  /** Event i in an object the reader may reuse for the next read (nothing of it is kept). */
  viewAt(i: number): EngineEvent | undefined;
  /** The worker's digests of the events (src/ui/state/marks.ts), when every batch came with one. */
  marks?(): RecordingMarks | undefined;
}

/** The event types `extendIndex` reads beyond their time. */
const READ_TYPES: ReadonlySet<string> = new Set<EngineEvent['type']>(['turn', 'invocation', 'dequeue', 'enqueue', 'started']);

export function emptyIndex(): RunIndex {
  return {
    count: 0,
    timeSeqs: [],
    times: [],
    turnSeqs: [],
    turns: [],
    tickSeqs: [],
    coroOfTask: new Map(),
    taskOfCoro: new Map(),
    taskName: new Map(),
    kinds: new Map(),
    linked: [],
    lastTime: Number.NaN,
    startedTask: undefined,
  };
}

/** Read `events[index.count..]` into `index` (mutated: it is a cache keyed by the recording). */
export function extendIndex(index: RunIndex, events: ListLike<EngineEvent> & Partial<FieldReader>): RunIndex {
  const fields = events.timeAt && events.typeAt && events.viewAt ? (events as FieldReader) : undefined;
  const marks = fields?.marks?.();
  if (fields && marks && marks.received >= events.length) return extendFromMarks(index, fields, marks, events.length);
  for (let i = index.count; i < events.length; i++) {
    // A packed recording (a history's events) says each event's time and type without
    // decoding it; only the types read below are decoded (issue 10: a 1M-event run).
    const time = fields ? fields.timeAt(i) : events.at(i)!.time;
    if (time !== index.lastTime) {
      index.timeSeqs.push(i);
      index.times.push(time);
      index.lastTime = time;
    }
    const startedTask = index.startedTask;
    index.startedTask = undefined;
    if (fields && !READ_TYPES.has(fields.typeAt(i)!)) continue;
    // Only numbers and strings are kept from `e`, so a reused view will do (no object per event:
    // this index is extended while a 1M-event run streams in, issue 10).
    const e = fields ? fields.viewAt(i)! : events.at(i)!;
    switch (e.type) {
      case 'turn':
        index.turnSeqs.push(i);
        index.turns.push(e.n);
        break;
      case 'invocation':
        if (e.kind === 'task' || e.kind === 'coroutine') index.kinds.set(e.id, e.kind);
        break;
      case 'dequeue':
        if (e.queue === 'microtask' || e.queue === 'nextTick') index.tickSeqs.push(i);
        break;
      case 'enqueue':
        if (e.queue === 'ready' && index.kinds.get(e.item) === 'task' && !index.taskName.has(e.item)) {
          index.taskName.set(e.item, e.label);
          index.linked.push(e.item);
        }
        break;
      case 'started':
        if (index.kinds.get(e.id) === 'task') index.startedTask = e.id;
        else if (
          startedTask !== undefined &&
          index.kinds.get(e.id) === 'coroutine' &&
          !index.coroOfTask.has(startedTask) &&
          !index.taskOfCoro.has(e.id)
        ) {
          index.coroOfTask.set(startedTask, e.id);
          index.taskOfCoro.set(e.id, startedTask);
          index.linked.push(startedTask);
        }
        break;
      default:
        break;
    }
  }
  index.count = events.length;
  return index;
}

/**
 * `extendIndex` from the worker's digests of the events (src/worker/digest.ts, which applies
 * the rules above event for event): the lists' entries for events [index.count, to) are
 * appended as they are, and nothing is read but the last event (is it a Task's `started`?).
 */
function extendFromMarks(index: RunIndex, fields: FieldReader, marks: RecordingMarks, to: number): RunIndex {
  const from = index.count;
  if (to <= from) return index;
  const digests = marks.digests;
  for (let d = marks.digestOf(from); d < digests.length && digests[d]!.start < to; d++) {
    const g = digests[d]!;
    // The entries of `seqs` for events in [from, to).
    const range = (seqs: Int32Array): [number, number] => {
      const lo = lowerBound(seqs, from);
      return [lo, lowerBound(seqs, to, lo)];
    };
    let [k, end] = range(g.timeSeqs);
    for (; k < end; k++) {
      index.timeSeqs.push(g.timeSeqs[k]!);
      index.times.push(g.times[k]!);
      index.lastTime = g.times[k]!;
    }
    for ([k, end] = range(g.turnSeqs); k < end; k++) {
      index.turnSeqs.push(g.turnSeqs[k]!);
      index.turns.push(g.turns[k]!);
    }
    for ([k, end] = range(g.tickSeqs); k < end; k++) index.tickSeqs.push(g.tickSeqs[k]!);
    for ([k, end] = range(g.kindSeqs); k < end; k++) index.kinds.set(g.kindIds[k]!, g.kindCodes[k] === 1 ? 'task' : 'coroutine');
    // Links and names in the order of their events, as `linked` lists them.
    let [l, lEnd] = range(g.linkSeqs);
    let [n, nEnd] = range(g.nameSeqs);
    while (l < lEnd || n < nEnd) {
      if (n >= nEnd || (l < lEnd && g.linkSeqs[l]! < g.nameSeqs[n]!)) {
        const task = g.linkTasks[l]!;
        index.coroOfTask.set(task, g.linkCoros[l]!);
        index.taskOfCoro.set(g.linkCoros[l]!, task);
        index.linked.push(task);
        l++;
      } else {
        index.taskName.set(g.nameTasks[n]!, g.names[n]!);
        index.linked.push(g.nameTasks[n]!);
        n++;
      }
    }
  }
  // As the event-by-event pass leaves it: the last event's Task, if it was a Task's `started`.
  const last = fields.typeAt(to - 1) === 'started' ? (fields.viewAt(to - 1) as { id: number }).id : undefined;
  index.startedTask = last !== undefined && index.kinds.get(last) === 'task' ? last : undefined;
  index.count = to;
  return index;
}

const cache = new WeakMap<ListLike<EngineEvent>, RunIndex>();

/** The index of a recording, brought up to date (the recording array is the cache key). */
export function indexOf(events: ListLike<EngineEvent>): RunIndex {
  let index = cache.get(events);
  if (!index) {
    index = emptyIndex();
    cache.set(events, index);
  }
  return index.count === events.length ? index : extendIndex(index, events);
}

/** The first position in ascending `a` whose value is >= `v` (a.length when none). */
export function lowerBound(a: ArrayLike<number>, v: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first position in ascending `a` whose value is > `v`. */
export function upperBound(a: ArrayLike<number>, v: number, lo = 0, hi = a.length): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
