/**
 * A lane's segments and markers, kept as columns of numbers (struct of arrays) instead of an
 * object per segment and per marker (issue 10: a 1M-event run opens in < 2 s). The fold
 * makes about one marker and one segment per event, and they live as long as the recording:
 * as objects, every scavenge copied and promoted them, and half of the fold's time was the
 * garbage collector. Here they are slots in typed arrays the collector never walks; the
 * panels still read `Segment` / `MarkerData` objects, made when they are read (`at`, `slice`).
 *
 * Layout: every lane list of a recording lives in one `MarkColumns` (one for segments, one for
 * markers), shared by every state of that recording (it hangs off the recording's lane index,
 * src/ui/state/fold.ts `LaneIndex`). A list owns a region of the columns: a run of slots
 * it fills in order, whose `filled` count is the longest list written there so far. A state's
 * list is a view (region, length), so the lists of older states are prefixes of the same region,
 * as PrefixList's are of one array (src/ui/state/lists.ts), with the same rule: appending an
 * item other than the one already stored at that index (a replay of a different event sequence
 * from an old state) copies the prefix to a new region, so older states never change. A full
 * region moves to one twice its size at the end of the columns and forwards to it, so a view of
 * the old region that appends again (a replay from a checkpoint) finds its items there instead of
 * moving them once more.
 *
 * A view made in the current edit (a stretch of the fold nobody sees until it ends,
 * src/ui/state/lists.ts `Edit`) is changed in place: a lane's lists cost one view per stretch
 * instead of one per event.
 */
import type { Pos } from '../../engine/api';
import { ListBase, NO_EDIT, type Edit } from './lists';
import type { LaneState, MarkerData, MarkerKind, Segment } from './types';

/** What `kindAt` reads: a segment's state, a marker's kind. */
export type KindOf<T> = T extends Segment ? LaneState : T extends MarkerData ? MarkerKind : never;

const LANE_STATES: readonly LaneState[] = ['created', 'running', 'suspended', 'done', 'failed', 'cancelled'];
const MARKER_KINDS: readonly MarkerKind[] = ['started', 'awaited', 'resumed', 'resolved', 'rejected', 'cancelled', 'warning'];

/** Slots a new region holds (a lane of the await loops has 4–6 of each). */
const FIRST_REGION = 4;
/** No region (a region id's `next` when it was never moved). */
const NONE = -1;
/**
 * The columns are chunks of 2^CHUNK_BITS slots: growing adds a chunk and never copies (copying
 * a grown typed array, and the large allocations, were a tenth of the fold's time).
 */
const CHUNK_BITS = 15;
const CHUNK = 1 << CHUNK_BITS;
const IN_CHUNK = CHUNK - 1;

function grown(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const b = new Int32Array(Math.max(size, a.length * 2));
  b.set(a);
  return b;
}

/** Copies `len` slots of one column from `a` to `b` (copyRun). */
function copyTyped(column: readonly (Int32Array | Uint8Array | Float64Array)[], a: number, b: number, len: number): void {
  const from = column[a >>> CHUNK_BITS]!;
  const to = column[b >>> CHUNK_BITS]!;
  const oa = a & IN_CHUNK;
  const ob = b & IN_CHUNK;
  if (len > 16) to.set(from.subarray(oa, oa + len), ob);
  else for (let k = 0; k < len; k++) to[ob + k] = from[oa + k]!;
}

/**
 * Slots in regions. The subclasses say what a slot holds (their columns, chunk by chunk) and
 * how to copy, compare and read one.
 */
