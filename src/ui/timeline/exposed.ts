/**
 * What a lane's DOM element says about what the canvas drew on it (`data-segments`,
 * `data-markers`, docs/url-format.md), serialised from the draw call's own geometry so that
 * a test or a tool reading the page reads exactly what was drawn.
 */
import type { RowGeometry } from './draw';
import type { MarkerKind } from '../state/types';
import { markerReader, type ListReader, type MarkerMark } from './geometry';

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

/** Set the attributes on `el` when they changed (a frame that draws the same touches no DOM). */
export function exposeGeometry(el: HTMLElement, geo: RowGeometry): void {
  const segs = segmentsAttr(geo);
  const marks = markersAttr(geo);
  if (el.dataset.segments !== segs) el.dataset.segments = segs;
  if (el.dataset.markers !== marks) el.dataset.markers = marks;
}
