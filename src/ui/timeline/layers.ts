/**
 * The lanes' canvases, in three layers, so that a playback step only draws what it changes
 * (issue 10: a step must cost ≤ 4 ms of main-thread work; without a GPU a canvas's shapes are
 * rasterised on the main thread, and drawing every row's prefix again at each step was most
 * of a step's canvas cost).
 *
 * - `steps` (bottom): drawn at every step: the grid, the row separators and backgrounds, the
 *   groups' densities, and each lane row from `drawnFrom` on (below).
 * - `bands` (middle): one canvas per lane row, its lane as the whole recording has it, drawn
 *   only when that lane, the zoom or the sizes change, and shown left of `drawnFrom` alone.
 * - `top`: the causal arrow and the selected marker, over everything, as draw.ts draws them last.
 *
 * What makes the bands right at every step: a lane at a playback position is a prefix of the
 * lane the whole recording has (the same segments and markers, fewer of them; later ones lie
 * right of the cursor), and draw.ts's geometry (geometry.ts) works from the left: segments
 * closer than a pixel and markers closer than a marker's width are folded left to right. So
 * the prefix and the whole are drawn alike left of the last segment box and the last marker
 * mark the prefix draws (what follows may fold into those), and of the cursor less half a
 * marker (a later marker's glyph reaches that far left). What a step does change — the last
 * bar running to the cursor, what a suspended lane waits on, the last marker, a group's
 * density (its members are sampled among those that exist, draw.ts / useLaneDrawing.ts) —
 * is drawn on `steps` at each step.
 */
import { SETTLED, type MarkerMark, type SegmentBox } from './geometry';
import type { Lane } from '../state/types';

export interface LaneLayers {
  steps: HTMLCanvasElement;
  bands: HTMLElement;
  top: HTMLCanvasElement;
  /** The top canvas has something on it. */
  topDrawn: boolean;
  /** Row key → its band: a clipping box and the canvas in it. */
  band: Map<string, { box: HTMLDivElement; canvas: HTMLCanvasElement; drawnWith: unknown[] }>;
}

const made = new WeakMap<HTMLElement, LaneLayers>();

/** The layers inside `host` (made on first use). */
export function layersIn(host: HTMLElement): LaneLayers {
  let l = made.get(host);
  if (l) return l;
  const steps = document.createElement('canvas');
  const bands = document.createElement('div');
  const top = document.createElement('canvas');
  bands.className = 'tl-bands';
  host.append(steps, bands, top);
  l = { steps, bands, top, topDrawn: false, band: new Map() };
  made.set(host, l);
  return l;
}

/** Sizes a canvas to `w` × `h` css px at `dpr` (a canvas resized is cleared). */
export function sizeCanvas(c: HTMLCanvasElement, w: number, h: number, dpr: number): void {
  if (c.width !== Math.round(w * dpr) || c.height !== Math.round(h * dpr)) {
    c.width = Math.round(w * dpr);
    c.height = Math.round(h * dpr);
    c.style.width = `${w}px`;
    c.style.height = `${h}px`;
  }
}

/** The lane at the playback position is the whole lane, finished: a step changes nothing of it. */
function complete(now: Lane, whole: Lane): boolean {
  const last = now.segments.at(now.segments.length - 1);
  return now.segments.length === whole.segments.length && now.markers.length === whole.markers.length && !!last && SETTLED.has(last.state);
}

/**
 * From which x (css px, on whole device pixels) a lane row must be drawn at this step: left
 * of it the row looks as the whole lane's drawing does. Infinity: the lane is finished, the
 * whole drawing is the row; 0: draw it all.
 */
export function drawnFrom(
  now: Lane | undefined,
  whole: Lane | undefined,
  drawn: { segments: readonly SegmentBox[]; marks: readonly MarkerMark[] },
  cursorPx: number,
  marker: number,
  dpr: number,
): number {
  if (!whole) return 0;
  if (now && complete(now, whole)) return Infinity;
  // A later marker's glyph (and a folded mark's outline, 2 px out) reaches half a marker left.
  let x = cursorPx - marker / 2 - 4;
  const box = drawn.segments.at(-1);
  if (box) x = Math.min(x, box.x0 - 1);
  const mark = drawn.marks.at(-1);
  if (mark) x = Math.min(x, mark.x - marker / 2 - 4);
  return Math.max(0, Math.floor(x * dpr) / dpr);
}
