/**
 * One frame of a model's lanes on a canvas: grid lines at the axis ticks, each visible row's
 * segments and markers (geometry.ts), a collapsed group's density, the race marks, the causal
 * arrow of a selected marker and the playback cursor. Returns the geometry it drew, per row,
 * for the DOM layer to expose.
 *
 * Cheap at any run size: shapes of one style go into one path filled once, marker glyphs
 * are stamped from pre-rendered sprites, and geometry.ts bounds the work by the width.
 * In the page each frame drawn is also copied whole to the compositor (software, without a
 * GPU: `LayerTreeHost::DoUpdateLayers` in `npm run bench:ui -- --trace`), so the canvas is only
 * as tall as the rows drawn (useLaneDrawing.ts).
 */
import type { Lane } from '../state/types';
import type { MarkerKind } from '../state/types';
import { groupDensity, markerMarks, segmentBoxes, type MarkerMark, type SegmentBox, type TrackScale } from './geometry';
import type { RowSizes } from './sizes';

export const GLYPH: Record<MarkerKind, string> = {
  started: '▶',
  awaited: '‖',
  resumed: '↻',
  resolved: '✓',
  rejected: '✕',
  cancelled: '⊘',
  warning: '⚠',
};

export interface Palette {
  model: string;
  ink: string;
  muted: string;
  failed: string;
  warn: string;
  grid: string;
  linked: string;
  focus: string;
  marker: Record<MarkerKind, string>;
}

export interface DrawRow {
  key: string;
  /** Top of the row, css px from the canvas top. */
  y: number;
  /** A lane row: the lane drawn, as folded at the playback position. */
  lane?: Lane;
  /** A collapsed group: its members that exist at the playback position. */
  members?: readonly Lane[];
  /** What the lane waits on, while suspended. */
  waits?: string;
  linked: boolean;
  focused: boolean;
}

export interface RowGeometry {
  /** The lane drawn (absent for a group's density). */
  lane?: Lane;
  segments: SegmentBox[];
  marks: MarkerMark[];
}

export interface Frame {
  ctx: CanvasRenderingContext2D;
  dpr: number;
  /** Track width and visible height, css px. */
  width: number;
  height: number;
  sizes: RowSizes;
  scale: TrackScale;
  cursorPx: number;
  /** Draw the cursor line (default); false: the caller shows it (a DOM layer over the canvas). */
  drawCursor?: boolean;
  rows: readonly DrawRow[];
  /** The selected marker (drawn ringed, never folded into another). */
  selectedSeq?: number;
  arrow?: { x: number; fromY: number; toY: number };
  /** Timing races: x, and the rows' centre ys of the two callbacks where shown. */
  races: readonly { x: number; ys: readonly number[] }[];
  /** px of the axis ticks, for faint grid lines. */
  grid: readonly { px: number; major: boolean }[];
  palette: Palette;
  /** A marker's pop-in progress, 0..1 (1: drawn at full size); absent: no animation. */
  popOf?(seq: number): number;
  /** Draw the linked rows' backgrounds, the grid and the row separators (default: yes). */
  under?: boolean;
  /**
   * Rows whose own shapes (bars, labels, markers) are drawn only right of an x, css px
   * (Infinity: not at all; their geometry is returned all the same); other rows are drawn
   * whole. The layers of useLaneDrawing.ts: what a step changes is drawn from there on.
   */
  fromOf?(row: DrawRow, drawn: RowGeometry): number | undefined;
  /** Draw the causal arrow and the selected marker, over everything (default: yes). */
  overlays?: boolean;
  /**
   * Where the canvas's top is in the frame, device px (default 0): a canvas showing one row's
   * band draws at the frame's coordinates, so the hatching's pattern lines up as on a canvas
   * of the whole frame.
   */
  originY?: number;
}

const sprites = new Map<string, HTMLCanvasElement>();

/** A marker glyph rendered once per (kind, size, colour, scale) and stamped with drawImage. */
function sprite(kind: MarkerKind, size: number, color: string, dpr: number, ring: boolean): HTMLCanvasElement {
  const key = `${kind}|${size}|${color}|${dpr}|${ring}`;
  let c = sprites.get(key);
  if (c) return c;
  c = document.createElement('canvas');
  c.width = c.height = Math.ceil(size * dpr);
  const g = c.getContext('2d')!;
  g.scale(dpr, dpr);
  g.fillStyle = 'rgba(255,255,255,0.92)';
  g.beginPath();
  g.arc(size / 2, size / 2, size / 2 - 1, 0, Math.PI * 2);
  g.fill();
  g.lineWidth = ring ? 2.5 : 1;
  g.strokeStyle = ring ? '#b45309' : color;
  g.stroke();
  g.fillStyle = color;
  g.font = `700 ${Math.round(size * 0.62)}px system-ui, sans-serif`;
  g.textAlign = 'center';
  g.textBaseline = 'middle';
  g.fillText(GLYPH[kind], size / 2, size / 2 + 1);
  sprites.set(key, c);
  return c;
}

