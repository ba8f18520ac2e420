/**
 * What a lane looks like across a track `width` px wide showing `view` of the run: its
 * segments (state intervals) and markers, as boxes in px. The canvas draws exactly these
 * (draw.ts) and the lane's DOM element exposes them (`data-segments`, `data-markers`), so a
 * test reading the page reads what was drawn. An SVG export can draw the same boxes.
 *
 * Cost is bounded by the width, not the lane's length: the first visible segment or marker
 * is found by binary search, and anything closer than a pixel (segments) or a marker's
 * width (markers) to the previous one is folded into it, skipping ahead by binary search.
 */
import { MarkList } from '../state/laneMarks';
import type { Indexed, Lane, LaneState, MarkerData, MarkerKind, Segment } from '../state/types';
import type { TimeView } from './viewport';
import { toPx } from './viewport';

export const SETTLED: ReadonlySet<LaneState> = new Set(['done', 'failed', 'cancelled']);

export interface SegmentBox {
  state: LaneState;
  x0: number;
  x1: number;
  /** The settled state's end mark (a short bar where the lane finished). */
  end?: boolean;
  /** While suspended (the lane's last segment): what it waits on. */
  waits?: string;
}

export interface MarkerMark {
  /** The glyph drawn: the first marker's kind, or the lane's ending when the fold holds it. */
  kind: MarkerKind;
  /** Index in lane.markers of the first marker folded into this mark. */
  index: number;
  seq: number;
  x: number;
  /** How many markers the mark stands for (1 unless they lie closer than a marker's width). */
  count: number;
}

export interface TrackScale {
  /** A model event's x as a fraction of the run (monotonic in seq). */
  xOf(seq: number): number;
  view: TimeView;
  width: number;
}

/**
 * How the geometry reads a lane's segments or markers by index: an item's seq and kind. A
 * fold's lists are columns (src/ui/state/laneMarks.ts), read in place; `at` would make an
 * object per item read, and a scrub step reads hundreds per row (issue 10: those objects were
 * a third of what a step allocated at 10k events, by the sampling heap profiler).
 */
export interface ListReader<K> {
  seq(k: number): number;
  kind(k: number): K;
}

export function segmentReader(segs: Indexed<Segment>): ListReader<LaneState> {
  if (segs instanceof MarkList) {
    const list = segs as MarkList<Segment>;
    return { seq: (k) => list.seqAt(k), kind: (k) => list.kindAt(k) };
  }
  return { seq: (k) => segs.at(k)!.from, kind: (k) => segs.at(k)!.state };
}

export function markerReader(markers: Indexed<MarkerData>): ListReader<MarkerKind> {
  if (markers instanceof MarkList) {
    const list = markers as MarkList<MarkerData>;
    return { seq: (k) => list.seqAt(k), kind: (k) => list.kindAt(k) };
  }
  return { seq: (k) => markers.at(k)!.seq, kind: (k) => markers.at(k)!.kind };
}

const ENDINGS: ReadonlySet<MarkerKind> = new Set(['resolved', 'rejected', 'cancelled']);

/** Width of a settled lane's end mark, px. */
export const END_MARK_PX = 6;

