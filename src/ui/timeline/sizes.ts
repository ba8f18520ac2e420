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

/** Sizes for `rows` rows in a lane area `height` px tall. */
export function rowSizes(rows: number, height: number): RowSizes {
  // Quarter pixels: rows fill the height to within a pixel, without rounding up into a scrollbar.
  const rowH = Math.floor(Math.min(MAX_ROW_PX, Math.max(MIN_ROW_PX, height / Math.max(1, rows))) * 4) / 4;
  return {
    rowH,
    bar: Math.round(Math.min(30, Math.max(10, rowH * 0.36))),
    marker: Math.round(Math.min(28, Math.max(18, rowH * 0.5))),
    font: Math.round(Math.min(20, Math.max(13, rowH * 0.4))),
    twoLine: rowH >= 52,
  };
}

/**
 * The label column's width: enough for the longest label (monospace, `font` px) up to 38% of
 * the panel, never under 96 px. Longer labels are cut with an ellipsis and carry their full
 * text in a tooltip and in the lane's accessible name.
 */
export function labelWidth(longest: number, font: number, panelWidth: number): number {
  const wanted = Math.ceil(longest * font * 0.62) + 16;
  return Math.round(Math.max(96, Math.min(wanted, panelWidth * 0.4)));
}
