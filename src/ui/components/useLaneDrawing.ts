/**
 * Draws a model's lanes on the timeline's canvas after each render that changed what the
 * canvas shows (src/ui/timeline/draw.ts), hands each row element what was drawn for it
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

export interface LaneDrawing {
  canvas: RefObject<HTMLCanvasElement | null>;
  palette: RefObject<Palette | null>;
  /** Row key → its DOM element (the labels' layer), to expose what was drawn. */
  rowEls: RefObject<Map<string, HTMLElement>>;
  view: ModelState;
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

/** Draws the lanes; returns the geometry of the last frame drawn, per row key (for hit tests). */
export function useLaneDrawing(d: LaneDrawing): RefObject<Map<string, RowGeometry>> {
  const drawnRef = useRef(new Map<string, RowGeometry>());
  /** When each marker recorded while animating was first drawn (performance.now()), until its pop-in ends. */
  const born = useRef(new Map<number, number>());
  const seenCount = useRef(0);
  /** The inputs of the frame on the canvas: the same inputs draw the same frame. */
  const drawnWith = useRef<unknown[]>([]);

  useLayoutEffect(() => {
    const c = d.canvas.current;
    const p = d.palette.current;
    if (!c || !p) return;
    const inputs = [
      p,
      d.view,
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
    if (c.width !== Math.round(w * dpr) || c.height !== Math.round(h * dpr)) {
      c.width = Math.round(w * dpr);
      c.height = Math.round(h * dpr);
      c.style.width = `${w}px`;
      c.style.height = `${h}px`;
    }
    const ctx = c.getContext('2d');
    if (!ctx) return;
    const started = performance.now();
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
    drawnRef.current = drawFrame({ ...frame, popOf: (seq) => popOf(seq, now) });
    for (const [key, geo] of drawnRef.current) {
      const el = d.rowEls.current.get(key);
      if (el) exposeGeometry(el, geo);
    }
    // A User Timing entry per frame drawn, for benches (npm run bench:ui) and the Performance panel.
    performance.measure('lanes: draw', { start: started });
    // Tests and tools can see the animation run (and not run, under reduced motion).
    const root = c.closest<HTMLElement>('[data-role="timeline"]');
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
      drawFrame({ ...frame, popOf: (seq) => popOf(seq, at) });
      mark();
      if (born.current.size > 0) raf = requestAnimationFrame(pop);
    });
    return () => cancelAnimationFrame(raf);
  });
  return drawnRef;
}