abstract class MarkColumns<T> {
  /** Slots handed out to regions so far. */
  private top = 0;
  /** Chunks made so far. */
  protected chunks = 0;
  private regions = 0;
  private start = new Int32Array(256);
  private filled = new Int32Array(256);
  private cap = new Int32Array(256);
  /** The region a full region moved to (NONE when it has not). */
  private next = new Int32Array(256);
  /**
   * The regions lists were started in, by the seq of their first item, ascending (the head of
   * the fold starts them in event order): a replay of that event (a position reached from a
   * checkpoint, src/ui/state/history.ts) takes the region again instead of a new one, so
   * scrubbing does not grow the columns.
   */
  private firstSeq = new Int32Array(256);
  private firstRegion = new Int32Array(256);
  private firsts = 0;
  /** Where start1 put its list's item (-1: it was stored already). */
  protected firstSlot = -1;

  /** Adds one chunk to every column. */
  protected abstract addChunk(): void;
  /**
   * Copies `len` slots from `a` to `b` (within one chunk each: never across a chunk's end; the
   * two ranges never overlap).
   */
  protected abstract copyRun(a: number, b: number, len: number): void;
  /** The item in `slot`, as an object of its own. */
  abstract read(slot: number): T;
  /** The seq that orders the item in `slot` (a segment's `from`, a marker's `seq`), read without making the item. */
  abstract seqOf(slot: number): number;
  /** The kind of the item in `slot` (a segment's state, a marker's kind), read without making the item. */
  abstract kindOf(slot: number): KindOf<T>;
  /** Whether the item in `slot` is the one being appended (a replay stores nothing). */
  protected abstract isPending(slot: number): boolean;

  /** A new region of `size` slots. */
  protected region(size: number): number {
    const r = this.regions++;
    if (r === this.start.length) {
      const n = r * 2;
      this.start = grown(this.start, n);
      this.filled = grown(this.filled, n);
      this.cap = grown(this.cap, n);
      this.next = grown(this.next, n);
    }
    this.start[r] = this.top;
    this.filled[r] = 0;
    this.cap[r] = size;
    this.next[r] = NONE;
    this.top += size;
    while (this.chunks * CHUNK < this.top) {
      this.addChunk();
      this.chunks++;
    }
    return r;
  }

  /** Slots handed out so far (what the columns hold, abandoned regions included). */
  get size(): number {
    return this.top;
  }

  /** The slot of item k of region r. */
  slotOf(r: number, k: number): number {
    return this.start[r]! + k;
  }

  /**
   * Where item `n` of `list` (holding n items, a view the caller may change) goes: its slot,
   * or -1 when the item already stored there is this one (`isPending`: a replay). The list
   * may move to another region.
   */
  protected place(list: MarkList<T>): number {
    let r = list.region;
    const n = list.length;
    // A full region that moved holds its items at the start of the one it moved to.
    while (n === this.cap[r] && this.next[r] !== NONE) r = this.next[r]!;
    list.region = r;
    if (n < this.filled[r]!) {
      if (this.isPending(this.start[r]! + n)) return -1;
      // A different item after the same prefix: the prefix is copied, never changed.
      return this.moveTo(list, this.region(Math.max(FIRST_REGION, n * 2)), false);
    }
    if (n < this.cap[r]!) {
      this.filled[r] = n + 1;
      return this.start[r]! + n;
    }
    return this.moveTo(list, this.region(Math.max(FIRST_REGION, n * 2)), true);
  }

  /** Copies the list's items to region `to` (forwarding the old region when it is full) and claims item n there. */
  private moveTo(list: MarkList<T>, to: number, forward: boolean): number {
    const from = list.region;
    const n = list.length;
    const a = this.start[from]!;
    const b = this.start[to]!;
    // Chunk by chunk: a long list (the main lane's markers) moves as a few typed-array copies.
    for (let k = 0; k < n;) {
      const len = Math.min(n - k, CHUNK - ((a + k) & IN_CHUNK), CHUNK - ((b + k) & IN_CHUNK));
      this.copyRun(a + k, b + k, len);
      k += len;
    }
    if (forward) this.next[from] = to;
    this.filled[to] = n + 1;
    list.region = to;
    return b + n;
  }