/** The first k in [lo, hi) with key(k) >= v (key ascending). */
function firstAtLeast(lo: number, hi: number, key: (k: number) => number, v: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(mid) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * firstAtLeast for a k expected near `lo` (the next pixel's segment or marker): probes lo,
 * lo + 1, lo + 3, lo + 7, ... before the binary search, so a skip of d items reads about
 * 2·log2(d) keys instead of log2(hi - lo). A scrub step draws every visible row's lane this
 * way (issue 10: `segmentBoxes` was the costliest function of a step at 100k events, a lane
 * of ~18k segments on a few hundred pixels searching the whole rest of the lane per pixel).
 */
function nextAtLeast(lo: number, hi: number, key: (k: number) => number, v: number): number {
  let step = 1;
  let probe = lo;
  while (probe < hi && key(probe) < v) {
    lo = probe + 1;
    probe = lo + step;
    step *= 2;
  }
  return firstAtLeast(lo, Math.min(probe, hi), key, v);
}

/**
 * The lane's segments in px. The last segment of a live lane runs to `cursorPx` (the
 * playback position); a settled lane ends in an end mark. `waits` names what the lane waits
 * on while its last segment is a suspension.
 */
export function segmentBoxes(lane: Lane, { xOf, view, width }: TrackScale, cursorPx: number, waits?: string): SegmentBox[] {
  const segs = segmentReader(lane.segments);
  const n = lane.segments.length;
  const out: SegmentBox[] = [];
  const px = (k: number) => toPx(view, width, xOf(segs.seq(k)));
  // The segment in effect at the left edge: the last one starting at or before it.
  let k = Math.max(0, firstAtLeast(0, n, px, 0) - 1);
  while (k < n) {
    const x0 = px(k);
    if (x0 > width) break;
    // Segments starting within one pixel of this one: the pixel shows the latest of them.
    const j = Math.max(k, nextAtLeast(k + 1, n, px, x0 + 1) - 1);
    const state = segs.kind(j);
    const last = j === n - 1;
    if (last && SETTLED.has(state)) {
      out.push({ state, x0, x1: x0 + END_MARK_PX, end: true });
      break;
    }
    const x1 = last ? Math.max(cursorPx, x0) : px(j + 1);
    const box: SegmentBox = { state, x0, x1: j > k ? Math.max(x1, x0 + 1) : x1 };
    if (last && state === 'suspended' && waits) box.waits = waits;
    out.push(box);
    k = j + 1;
  }
  return out;
}

/**
 * The lane's markers in px, left to right; markers closer than `gap` px to the mark before
 * are folded into it (its `count`). `keep` (a selected marker's seq) is always its own mark.
 */
export function markerMarks(markers: Indexed<MarkerData>, { xOf, view, width }: TrackScale, gap: number, keep?: number): MarkerMark[] {
  const n = markers.length;
  const read = markerReader(markers);
  const out: MarkerMark[] = [];
  const px = (k: number) => toPx(view, width, xOf(read.seq(k)));
  let k = firstAtLeast(0, n, px, -gap / 2);
  while (k < n) {
    const x = px(k);
    if (x > width + gap / 2) break;
    const seq = read.seq(k);
    let next = seq === keep ? k + 1 : nextAtLeast(k + 1, n, px, x + gap);
    if (keep !== undefined && seq !== keep) {
      // Stop the fold before the kept marker, so that it is drawn on its own.
      const kept = firstAtLeast(k + 1, next, read.seq, keep);
      if (kept < next && read.seq(kept) === keep) next = kept;
    }
    // A fold ending the lane shows how it ended (✓ ✕ ⊘): a lane's last marker is its end.
    const lastKind = read.kind(next - 1);
    out.push({ kind: ENDINGS.has(lastKind) ? lastKind : read.kind(k), index: k, seq, x, count: next - k });
    k = next;
  }
  return out;
}

/** Per px column of a group's track: how many members were in each state. */
export interface GroupDensity {
  columns: number;
  running: Float32Array;
  suspended: Float32Array;
  created: Float32Array;
  /** Members drawn (a group of more than `limit` members is sampled evenly). */
  sampled: number;
}

/** A settled lane's boxes per scale, by lane id, with the number of segments they were made from. */
const settledBoxes = new WeakMap<TrackScale, Map<number, { n: number; boxes: SegmentBox[] }>>();

/**
 * A group member's boxes. A settled lane's do not depend on the cursor (it ends in its end
 * mark) and its segments are its last ones, so they are made once per scale and kept: at every
 * scrub step the group's density made the boxes of up to `limit` members again, nearly all of
 * them settled (issue 10: `groupDensity` ~0.75 ms of a step at 100k events in `bench:ui --
 * --profile`). Keyed by the segments' count as well, so a lane that grew is made again.
 */
function memberBoxes(lane: Lane, scale: TrackScale, cursorPx: number): SegmentBox[] {
  const n = lane.segments.length;
  const lastState = n > 0 ? segmentReader(lane.segments).kind(n - 1) : undefined;
  if (lastState === undefined || !SETTLED.has(lastState)) return segmentBoxes(lane, scale, cursorPx);
  let byId = settledBoxes.get(scale);
  if (!byId) settledBoxes.set(scale, (byId = new Map()));
  const kept = byId.get(lane.id);
  if (kept && kept.n === n) return kept.boxes;
  const boxes = segmentBoxes(lane, scale, cursorPx);
  byId.set(lane.id, { n, boxes });
  return boxes;
}

/**
 * How a group of similar lanes behaves over time: for each px column, the share of its
 * members running, suspended, or created and not started. Cost: the members' visible
 * segments plus the columns (difference arrays), members sampled above `limit`.
 */
export function groupDensity(members: readonly Lane[], scale: TrackScale, cursorPx: number, limit = 400): GroupDensity {
  const columns = Math.max(1, Math.ceil(scale.width));
  const diff = { running: new Float32Array(columns + 1), suspended: new Float32Array(columns + 1), created: new Float32Array(columns + 1) };
  const stride = Math.max(1, Math.ceil(members.length / limit));
  let sampled = 0;
  for (let i = 0; i < members.length; i += stride) {
    sampled++;
    for (const box of memberBoxes(members[i]!, scale, cursorPx)) {
      if (box.end || (box.state !== 'running' && box.state !== 'suspended' && box.state !== 'created')) continue;
      const c0 = Math.max(0, Math.min(columns, Math.floor(box.x0)));
      const c1 = Math.max(0, Math.min(columns, Math.ceil(box.x1)));
      if (c1 <= c0) continue;
      diff[box.state][c0]! += 1;
      diff[box.state][c1]! -= 1;
    }
  }
  const integrate = (d: Float32Array) => {
    const out = new Float32Array(columns);
    let acc = 0;
    for (let c = 0; c < columns; c++) out[c] = (acc += d[c]!) / Math.max(1, sampled);
    return out;
  };
  return { columns, running: integrate(diff.running), suspended: integrate(diff.suspended), created: integrate(diff.created), sampled };
}
