/**
 * The visible window of a timeline's x axis, as a flame chart has one: the whole run is the
 * unit interval [0, 1] (the aligned global position divided by its total, as
 * src/ui/state/alignment.ts defines it), and the view is the part [start, end] of it drawn
 * across the track. Zoom keeps the point under the pointer (or the focused marker) still;
 * pan slides the window without leaving [0, 1].
 */

export interface TimeView {
  start: number;
  end: number;
}

export const FULL_VIEW: TimeView = { start: 0, end: 1 };

/**
 * The narrowest window: a millionth of the run, so that a 1M-event run can still be zoomed
 * until one event is wider than a marker.
 */
export const MIN_SPAN = 1e-6;

/** Keep `view` inside [0, 1] and at least MIN_SPAN wide, shifting rather than shrinking it. */
export function clampView(view: TimeView): TimeView {
  const span = Math.min(1, Math.max(MIN_SPAN, view.end - view.start));
  let start = view.start;
  if (start < 0) start = 0;
  if (start + span > 1) start = 1 - span;
  return { start, end: start + span };
}

/** Zoom by `factor` (> 1 zooms in) around `anchor`, a fraction of the whole run. */
export function zoomAt(view: TimeView, anchor: number, factor: number): TimeView {
  const span = view.end - view.start;
  const next = Math.min(1, Math.max(MIN_SPAN, span / factor));
  // The anchor keeps its place in the window: (anchor - start) / span is unchanged.
  const at = span > 0 ? (anchor - view.start) / span : 0.5;
  return clampView({ start: anchor - at * next, end: anchor - at * next + next });
}

/** Slide the window by `fraction` of its own width (negative: towards the start). */
export function panBy(view: TimeView, fraction: number): TimeView {
  const shift = (view.end - view.start) * fraction;
  return clampView({ start: view.start + shift, end: view.end + shift });
}

/** Slide the window just enough that `x` (a fraction of the run) lies inside it, with a margin. */
export function reveal(view: TimeView, x: number, margin = 0.05): TimeView {
  const span = view.end - view.start;
  const pad = span * margin;
  if (x < view.start + pad) return clampView({ start: x - pad, end: x - pad + span });
  if (x > view.end - pad) return clampView({ start: x + pad - span, end: x + pad });
  return view;
}

export function isFull(view: TimeView): boolean {
  return view.start <= 0 && view.end >= 1;
}

/** A fraction of the run → px across a track `width` px wide showing `view`. */
export function toPx(view: TimeView, width: number, x: number): number {
  return ((x - view.start) / (view.end - view.start)) * width;
}

/** px across the track → a fraction of the run. */
export function fromPx(view: TimeView, width: number, px: number): number {
  return view.start + (px / width) * (view.end - view.start);
}