  /**
   * A list of one item, the one of event `seq` (set pending: isPending). It goes to the region
   * started for that event before when that holds it (nothing to write: `firstSlot` is -1),
   * else to the first slot of a new region of `size` slots (`firstSlot`).
   */
  protected start1(seq: number, size: number, edit: Edit): MarkList<T> {
    const n = this.firsts;
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.firstSeq[mid]! < seq) lo = mid + 1;
      else hi = mid;
    }
    if (lo < n && this.firstSeq[lo] === seq) {
      const r = this.firstRegion[lo]!;
      if (this.isPending(this.start[r]!)) {
        this.firstSlot = -1;
        return new MarkList(this, r, 1, edit);
      }
    }
    const r = this.region(size);
    this.filled[r] = 1;
    if (n === 0 || seq > this.firstSeq[n - 1]!) {
      if (n === this.firstSeq.length) {
        this.firstSeq = grown(this.firstSeq, n * 2);
        this.firstRegion = grown(this.firstRegion, n * 2);
      }
      this.firstSeq[n] = seq;
      this.firstRegion[n] = r;
      this.firsts = n + 1;
    }
    this.firstSlot = this.start[r]!;
    return new MarkList(this, r, 1, edit);
  }

  /** A view of `list` the caller may change: `list` itself when `edit` made it. */
  protected own(list: MarkList<T>, edit: Edit): MarkList<T> {
    return edit !== NO_EDIT && list.edit === edit ? list : new MarkList(this, list.region, list.length, edit);
  }
}

/** A lane's segments or markers in some state: the first `length` items of a region. */
export class MarkList<T> extends ListBase<T> {
  constructor(
    private readonly columns: MarkColumns<T>,
    /** The region holding the items (a list may move to a larger one as it grows). */
    public region: number,
    public length: number,
    /** The edit that made this view (it may change it in place), NO_EDIT when none. */
    readonly edit: Edit,
  ) {
    super();
  }

  at(i: number): T | undefined {
    const k = i < 0 ? this.length + i : i;
    return k >= 0 && k < this.length ? this.columns.read(this.columns.slotOf(this.region, k)) : undefined;
  }

  slice(start?: number, end?: number): T[] {
    const n = this.length;
    const from = start === undefined ? 0 : start < 0 ? Math.max(0, n + start) : Math.min(start, n);
    const to = end === undefined ? n : end < 0 ? Math.max(0, n + end) : Math.min(end, n);
    const out: T[] = [];
    if (to <= from) return out;
    const first = this.columns.slotOf(this.region, 0);
    for (let k = from; k < to; k++) out.push(this.columns.read(first + k));
    return out;
  }

  /**
   * Item k's seq (a segment's `from`, a marker's `seq`), k in [0, length), without making the
   * item: the timeline's geometry reads these by the hundred per row at every scrub step, and
   * the objects `at` makes were a third of what a step allocated (issue 10: ~100 KB a step at
   * 10k events, by the sampling heap profiler).
   */
  seqAt(k: number): number {
    return this.columns.seqOf(this.columns.slotOf(this.region, k));
  }

  /** Item k's kind (a segment's state, a marker's kind), k in [0, length), without making the item. */
  kindAt(k: number): KindOf<T> {
    return this.columns.kindOf(this.columns.slotOf(this.region, k));
  }

  override findIndex(fn: (item: T, index: number) => boolean): number {
    if (this.length === 0) return -1;
    const first = this.columns.slotOf(this.region, 0);
    for (let k = 0; k < this.length; k++) if (fn(this.columns.read(first + k), k)) return k;
    return -1;
  }
}

/** The segments of every lane of a recording: a state code and the seq it began at. */
export class SegmentColumns extends MarkColumns<Segment> {
  private readonly state: Uint8Array[] = [];
  private readonly from: Int32Array[] = [];
  /** The segment being appended (isPending). */
  private pendingState = 0;
  private pendingFrom = 0;

  protected addChunk(): void {
    this.state.push(new Uint8Array(CHUNK));
    this.from.push(new Int32Array(CHUNK));
  }