/** Per canvas (a pattern belongs to the context that made it): the hatching made last. */
const hatches = new WeakMap<CanvasRenderingContext2D, { color: string; pattern: CanvasPattern | null }>();

/** The suspended state's diagonal hatching, in the model's colour. */
function hatchOf(ctx: CanvasRenderingContext2D, color: string): CanvasPattern | string {
  const hatch = hatches.get(ctx);
  if (hatch && hatch.color === color) return hatch.pattern ?? color;
  const c = document.createElement('canvas');
  c.width = c.height = 8;
  const g = c.getContext('2d')!;
  g.fillStyle = '#ffffff';
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = color;
  g.globalAlpha = 0.45;
  g.lineWidth = 2.5;
  g.beginPath();
  g.moveTo(-2, 10);
  g.lineTo(10, -2);
  g.moveTo(6, 10);
  g.lineTo(10, 6);
  g.moveTo(-2, 2);
  g.lineTo(2, -2);
  g.stroke();
  const made = { color, pattern: ctx.createPattern(c, 'repeat') };
  hatches.set(ctx, made);
  return made.pattern ?? color;
}

/** Draw one frame; returns the geometry drawn per row key. */
export function drawFrame(f: Frame): Map<string, RowGeometry> {
  const { ctx, dpr, width, height, sizes, palette: p } = f;
  const drawn = new Map<string, RowGeometry>();
  const oy = f.originY ?? 0;
  ctx.setTransform(dpr, 0, 0, dpr, 0, -oy);
  ctx.clearRect(0, oy / dpr, width + sizes.marker, height);

  if (f.under !== false) {
    // Rows' backgrounds (linked / focused) and separators.
    for (const r of f.rows) {
      if (r.linked) {
        ctx.fillStyle = p.linked;
        ctx.fillRect(0, r.y, width, sizes.rowH);
      }
    }
    ctx.fillStyle = p.grid;
    for (const t of f.grid) ctx.fillRect(Math.round(t.px), 0, t.major ? 1 : 0.5, height);
    for (const r of f.rows) ctx.fillRect(0, r.y + sizes.rowH - 1, width, 1);
  }

  // What is drawn: every row's geometry first, so that `fromOf` can read it.
  for (const r of f.rows) {
    if (r.members) drawn.set(r.key, { segments: [], marks: [] });
    else if (r.lane)
      drawn.set(r.key, {
        lane: r.lane,
        segments: segmentBoxes(r.lane, f.scale, f.cursorPx, r.waits),
        marks: markerMarks(r.lane.markers, f.scale, sizes.marker * 0.7, f.selectedSeq),
      });
  }
  const from = new Map<string, number>();
  if (f.fromOf)
    for (const r of f.rows) {
      const g = drawn.get(r.key);
      const x = g && f.fromOf(r, g);
      if (x !== undefined) from.set(r.key, x);
    }
  const whole = from.size ? f.rows.filter((r) => !from.has(r.key)) : f.rows;
  barsAndLabels(f, whole, drawn);

  // Race marks: a dashed line over the lanes, a bracket on the two callbacks' rows.
  if (f.races.length) {
    ctx.strokeStyle = p.warn;
    ctx.lineWidth = 2;
    ctx.setLineDash([5, 4]);
    ctx.beginPath();
    for (const race of f.races) {
      ctx.moveTo(race.x, 0);
      ctx.lineTo(race.x, height);
    }
    ctx.stroke();
    ctx.setLineDash([]);
    ctx.fillStyle = p.warn;
    for (const race of f.races) for (const y of race.ys) ctx.fillRect(race.x - 3, y - sizes.rowH / 2 + 2, 6, sizes.rowH - 4);
  }

  let selected = markers(f, whole, drawn, true);
  // Rows drawn from an x on (layers.ts): each drawn alone on a scratch canvas, cut a few
  // pixels left of that x, and copied from that x on, pixel for pixel. (Cut at that x itself,
  // Skia antialiased the shapes the cut crosses a few pixels into the kept part differently
  // from the same shapes uncut: the bands left of it did not join up.)
  if (from.size)
    for (const r of f.rows) {
      const x = from.get(r.key);
      if (x === undefined) continue;
      const g = drawn.get(r.key)!;
      if (!(x < width + sizes.marker) || !r.lane) {
        selected = selectedIn(f, r, g) ?? selected;
        continue;
      }
      const oy = f.originY ?? 0;
      const top = Math.floor(r.y * dpr);
      const h = Math.ceil((r.y + sizes.rowH) * dpr) - top;
      const w = ctx.canvas.width;
      const cut = Math.round(x * dpr);
      // Right of the row's last shape the scratch is clear, and left of the clip it is never
      // copied: only [left, right) is cleared, drawn and copied, as a copy and a clear are
      // rasterised on the main thread, by their area (issue 10).
      const right = Math.min(w, Math.ceil(rightOf(g, sizes.marker) * dpr) + SCRATCH_MARGIN);
      if (right <= cut) {
        selected = selectedIn(f, r, g) ?? selected;
        continue;
      }
      const left = Math.max(0, cut - SCRATCH_MARGIN);
      const sc = scratchContext(w, h);
      sc.setTransform(1, 0, 0, 1, 0, 0);
      sc.clearRect(left, 0, right - left, h);
      sc.setTransform(dpr, 0, 0, dpr, 0, -top);
      sc.save();
      sc.beginPath();
      sc.rect(left / dpr, top / dpr, width + sizes.marker, h / dpr);
      sc.clip();
      const alone = { ...f, ctx: sc };
      // Only the shapes that reach into the clip (the rest would draw nothing); the selected
      // marker is kept, as markers() reports where it is.
      const clipX = left / dpr;
      const near = new Map([
        [
          r.key,
          {
            ...g,
            segments: g.segments.filter((b) => b.x1 + 2 >= clipX),
            marks: g.marks.filter((m) => m.seq === f.selectedSeq || m.x + sizes.marker / 2 + 3 >= clipX),
          },
        ],
      ]);
      barsAndLabels(alone, [r], near);
      selected = markers(alone, [r], near, true) ?? selected;
      sc.restore();
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(sc.canvas, cut, 0, right - cut, h, cut, top - oy, right - cut, h);
      ctx.restore();
    }

  const size = sizes.marker;
  if (f.overlays !== false) {
    if (f.arrow) {
      const { x, fromY, toY } = f.arrow;
      const dir = toY > fromY ? 1 : -1;
      ctx.strokeStyle = p.warn;
      ctx.fillStyle = p.warn;
      ctx.lineWidth = 2;
      ctx.setLineDash([4, 3]);
      ctx.beginPath();
      ctx.moveTo(x, fromY + (dir * size) / 2);
      ctx.lineTo(x, toY - dir * 8);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.beginPath();
      ctx.moveTo(x - 6, toY - dir * 10);
      ctx.lineTo(x + 6, toY - dir * 10);
      ctx.lineTo(x, toY - dir * 2);
      ctx.fill();
    }
    if (selected) {
      const s = size + 6;
      ctx.drawImage(sprite(selected.kind, s, p.marker[selected.kind], dpr, true), selected.x - s / 2, selected.y - s / 2, s, s);
    }
  }

  // The playback cursor, unless the page shows it as its own layer (Timeline.tsx: moving it
  // then repaints nothing).
  if (f.drawCursor !== false && f.cursorPx >= 0 && f.cursorPx <= width) {
    ctx.fillStyle = p.ink;
    ctx.globalAlpha = 0.55;
    ctx.fillRect(Math.round(f.cursorPx) - 1, 0, 2, height);
    ctx.globalAlpha = 1;
  }
  return drawn;
}

