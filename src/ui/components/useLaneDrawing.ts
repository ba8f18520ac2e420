/**
 * Draws a model's lanes on the timeline's canvases after each render that changed what they
 * show (src/ui/timeline/draw.ts), each lane row's finished part once and what a step changes
 * at each step (src/ui/timeline/layers.ts), hands each row element what was drawn for it
 * (src/ui/timeline/exposed.ts), and finishes the markers' pop-ins on the canvas alone.
 *
 * A render that changes nothing drawn (a hover, a focus change of another panel) does not
 * redraw: the frame is drawn from its inputs, and the same inputs draw the same frame
 * (issue 10: a scrub step must cost only what the position changes).
 */
import { useLayoutEffect, useRef, type RefObject } from 'react';
import type { Lane as LaneData, ModelState } from '../state/types';
import { drawFrame, type DrawRow, type Palette, type RowGeometry } from '../timeline/draw';
import { exposeGeometry } from '../timeline/exposed';
import { drawnFrom, layersIn, sizeCanvas } from '../timeline/layers';
import { membersAt, type Row } from '../timeline/rows';
import type { RowSizes } from '../timeline/sizes';
import type { Tick } from '../timeline/ticks';
import { toPx, type TimeView } from '../timeline/viewport';
import type { Selection } from './Timeline';

/** At most this many members of a group are drawn into its density (an even sample). */
const GROUP_SAMPLE = 400;
/** A new marker's pop-in, ms. */
const POP_MS = 220;
/** More new events than this in one frame is a jump (a seek), not playback: no pop-ins. */
const POP_MAX_NEW = 8;
/** Hidden lane bands kept beyond twice the window's rows (each is a row-high canvas). */
const BANDS_SPARE = 16;

export interface LaneDrawing {
  /** The element the layers' canvases go in (src/ui/timeline/layers.ts). */
  canvas: RefObject<HTMLElement | null>;
  palette: RefObject<Palette | null>;
  /** Row key → its DOM element (the labels' layer), to expose what was drawn. */
  rowEls: RefObject<Map<string, HTMLElement>>;
  view: ModelState;
  /** The fold of the whole recording (so far, while it streams in): what the lanes' bands draw. */
  final: ModelState;
  /** The rows in the window (with overscan) and the index of the first. */
  visible: readonly Row[];
  first: number;
  /**
   * The canvas's height, css px: the rows' part of the lane area (the whole area while races
   * are marked). Each frame drawn is copied whole to the compositor (software without a GPU),
   * so a few rows need not pay for the empty area under them (issue 10).
   */
  height: number;
  top: number;
  trackW: number;
  sizes: RowSizes;
  zoom: TimeView;
  xOf(seq: number): number;
  scale: { xOf(seq: number): number; view: TimeView; width: number };
  cursorPx: number;
  ticks: readonly Tick[];
  selection: Selection | null;
  /** The lane the selection links to, and the row showing a lane. */
  target: number | undefined;
  rowOfLane(id: number): number | undefined;
  focusIndex: number;
  waitsOf(lane: LaneData): string | undefined;
  animate: boolean;
  /** Draw the cursor line on the canvas (false: the page shows it as its own layer). */
  drawCursor: boolean;
}

/**
 * A test hook: `window.__asyncLanesOneLayer = true` (set before the app loads) draws every frame
 * whole on one canvas, as before the layers, so a browser test can compare the two
 * (tests/e2e/lane-layers.test.ts).
 */
function oneLayer(): boolean {
  return (globalThis as { __asyncLanesOneLayer?: unknown }).__asyncLanesOneLayer === true;
}

