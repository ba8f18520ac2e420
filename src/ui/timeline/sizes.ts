/**
 * How big things are drawn, from the room there is: rows share the panel's height (so a few
 * lanes fill it and stay readable from the back of a classroom), between a minimum that
 * keeps a marker clickable and a maximum past which taller rows only waste space. Markers,
 * bars and type scale with the row.
 */

export const MIN_ROW_PX = 30;
export const MAX_ROW_PX = 110;
/** Height of the time axis above the lanes, px. */
export const AXIS_PX = 30;

export interface RowSizes {
  rowH: number;
  /** Height of a state bar. */
  bar: number;
  /** Width and height of a marker glyph (also the least distance between two drawn markers). */
  marker: number;
  /** Font size of lane labels and in-track text, px. */
  font: number;
  /** Rows tall enough for a two-line label (the function's name over its Task and call site). */
  twoLine: boolean;
}

/** How much larger everything may grow in presentation mode (read from the back of a room). */
export const PRESENTATION_SCALE = 1.4;

/**
 * Sizes for `rows` rows in a lane area `height` px tall; `scale` > 1 (presentation) raises
 * the minimums and maximums alike.
 */
export function rowSizes(rows: number, height: number, scale = 1): RowSizes {
  // Quarter pixels: rows fill the height to within a pixel, without rounding up into a scrollbar.
  const rowH = Math.floor(Math.min(MAX_ROW_PX * scale, Math.max(MIN_ROW_PX * scale, height / Math.max(1, rows))) * 4) / 4;
  const clamp = (v: number, lo: number, hi: number) => Math.round(Math.min(hi * scale, Math.max(lo * scale, v)));
  return {
    rowH,
    bar: clamp(rowH * 0.36, 10, 30),
    marker: clamp(rowH * 0.5, 18, 28),
    font: clamp(rowH * 0.4, 13, 20),
    twoLine: rowH >= 52 * scale,
  };
}

/**
 * The label column's width: enough for the longest label (monospace, `font` px) up to 40% of
 * the panel, never under 96 px. Longer labels are cut with an ellipsis and carry their full
 * text in a tooltip and in the lane's accessible name.
 */
export function labelWidth(longest: number, font: number, panelWidth: number): number {
  const wanted = Math.ceil(longest * font * 0.62) + 16;
  return Math.round(Math.max(96, Math.min(wanted, panelWidth * 0.4)));
}
