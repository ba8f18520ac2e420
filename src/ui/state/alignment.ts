/**
 * How the models step together during playback.
 *
 * The global timeline is a merge of every model's events. Each event gets the key
 *   (virtual time, lines printed before it, position within its (time, lines) chunk)
 * and the merge sorts by that key (ties: model order). So playback never lets one model
 * pass virtual time t while another is still before t, and, at the same virtual time,
 * never lets one model print its (k+1)-th line before every other model has printed its
 * k-th line (or has nothing more to print at that time). Within a chunk the models advance
 * in proportion, so a model that needs 40 microtasks between two lines and one that needs
 * 3 reach the next line together. The UI explains this in AlignmentNote.
 *
 * Position g on the global timeline shows, for each model, the fold of its first
 * `cursor(model, g)` events.
 *
 * Each model's keys never decrease (virtual time and the count of printed lines only grow;
 * within a chunk the fraction grows), so the sorted order is a k-way merge of the models'
 * streams, computed in O(events × models) and incrementally (`Aligner`): while the worker
 * streams, the merge goes as far as every model's next key is known, and the page never
 * re-sorts the whole recording (issue 10). A key is known once its chunk has closed (the
 * next event has another time, the chunk's print was seen) or its model has finished.
 *
 * A chunk closes after CHUNK_MAX events at the latest, and the key counts those forced
 * closes: (time, printed, part, fraction). Without it a microtask flood (every event at
 * one time, no print) would be one chunk that stays open until its run ends, so nothing
 * could be shown while it streams in. Within a longer stretch the models advance by
 * parts of CHUNK_MAX events instead of in proportion; time and printed lines still bind.
 */

/** The longest chunk: longer stretches at one time without a print are cut into parts. */
export const CHUNK_MAX = 4096;
import type { EngineEvent } from '../../engine/api';
import type { ListLike } from './lists';
import type { RecordingMarks } from './marks';

export interface Alignment {
  total: number;
  /** globalOf[m][i] = merged index of model m's event i (for the events merged so far). */
  globalOf: Int32Array[];
}

/**
 * A recording that can say an event's time and type without decoding it (a history's
 * RecordedEvents, over the packed log): the merge reads nothing else, so it decodes nothing.
 */
interface FieldReader {
  timeAt(i: number): number;
  typeAt(i: number): EngineEvent['type'] | undefined;
  /** Where time changes and the prints are, from the worker's digests (marks.ts), when it has them. */
  marks(): RecordingMarks | undefined;
}

type Events = ListLike<EngineEvent> & Partial<FieldReader>;

const timeOf = (events: Events, i: number): number | undefined => (events.timeAt ? events.timeAt(i) : events.at(i)?.time);
const typeOf = (events: Events, i: number): EngineEvent['type'] | undefined => (events.typeAt ? events.typeAt(i) : events.at(i)?.type);

/** One model's side of the merge. */
interface Stream {
  events: Events;
  /** The worker's digests of the events, covering every known one (else undefined: the events are read). */
  marks: RecordingMarks | undefined;
  /** Events of this model that may be merged (folded so far). */
  known: number;
  finished: boolean;
  /** The next event to merge. */
  next: number;
  /** The chunk holding `next`: [chunkStart, chunkEnd); chunkEnd -1 while it is still open. */
  chunkStart: number;
  chunkEnd: number;
  /** Where the search for chunkEnd goes on. */
  scan: number;
  /** Lines printed before the current chunk. */
  printed: number;
  /** How many chunks since the last time change or print were closed at CHUNK_MAX. */
  part: number;
  /** The chunk's virtual time (never below an earlier chunk's, in case a clock ever stepped back). */
  time: number;
  globalOf: Int32Array;
}

export class Aligner {
  private readonly streams: Stream[];
  private total = 0;
  private snapshot: Alignment;

  constructor(models: number) {
    this.streams = Array.from({ length: models }, () => ({
      events: [],
      marks: undefined,
      known: 0,
      finished: false,
      next: 0,
      chunkStart: 0,
      chunkEnd: -1,
      scan: 0,
      printed: 0,
      part: 0,
      time: -Infinity,
      globalOf: new Int32Array(64),
    }));
    this.snapshot = { total: 0, globalOf: this.streams.map(() => new Int32Array(0)) };
  }

  /**
   * Tells the aligner how far each model's recording has got (`events[m]`, its first
   * `known[m]` events usable; `finished[m]` when no more will come) and merges what it can.
   * Returns the alignment: the same object as before when nothing new was merged.
   */
  update(events: readonly ListLike<EngineEvent>[], known: readonly number[], finished: readonly boolean[]): Alignment {
    this.streams.forEach((st, m) => {
      st.events = events[m] ?? [];
      st.known = known[m] ?? 0;
      st.finished = finished[m] ?? false;
      const marks = st.events.marks?.();
      st.marks = marks && marks.received >= st.known ? marks : undefined;
    });
    const before = this.total;
    this.merge();
    if (this.total !== before) this.snapshot = { total: this.total, globalOf: this.streams.map((st) => st.globalOf.subarray(0, st.next)) };
    return this.snapshot;
  }