/** Draws the lanes; returns the geometry of the last frame drawn, per row key (for hit tests). */
export function useLaneDrawing(d: LaneDrawing): RefObject<Map<string, RowGeometry>> {
  const drawnRef = useRef(new Map<string, RowGeometry>());
  /** When each marker recorded while animating was first drawn (performance.now()), until its pop-in ends. */
  const born = useRef(new Map<number, number>());
  const seenCount = useRef(0);
  /** The inputs of the frame on the canvas: the same inputs draw the same frame. */
  const drawnWith = useRef<unknown[]>([]);

  useLayoutEffect(() => {
    const host = d.canvas.current;
    const p = d.palette.current;
    if (!host || !p) return;
    const inputs = [
      p,
      d.view,
      d.final,
      d.visible,
      d.first,
      d.height,
      d.top,
      d.trackW,
      d.sizes.rowH,
      d.sizes.marker,
      d.sizes.font,
      d.scale,
      d.cursorPx,
      d.ticks,
      d.selection,
      d.target,
      d.focusIndex,
      d.animate,
      d.rowOfLane,
      d.drawCursor,
    ];
    if (born.current.size === 0 && inputs.length === drawnWith.current.length && inputs.every((v, i) => v === drawnWith.current[i])) return;
    drawnWith.current = inputs;
    const { sizes, view, zoom, trackW, xOf, selection, target, rowOfLane, top } = d;
    const dpr = window.devicePixelRatio || 1;
    const w = trackW + sizes.marker / 2;
    const h = d.height;
    const layers = layersIn(host);
    const c = layers.steps;
    sizeCanvas(c, w, h, dpr);
    sizeCanvas(layers.top, w, h, dpr);
    const ctx = c.getContext('2d');
    const topCtx = layers.top.getContext('2d');
    if (!ctx || !topCtx) return;
    const drawRows: DrawRow[] = d.visible.map((row, i) => {
      const y = (d.first + i) * sizes.rowH - top;
      const linked = target !== undefined && rowOfLane(target) === d.first + i;
      const focused = d.first + i === d.focusIndex;
      if (row.type === 'group') {
        // The group's row shows the members' density, collapsed or not (expanded, they follow it).
        // The density of a big group is drawn from an even sample of its members.
        const n = membersAt(row, view.lanes.length);
        const stride = Math.max(1, Math.ceil(n / GROUP_SAMPLE));
        const members: LaneData[] = [];
        for (let k = 0; k < n; k += stride) {
          const lane = view.lanes.at(row.members[k]!.lane);
          if (lane) members.push(lane);
        }
        return { key: row.key, y, members, linked, focused };
      }
      const lane = view.lanes.at(row.lane);
      return { key: row.key, y, lane, waits: lane ? d.waitsOf(lane) : undefined, linked, focused };
    });
    const centre = (rowIdx: number | undefined) => (rowIdx === undefined ? undefined : rowIdx * sizes.rowH - top + sizes.rowH / 2);
    const fromY = selection ? centre(rowOfLane(selection.laneId)) : undefined;
    const toY = centre(target === undefined ? undefined : rowOfLane(target));
    const arrowX = selection ? toPx(zoom, trackW, xOf(selection.marker.seq)) : 0;
    // Markers recorded since the last frame pop in while playing at a followable speed
    // (never under reduced motion, while scrubbing or fast: useAnimateEntries).
    const now = performance.now();
    if (d.animate && view.count > seenCount.current && view.count - seenCount.current <= POP_MAX_NEW)
      for (let seq = seenCount.current; seq < view.count; seq++) born.current.set(seq, now);
    seenCount.current = view.count;
    if (!d.animate) born.current.clear();
    const frame = {
      ctx,
      dpr,
      width: trackW,
      height: h,
      sizes,
      scale: d.scale,
      cursorPx: d.cursorPx,
      drawCursor: d.drawCursor,
      rows: drawRows,
      selectedSeq: selection?.marker.seq,
      arrow: fromY !== undefined && toY !== undefined && fromY !== toY ? { x: arrowX, fromY, toY } : undefined,
      races: view.races.map((r) => ({
        x: toPx(zoom, trackW, xOf(r.seq)),
        ys: [centre(rowOfLane(r.first)), centre(rowOfLane(r.second))].filter((y): y is number => y !== undefined),
      })),
      grid: d.ticks.map((t) => ({ px: t.px, major: t.kind === 'time' })),
      palette: p,
    };
    const popOf = (seq: number, at: number) => {
      const t = born.current.get(seq);
      return t === undefined ? 1 : Math.min(1, Math.max(0.05, (at - t) / POP_MS));
    };
    // Events that drew no marker are in `born` too: everything older than a pop-in goes.
    const prune = (at: number) => {
      for (const [seq, t] of born.current) if (at - t >= POP_MS) born.current.delete(seq);
    };
    // Layered (src/ui/timeline/layers.ts) unless markers pop in (they are drawn growing, wherever
    // they are) or races are marked (their lines lie under the markers of every row).
    const layered = born.current.size === 0 && view.races.length === 0 && !oneLayer();
    const wholeOf = new Map<string, LaneData | undefined>();
    for (const row of d.visible) if (row.type === 'lane') wholeOf.set(row.key, d.final.lanes.at(row.lane));
    const from = new Map<string, number>();
    drawnRef.current = drawFrame({
      ...frame,
      popOf: (seq) => popOf(seq, now),
      ...(layered && {
        overlays: false,
        fromOf(row, drawn) {
          // A group's density changes with every step (its members are sampled among those that exist).
          if (row.members) return undefined;
          const x = drawnFrom(row.lane, wholeOf.get(row.key), drawn, frame.cursorPx, sizes.marker, dpr);
          from.set(row.key, x);
          return x;
        },
      }),
    });
    // The bands: each lane row's whole lane, shown left of where this step draws the row.
    const endPx = toPx(zoom, trackW, 1);
    const used = new Set<string>();
    if (layered)
      for (const row of drawRows) {
        const x = from.get(row.key) ?? 0;
        const lane = wholeOf.get(row.key);
        if (!(x > 0) || !lane) continue;
        used.add(row.key);
        let band = layers.band.get(row.key);
        if (!band) {
          const box = document.createElement('div');
          const canvas = document.createElement('canvas');
          box.append(canvas);
          layers.bands.append(box);
          band = { box, canvas, drawnWith: [] };
        }
        // Last used last: what is evicted below is what went unused longest.
        layers.band.delete(row.key);
        layers.band.set(row.key, band);
        // On whole device pixels, drawn at the frame's coordinates (draw.ts originY).
        const y0 = Math.floor(row.y * dpr);
        const y1 = Math.ceil((row.y + sizes.rowH) * dpr);
        const waits = d.waitsOf(lane);
        const bandInputs = [
          lane,
          y0,
          y1,
          d.scale,
          sizes.rowH,
          sizes.marker,
          sizes.font,
          sizes.bar,
          p,
          dpr,
          frame.selectedSeq,
          waits,
          w,
          endPx,
        ];
        if (bandInputs.length !== band.drawnWith.length || bandInputs.some((v, i) => v !== band.drawnWith[i])) {
          band.drawnWith = bandInputs;
          sizeCanvas(band.canvas, w, (y1 - y0) / dpr, dpr);
          const bctx = band.canvas.getContext('2d');
          if (bctx)
            drawFrame({
              ...frame,
              ctx: bctx,
              height: (y1 - y0) / dpr,
              originY: y0,
              cursorPx: endPx,
              rows: [{ key: row.key, y: row.y, lane, waits, linked: false, focused: false }],
              arrow: undefined,
              races: [],
              grid: [],
              under: false,
              overlays: false,
            });
        }
        band.box.style.top = `${y0 / dpr}px`;
        band.box.style.height = `${(y1 - y0) / dpr}px`;
        band.box.style.width = `${Math.min(x, w)}px`;
        if (band.box.style.display) band.box.style.display = '';
      }
    // A band its row does not show at this step (the row's lane starts where the step draws
    // it, the row is out of the window or does not exist yet at the position, or the frame is
    // not layered) is hidden (no box, so no layer to composite), not removed: a scrub back and forth would otherwise make its
    // canvas, context, hatching and drawing again at every jump (issue 10: `bench:ui
    // --profile` saw createPattern, getContext, appendChild and removeChild take ~2 ms of a
    // step). The ones unused longest go once there are more than twice the window's rows.
    for (const [key, band] of layers.band) if (!used.has(key) && band.box.style.display !== 'none') band.box.style.display = 'none';
    const keep = 2 * d.visible.length + BANDS_SPARE;
    for (const [key, band] of layers.band) {
      if (layers.band.size <= keep) break;
      if (used.has(key)) continue;
      band.box.remove();
      layers.band.delete(key);
    }
    // The arrow and the selected marker, over the bands.
    // (A canvas cleared is copied to the compositor again, drawn on or not: cleared only when it shows something.)
    const onTop = layered && frame.selectedSeq !== undefined;
    if (onTop || layers.topDrawn) {
      topCtx.setTransform(1, 0, 0, 1, 0, 0);
      topCtx.clearRect(0, 0, layers.top.width, layers.top.height);
      layers.topDrawn = onTop;
    }
    if (onTop) drawFrame({ ...frame, ctx: topCtx, under: false, races: [], fromOf: () => Infinity });
    for (const [key, geo] of drawnRef.current) {
      const el = d.rowEls.current.get(key);
      if (el) exposeGeometry(el, geo, d.final);
    }
    // Tests and tools can see the animation run (and not run, under reduced motion).
    const root = host.closest<HTMLElement>('[data-role="timeline"]');
    const mark = () => {
      if (!root) return;
      if (born.current.size > 0) root.dataset.popping = 'true';
      else delete root.dataset.popping;
    };
    mark();
    if (born.current.size === 0) return;
    // Finish the pop-ins on the canvas alone: no React render until the next real change.
    let raf = requestAnimationFrame(function pop(at) {
      prune(at);
      // (Not layered: pop-ins are drawn on the steps canvas alone.)
      drawFrame({ ...frame, popOf: (seq) => popOf(seq, at) });
      mark();
      if (born.current.size > 0) raf = requestAnimationFrame(pop);
    });
    return () => cancelAnimationFrame(raf);
  });
  return drawnRef;
}