/** How far left of where a row is kept its scratch drawing is cut, device px. */
const SCRATCH_MARGIN = 12;
let scratch: CanvasRenderingContext2D | null = null;

/** The scratch canvas, at least `w` × `h` device px. */
function scratchContext(w: number, h: number): CanvasRenderingContext2D {
  if (!scratch || scratch.canvas.width < w || scratch.canvas.height < h) {
    const c = document.createElement('canvas');
    c.width = Math.max(w, scratch?.canvas.width ?? 0);
    c.height = Math.max(h, scratch?.canvas.height ?? 0);
    scratch = c.getContext('2d')!;
  }
  return scratch;
}

/**
 * The right edge of what a lane row draws, css px: its last segment box (an end mark
 * included; a waits label lies inside its bar) and its marks (a selected one's ring, a folded
 * one's outline and a popping one reach at most half a marker and 3 px out).
 */
export function rightOf(g: RowGeometry, marker: number): number {
  let right = 0;
  for (const s of g.segments) right = Math.max(right, s.x1 + 2);
  for (const m of g.marks) right = Math.max(right, m.x + marker / 2 + 3);
  return right;
}

/** Where the selected marker is on a row that is not drawn. */
function selectedIn(f: Frame, r: DrawRow, g: RowGeometry): { kind: MarkerKind; x: number; y: number } | undefined {
  const m = f.selectedSeq === undefined ? undefined : g.marks.find((k) => k.seq === f.selectedSeq);
  return m && { kind: m.kind, x: m.x, y: r.y + f.sizes.rowH / 2 };
}