  private merge(): void {
    const streams = this.streams;
    if (streams.length === 1) return this.mergeOne(streams[0]!);
    for (;;) {
      let best: Stream | undefined;
      let bestFrac = 0;
      for (const st of streams) {
        if (st.next >= st.known) {
          // Nothing more known of this model: if more may come, nothing can be merged yet.
          if (!st.finished) return;
          continue;
        }
        if (!this.closeChunk(st)) return;
        const frac = (st.next - st.chunkStart + 1) / (st.chunkEnd - st.chunkStart);
        if (!best || before(st, frac, best, bestFrac)) {
          best = st;
          bestFrac = frac;
        }
      }
      if (!best) return;
      if (best.next >= best.globalOf.length) {
        const grown = new Int32Array(best.globalOf.length * 2);
        grown.set(best.globalOf);
        best.globalOf = grown;
      }
      best.globalOf[best.next++] = this.total++;
      if (best.next === best.chunkEnd) this.openChunk(best);
    }
  }

  /**
   * One model: its events are merged in their order, so a chunk at a time (the per-event choice
   * of `merge` among one stream picks it every time; issue 10: a 1M-event run's alignment).
   */
  private mergeOne(st: Stream): void {
    while (st.next < st.known && this.closeChunk(st)) {
      if (st.chunkEnd > st.globalOf.length) {
        const grown = new Int32Array(Math.max(st.globalOf.length * 2, st.chunkEnd));
        grown.set(st.globalOf);
        st.globalOf = grown;
      }
      for (let i = st.next; i < st.chunkEnd; i++) st.globalOf[i] = this.total++;
      st.next = st.chunkEnd;
      this.openChunk(st);
    }
  }

  /** Finds where the chunk holding `next` ends; false while that is not known yet. */
  private closeChunk(st: Stream): boolean {
    if (st.chunkEnd >= 0) return true;
    const firstTime = timeOf(st.events, st.chunkStart)!;
    if (st.time === -Infinity || firstTime > st.time) st.time = firstTime;
    if (st.marks) {
      // What the scan below finds, from the worker's lists: the first of the CHUNK_MAX-th event,
      // the next change of time and the event after a print, among the known events.
      const start = st.chunkStart;
      const change = st.marks.nextTimeChange(start);
      const print = st.marks.nextPrint(start);
      let end = start + CHUNK_MAX < st.known ? start + CHUNK_MAX : Infinity;
      if (change < st.known && change < end) end = change;
      if (print < st.known && print + 1 < end) end = print + 1;
      if (end !== Infinity) st.chunkEnd = end;
      else if (st.finished) st.chunkEnd = st.known;
      return st.chunkEnd >= 0;
    }
    if (st.scan < st.chunkStart) st.scan = st.chunkStart;
    for (; st.scan < st.known; st.scan++) {
      if (st.scan - st.chunkStart === CHUNK_MAX) {
        st.chunkEnd = st.scan;
        return true;
      }
      if (timeOf(st.events, st.scan) !== firstTime) {
        st.chunkEnd = st.scan;
        return true;
      }
      // A print closes its chunk: the line belongs to the chunk of the lines before it.
      if (typeOf(st.events, st.scan) === 'print') {
        st.chunkEnd = st.scan + 1;
        return true;
      }
    }
    if (st.finished) st.chunkEnd = st.known;
    return st.chunkEnd >= 0;
  }

  private openChunk(st: Stream): void {
    if (typeOf(st.events, st.next - 1) === 'print') {
      st.printed++;
      st.part = 0;
    } else if (st.next - st.chunkStart === CHUNK_MAX && timeOf(st.events, st.next) === timeOf(st.events, st.next - 1)) st.part++;
    else st.part = 0;
    st.chunkStart = st.next;
    st.chunkEnd = -1;
  }
}

/** Whether stream a's next key (with fraction fa) sorts before stream b's (ties: b, the earlier model). */
function before(a: Stream, fa: number, b: Stream, fb: number): boolean {
  if (a.time !== b.time) return a.time < b.time;
  if (a.printed !== b.printed) return a.printed < b.printed;
  if (a.part !== b.part) return a.part < b.part;
  return fa < fb;
}

/** The alignment of complete recordings. */
export function align(streams: readonly ListLike<EngineEvent>[]): Alignment {
  return new Aligner(streams.length).update(
    streams,
    streams.map((s) => s.length),
    streams.map(() => true),
  );
}

/** How many events of model m are shown at global position g. */
export function cursorAt(a: Alignment, m: number, g: number): number {
  const gi = a.globalOf[m];
  if (!gi) return 0;
  // The number of model m's events whose merged index is below g (globalOf is increasing).
  let lo = 0;
  let hi = gi.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (gi[mid]! < g) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The global position right after model m's event i (to jump to a marker). */
export function positionAfter(a: Alignment, m: number, i: number): number {
  const gi = a.globalOf[m]?.[i];
  return gi === undefined ? 0 : gi + 1;
}
