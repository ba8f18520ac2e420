/**
 * What a lane's DOM element says about what the canvas drew on it (`data-segments`,
 * `data-markers`, docs/url-format.md), serialised from the draw call's own geometry so that
 * a test or a tool reading the page reads exactly what was drawn.
 */
import type { RowGeometry } from './draw';
import type { MarkerKind } from '../state/types';
import { markerReader, type ListReader, type MarkerMark, type SegmentBox } from './geometry';

/** How many folded markers `data-markers` looks into to list their kinds. */
export const FOLDED_KINDS_SCAN = 64;

function round(x: number): number {
  return Math.round(x * 10) / 10;
}

/** The kinds of the markers a mark stands for (up to FOLDED_KINDS_SCAN of them). */
export function foldedKinds(geo: RowGeometry, m: MarkerMark): string[] {
  if (m.count === 1 || !geo.lane) return [m.kind];
  const kinds = new Set<string>();
  const end = Math.min(m.index + m.count, m.index + FOLDED_KINDS_SCAN);
  const read = markerReader(geo.lane.markers);
  for (let i = m.index; i < end; i++) kinds.add(read.kind(i));
  kinds.add(m.kind);
  return [...kinds];
}

/** A number as JSON writes it (a value that is not finite is `null`). */
function num(x: number): string {
  return Number.isFinite(x) ? String(x) : 'null';
}

/**
 * The strings are written out rather than built as objects for `JSON.stringify`: every drawn
 * row's are made again at each scrub step (its cut moves), and the objects, the spread and the
 * serialiser took ~0.5 ms of a step at 100k events in `bench:ui -- --profile` (issue 10).
 * They are the same text `JSON.stringify` makes of the objects (tests/ui/timeline-exposed.test.ts).
 */
export function segmentsAttr(geo: RowGeometry): string {
  let out = '[';
  for (let i = 0; i < geo.segments.length; i++) {
    const s = geo.segments[i]!;
    if (i > 0) out += ',';
    out += `{"state":${JSON.stringify(s.state)},"x0":${num(round(s.x0))},"x1":${num(round(s.x1))}${s.end ? ',"end":true' : ''}}`;
  }
  return `${out}]`;
}

/** A bit per marker kind (kinds are plain words: each one's JSON text is itself in quotes). */
const KIND_BIT: Record<MarkerKind, number> = { started: 1, awaited: 2, resumed: 4, resolved: 8, rejected: 16, cancelled: 32, warning: 64 };

/**
 * `foldedKinds` as the items of a JSON list, made without a set and an array per mark: the
 * main lane of a 10k-event run has hundreds of folded marks at each scrub step (issue 10: they
 * were a fifth of what a step allocated, by the sampling heap profiler).
 */
function foldedKindsText(geo: RowGeometry, m: MarkerMark, read: ListReader<MarkerKind> | undefined): string {
  if (m.count === 1 || !read) return `"${m.kind}"`;
  let seen = 0;
  let out = '';
  const end = Math.min(m.index + m.count, m.index + FOLDED_KINDS_SCAN);
  for (let i = m.index; i < end; i++) {
    const kind = read.kind(i);
    if (seen & KIND_BIT[kind]) continue;
    seen |= KIND_BIT[kind];
    out += `${out ? ',' : ''}"${kind}"`;
  }
  return seen & KIND_BIT[m.kind] ? out : `${out ? `${out},` : ''}"${m.kind}"`;
}

export function markersAttr(geo: RowGeometry): string {
  let out = '[';
  const read = geo.lane ? markerReader(geo.lane.markers) : undefined;
  for (let i = 0; i < geo.marks.length; i++) {
    const m = geo.marks[i]!;
    if (i > 0) out += ',';
    out += `{"kind":"${m.kind}","seq":${num(m.seq)},"x":${num(round(m.x))},"count":${num(m.count)},"kinds":[${foldedKindsText(geo, m, read)}]}`;
  }
  return `${out}]`;
}

/** What an element was last given: the run it was drawn from and the geometry its text was made of. */
interface Exposed {
  run: unknown;
  segments: readonly SegmentBox[];
  marks: readonly MarkerMark[];
}

const lastExposed = new WeakMap<HTMLElement, Exposed>();

/** The same text would be made of both (the attributes round to 0.1 px and leave out `waits`). */
function sameSegments(a: readonly SegmentBox[], b: readonly SegmentBox[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const s = a[i]!;
    const t = b[i]!;
    if (s.state !== t.state || round(s.x0) !== round(t.x0) || round(s.x1) !== round(t.x1) || !s.end !== !t.end) return false;
  }
  return true;
}

/**
 * The same text would be made of both, within one run: a mark's folded kinds are read from
 * the lane's markers `index` to `index + count`, and a run's lane keeps its markers where they
 * are as the playback moves (the fold only appends).
 */
function sameMarks(a: readonly MarkerMark[], b: readonly MarkerMark[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const m = a[i]!;
    const n = b[i]!;
    if (m.kind !== n.kind || m.index !== n.index || m.seq !== n.seq || m.count !== n.count || round(m.x) !== round(n.x)) return false;
  }
  return true;
}

/**
 * Sets the attributes on `el` when what they say changed. `run` names the recording the
 * geometry was drawn from (its fold's identity): within one run, a row whose geometry did not
 * change since the element's last frame is left alone without making its text again (issue
 * 10: most rows of a scrub step lie wholly before or after the cursor, and their text was a
 * quarter of what a step allocated; reading `dataset` back copied it once more).
 */
export function exposeGeometry(el: HTMLElement, geo: RowGeometry, run: unknown): void {
  const last = lastExposed.get(el);
  if (last && last.run === run) {
    const segsSame = sameSegments(last.segments, geo.segments);
    const marksSame = sameMarks(last.marks, geo.marks);
    if (!segsSame) el.dataset.segments = segmentsAttr(geo);
    if (!marksSame) el.dataset.markers = markersAttr(geo);
  } else {
    el.dataset.segments = segmentsAttr(geo);
    el.dataset.markers = markersAttr(geo);
  }
  lastExposed.set(el, { run, segments: geo.segments, marks: geo.marks });
}