/**
 * A path for the shapes of one style, starting with a pixel off the canvas: Skia fills or
 * strokes a path that is one rectangle as a rectangle, whose edges it antialiases a little
 * differently from a path's. With it a style's shapes look the same whether they are drawn
 * together or row by row (layers.ts), and whether there is one of them or many.
 */
function shapes(): Path2D {
  const path = new Path2D();
  path.rect(-16, -16, 1, 1);
  return path;
}

/** The rows' state bars (a group's density) and what suspended lanes wait on, as `drawn` has them. */
function barsAndLabels(f: Frame, rows: readonly DrawRow[], drawn: Map<string, RowGeometry>): void {
  const { ctx, width, sizes, palette: p } = f;
  const running = shapes();
  const suspended = shapes();
  const created = shapes();
  const ends: Record<'done' | 'failed' | 'cancelled', Path2D> = { done: shapes(), failed: shapes(), cancelled: shapes() };
  const labels: { text: string; x: number; y: number; w: number }[] = [];
  const bar = sizes.bar;

  for (const r of rows) {
    const top = r.y + (sizes.rowH - bar) / 2;
    if (r.members) {
      drawGroup(ctx, r.members, f, top, bar, p);
      continue;
    }
    if (!r.lane) continue;
    for (const s of drawn.get(r.key)!.segments) {
      const x0 = Math.max(-2, s.x0);
      const x1 = Math.min(width + 2, s.x1);
      if (s.end) {
        const h = s.state === 'failed' ? Math.max(4, bar / 3) : Math.max(2, bar / 5);
        ends[s.state as 'done' | 'failed' | 'cancelled'].rect(x0, r.y + (sizes.rowH - h) / 2, Math.max(2, x1 - x0), h);
        continue;
      }
      if (x1 <= x0) continue;
      if (s.state === 'running') running.rect(x0, top, x1 - x0, bar);
      else if (s.state === 'suspended') suspended.rect(x0, top, x1 - x0, bar);
      else if (s.state === 'created') created.rect(x0 + 1, top + 1, Math.max(1, x1 - x0 - 2), bar - 2);
      else ends[s.state as 'done' | 'failed' | 'cancelled'].rect(x0, top + bar / 2 - 1, x1 - x0, 2);
      if (s.waits && x1 - x0 > sizes.font * 3) labels.push({ text: `→ ${s.waits}`, x: x0 + 4, y: top + bar / 2, w: x1 - x0 - 8 });
    }
  }
  ctx.fillStyle = p.model;
  ctx.fill(running);
  ctx.fillStyle = hatchOf(ctx, p.model);
  ctx.fill(suspended);
  ctx.strokeStyle = p.model;
  ctx.lineWidth = 1;
  ctx.stroke(suspended);
  ctx.setLineDash([4, 3]);
  ctx.strokeStyle = p.muted;
  ctx.lineWidth = 1.5;
  ctx.stroke(created);
  ctx.setLineDash([]);
  ctx.fillStyle = p.muted;
  ctx.fill(ends.done);
  ctx.fill(ends.cancelled);
  ctx.fillStyle = p.failed;
  ctx.fill(ends.failed);

  // What a suspended lane waits on, inside its hatched bar, cut to the bar's width.
  if (labels.length) {
    ctx.font = `600 ${Math.round(sizes.font * 0.85)}px system-ui, sans-serif`;
    ctx.textBaseline = 'middle';
    for (const l of labels) {
      const text = fitText(ctx, l.text, l.w);
      if (!text) continue;
      const tw = ctx.measureText(text).width;
      ctx.fillStyle = 'rgba(255,255,255,0.9)';
      ctx.fillRect(l.x - 2, l.y - sizes.font * 0.55, tw + 4, sizes.font * 1.1);
      ctx.fillStyle = p.ink;
      ctx.fillText(text, l.x, l.y);
    }
  }
}

/**
 * The rows' markers as `drawn` has them, stamped (the selected one is left for the
 * overlays, drawn last, on top); returns where the selected one is.
 */
