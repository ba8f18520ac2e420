/**
 * What a lane's DOM element says about what the canvas drew on it (`data-segments`,
 * `data-markers`, docs/url-format.md), serialised from the draw call's own geometry so that
 * a test or a tool reading the page reads exactly what was drawn.
 */
import type { RowGeometry } from './draw';
import type { MarkerMark } from './geometry';

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
  for (let i = m.index; i < end; i++) kinds.add(geo.lane.markers.at(i)!.kind);
  kinds.add(m.kind);
  return [...kinds];
}

export function segmentsAttr(geo: RowGeometry): string {
  return JSON.stringify(geo.segments.map((s) => ({ state: s.state, x0: round(s.x0), x1: round(s.x1), ...(s.end ? { end: true } : {}) })));
}

export function markersAttr(geo: RowGeometry): string {
  return JSON.stringify(geo.marks.map((m) => ({ kind: m.kind, seq: m.seq, x: round(m.x), count: m.count, kinds: foldedKinds(geo, m) })));
}

/** Set the attributes on `el` when they changed (a frame that draws the same touches no DOM). */
export function exposeGeometry(el: HTMLElement, geo: RowGeometry): void {
  const segs = segmentsAttr(geo);
  const marks = markersAttr(geo);
  if (el.dataset.segments !== segs) el.dataset.segments = segs;
  if (el.dataset.markers !== marks) el.dataset.markers = marks;
}