  protected copyRun(a: number, b: number, len: number): void {
    copyTyped(this.state, a, b, len);
    copyTyped(this.from, a, b, len);
  }

  protected isPending(slot: number): boolean {
    const c = slot >>> CHUNK_BITS;
    const o = slot & IN_CHUNK;
    return this.from[c]![o] === this.pendingFrom && this.state[c]![o] === this.pendingState;
  }

  read(slot: number): Segment {
    const c = slot >>> CHUNK_BITS;
    const o = slot & IN_CHUNK;
    return { state: LANE_STATES[this.state[c]![o]!]!, from: this.from[c]![o]! };
  }

  seqOf(slot: number): number {
    return this.from[slot >>> CHUNK_BITS]![slot & IN_CHUNK]!;
  }

  kindOf(slot: number): LaneState {
    return LANE_STATES[this.state[slot >>> CHUNK_BITS]![slot & IN_CHUNK]!]!;
  }

  /** Bytes the columns take (typed arrays, outside the JS heap). */
  bytes(): number {
    return this.chunks * CHUNK * 5;
  }

  /** A lane's first segment list: `state` from event `from`. */
  first(state: LaneState, from: number, edit: Edit): MarkList<Segment> {
    this.pendingState = LANE_STATES.indexOf(state);
    this.pendingFrom = from;
    // Room for a lane's usual life (created, running, suspended, running, done) in one region.
    const list = this.start1(from, FIRST_REGION + 2, edit);
    if (this.firstSlot >= 0) this.write(this.firstSlot, this.pendingState, from);
    return list;
  }

  /** `list` with the segment (state, from) appended (changed in place when `edit` made it). */
  push(list: MarkList<Segment>, state: LaneState, from: number, edit: Edit): MarkList<Segment> {
    const own = this.own(list, edit);
    this.pendingState = LANE_STATES.indexOf(state);
    this.pendingFrom = from;
    const slot = this.place(own);
    if (slot >= 0) this.write(slot, this.pendingState, from);
    own.length++;
    return own;
  }

  private write(slot: number, state: number, from: number): void {
    this.state[slot >>> CHUNK_BITS]![slot & IN_CHUNK] = state;
    this.from[slot >>> CHUNK_BITS]![slot & IN_CHUNK] = from;
  }
}

/**
 * The markers of every lane of a recording. A marker's position is kept once per position in a
 * table (it is one object shared by every event that has it, src/engine/events/packed.ts), its
 * text in a table of texts.
 */
export class MarkerColumns extends MarkColumns<MarkerData> {
  private readonly kind: Uint8Array[] = [];
  private readonly seq: Int32Array[] = [];
  private readonly time: Float64Array[] = [];
  /** `on` / `by`; NaN when the marker has none. */
  private readonly ref: Float64Array[] = [];
  /** Index in `locs` / `texts`; 0 when the marker has none. */
  private readonly loc: Int32Array[] = [];
  private readonly text: Int32Array[] = [];
  private readonly locs: (Pos | undefined)[] = [undefined];
  /**
   * Every text a marker was given, in the order given (not deduplicated: most are distinct,
   * such as each call's resolved value, and looking them up cost more than keeping them).
   */
  private readonly texts: (string | undefined)[] = [undefined];
  private readonly locIds = new Map<Pos, number>();
  /** The marker being appended (isPending). */
  private pendingKind = 0;
  private pendingSeq = 0;

  protected addChunk(): void {
    this.kind.push(new Uint8Array(CHUNK));
    this.seq.push(new Int32Array(CHUNK));
    this.time.push(new Float64Array(CHUNK));
    this.ref.push(new Float64Array(CHUNK));
    this.loc.push(new Int32Array(CHUNK));
    this.text.push(new Int32Array(CHUNK));
  }