function markers(
  f: Frame,
  rows: readonly DrawRow[],
  drawn: Map<string, RowGeometry>,
  paint: boolean,
): { kind: MarkerKind; x: number; y: number } | undefined {
  const { ctx, dpr, sizes, palette: p } = f;
  const size = sizes.marker;
  let selected: { kind: MarkerKind; x: number; y: number } | undefined;
  for (const r of rows) {
    if (!r.lane) continue;
    const marks = drawn.get(r.key)!.marks;
    const cy = r.y + sizes.rowH / 2;
    for (const m of marks) {
      if (m.seq === f.selectedSeq) {
        selected = { kind: m.kind, x: m.x, y: cy };
        continue;
      }
      if (!paint) continue;
      const pop = f.popOf ? f.popOf(m.seq) : 1;
      if (pop < 1) {
        // Popping in: grows from 40 % and fades in (only while playing at a followable speed).
        const s = size * (0.4 + 0.6 * pop);
        ctx.globalAlpha = pop;
        ctx.drawImage(sprite(m.kind, size, p.marker[m.kind], dpr, false), m.x - s / 2, cy - s / 2, s, s);
        ctx.globalAlpha = 1;
        continue;
      }
      ctx.drawImage(sprite(m.kind, size, p.marker[m.kind], dpr, false), m.x - size / 2, cy - size / 2, size, size);
      if (m.count > 1) {
        // Several markers folded into one: a second outline says "more here".
        ctx.strokeStyle = p.marker[m.kind];
        ctx.lineWidth = 1.5;
        ctx.beginPath();
        ctx.arc(m.x, cy, size / 2 + 2, -Math.PI * 0.15, Math.PI * 0.65);
        ctx.stroke();
      }
    }
  }
  return selected;
}

/** A collapsed group's track: the share of its members running (solid) and suspended (hatched) over time. */
function drawGroup(ctx: CanvasRenderingContext2D, members: readonly Lane[], f: Frame, top: number, bar: number, p: Palette) {
  const d = groupDensity(members, f.scale, f.cursorPx);
  const h = Math.max(bar, f.sizes.rowH - 8);
  const base = top + bar / 2 + h / 2;
  const area = (lo: Float32Array | null, hi: Float32Array) => {
    const path = new Path2D();
    path.moveTo(0, base - (lo ? lo[0]! : 0) * h);
    edge(path, d.columns, (c) => base - ((lo ? lo[c]! : 0) + hi[c]!) * h, false);
    edge(path, d.columns, (c) => base - (lo ? lo[c]! : 0) * h, true);
    path.closePath();
    return path;
  };
  // A share that is nought across the track is an area of no height: nothing to fill.
  const some = (a: Float32Array) => a.some((v) => v > 0);
  if (some(d.running)) {
    ctx.fillStyle = p.model;
    ctx.fill(area(null, d.running));
  }
  if (some(d.suspended)) {
    ctx.fillStyle = hatchOf(ctx, p.model);
    ctx.fill(area(d.running, d.suspended));
  }
  ctx.strokeStyle = p.muted;
  // Set here: the width left by whatever was stroked last (a previous frame's arrow or outline)
  // drew this line 1, 1.5 or 2 px wide.
  ctx.lineWidth = 1;
  ctx.setLineDash([3, 3]);
  ctx.beginPath();
  ctx.moveTo(0, base + 0.5);
  ctx.lineTo(f.width, base + 0.5);
  ctx.stroke();
  ctx.setLineDash([]);
}

/**
 * One edge of a density area, a point per px column (right to left when `back`), without the
 * points inside a run of columns of one height: they lie on the line through the run's ends, so
 * the area is the same shape. A share changes at a member's start or end, so most columns
 * repeat their neighbour's, and the group row built and filled ~4 points per column each step
 * (issue 10: `drawGroup` ~0.7–0.9 ms of a scrub step in `bench:ui -- --profile`).
 */
function edge(path: Path2D, columns: number, y: (c: number) => number, back: boolean): void {
  const last = columns - 1;
  let prev = NaN;
  for (let i = 0; i <= last; i++) {
    const c = back ? last - i : i;
    const v = y(c);
    // A point is kept when the height changes at it, or at the next column, or at the ends.
    if (i === 0 || i === last || v !== prev || v !== y(back ? c - 1 : c + 1)) path.lineTo(c, v);
    prev = v;
  }
}

/** `text` cut with an ellipsis to fit `w` px (the full text is in the marker's description). */
function fitText(ctx: CanvasRenderingContext2D, text: string, w: number): string {
  if (ctx.measureText(text).width <= w) return text;
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >>> 1;
    if (ctx.measureText(`${text.slice(0, mid)}…`).width <= w) lo = mid;
    else hi = mid - 1;
  }
  return lo > 1 ? `${text.slice(0, lo)}…` : '';
}