  protected copyRun(a: number, b: number, len: number): void {
    copyTyped(this.kind, a, b, len);
    copyTyped(this.seq, a, b, len);
    copyTyped(this.time, a, b, len);
    copyTyped(this.ref, a, b, len);
    copyTyped(this.loc, a, b, len);
    copyTyped(this.text, a, b, len);
  }

  protected isPending(slot: number): boolean {
    const c = slot >>> CHUNK_BITS;
    const o = slot & IN_CHUNK;
    return this.seq[c]![o] === this.pendingSeq && this.kind[c]![o] === this.pendingKind;
  }

  /** Bytes the typed columns take (outside the JS heap). */
  bytes(): number {
    return this.chunks * CHUNK * 29;
  }

  seqOf(slot: number): number {
    return this.seq[slot >>> CHUNK_BITS]![slot & IN_CHUNK]!;
  }

  kindOf(slot: number): MarkerKind {
    return MARKER_KINDS[this.kind[slot >>> CHUNK_BITS]![slot & IN_CHUNK]!]!;
  }

  read(slot: number): MarkerData {
    const c = slot >>> CHUNK_BITS;
    const o = slot & IN_CHUNK;
    const kind = MARKER_KINDS[this.kind[c]![o]!]!;
    const m: MarkerData = { kind, seq: this.seq[c]![o]!, time: this.time[c]![o]!, loc: this.locs[this.loc[c]![o]!] };
    const ref = this.ref[c]![o]!;
    if (kind === 'awaited') m.on = Number.isNaN(ref) ? undefined : ref;
    else if (kind === 'resumed') m.by = Number.isNaN(ref) ? undefined : ref;
    if (kind === 'awaited' || kind === 'resolved' || kind === 'rejected' || kind === 'warning') m.text = this.texts[this.text[c]![o]!];
    return m;
  }

  /** An empty marker list for a new lane (it takes a region at its first marker). */
  empty(): MarkList<MarkerData> {
    return EMPTY_MARKERS as MarkList<MarkerData>;
  }

  /**
   * `list` with a marker appended (changed in place when `edit` made it). `ref` is `on` for an
   * awaited marker, `by` for a resumed one; `text` what an awaited, resolved, rejected or
   * warning marker says.
   */
  push(
    list: MarkList<MarkerData>,
    kind: MarkerKind,
    seq: number,
    time: number,
    loc: Pos | undefined,
    ref: number | undefined,
    text: string | undefined,
    edit: Edit,
  ): MarkList<MarkerData> {
    const code = MARKER_KINDS.indexOf(kind);
    this.pendingKind = code;
    this.pendingSeq = seq;
    if (list.length === 0) {
      const first = this.start1(seq, FIRST_REGION, edit);
      if (this.firstSlot >= 0) this.write(this.firstSlot, code, seq, time, loc, ref, text);
      return first;
    }
    const own = this.own(list, edit);
    const slot = this.place(own);
    if (slot >= 0) this.write(slot, code, seq, time, loc, ref, text);
    own.length++;
    return own;
  }

  private write(
    slot: number,
    code: number,
    seq: number,
    time: number,
    loc: Pos | undefined,
    ref: number | undefined,
    text: string | undefined,
  ): void {
    const c = slot >>> CHUNK_BITS;
    const o = slot & IN_CHUNK;
    this.kind[c]![o] = code;
    this.seq[c]![o] = seq;
    this.time[c]![o] = time;
    this.ref[c]![o] = ref ?? Number.NaN;
    this.loc[c]![o] = loc === undefined ? 0 : this.locId(loc);
    this.text[c]![o] = text === undefined ? 0 : this.texts.push(text) - 1;
  }

  private locId(loc: Pos): number {
    let id = this.locIds.get(loc);
    if (id === undefined) {
      id = this.locs.push(loc) - 1;
      this.locIds.set(loc, id);
    }
    return id;
  }
}

/** The marker list of a lane with none yet (no region, never changed: its first push makes a list). */
const EMPTY_MARKERS = new MarkList<never>(undefined as unknown as MarkColumns<never>, NONE, 0, NO_EDIT);
