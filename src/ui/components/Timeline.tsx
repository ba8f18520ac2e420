/**
 * A model's lanes, drawn as a flame chart is: a time axis on top, one row per invocation
 * (a Task and its coroutine share one, similar rows fold into groups), the tracks drawn on
 * one canvas per frame (src/ui/timeline/draw.ts: the cost is bounded by the visible rows and
 * the width, whatever the run's size), and a DOM layer of row labels that virtualises rows
 * and carries what was drawn. Zoom and pan act on the x axis (Ctrl+wheel or pinch, Shift+
 * wheel or a horizontal swipe; keys + − 0 A D), vertical scrolling moves through the rows.
 *
 * Keyboard: the lane area is one tab stop (a listbox of rows); ↑/↓ move between rows,
 * ←/→ (Home/End) between the focused row's markers, Enter/Space expands or collapses a
 * group. The focused marker is the selection, so the marker detail and the live region
 * follow it.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { EngineEvent, ModelName } from '../../engine/api';
import { modelFamily } from '../../engine/api';
import type { Indexed, Lane as LaneData, ListLike, MarkerData, ModelState } from '../state/types';
import type { Palette } from '../timeline/draw';
import type { MarkerMark } from '../timeline/geometry';
import { laneKeyAction, markerTarget } from '../timeline/keys';
import { readPalette } from '../timeline/palette';
import { indexOf } from '../timeline/runIndex';
import { lanesUpTo, throttled } from '../state/throttle';
import { buildRows, membersAt, rowsAt, type Row } from '../timeline/rows';
import { AXIS_PX, labelWidth, PRESENTATION_SCALE, rowSizes } from '../timeline/sizes';
import { axisTicks, formatMs } from '../timeline/ticks';
import { clampView, FULL_VIEW, fromPx, isFull, panBy, reveal, toPx, zoomAt, type TimeView } from '../timeline/viewport';
import { LaneRow } from './Lane';
import { markerTitle } from './Marker';
import { TimeAxis, type RaceMark } from './TimeAxis';
import { useAnimateEntries } from './motionContext';
import { useLaidOutLanes } from './useLaidOutLanes';
import { useLaneDrawing } from './useLaneDrawing';
import './timeline.css';

const OVERSCAN = 4;
/** The least distance between two tick labels, px. */
const TICK_GAP = 88;
/** Race marks closer than this (px) on the axis are one mark. */
const RACE_GAP = 22;
/** One key press or one wheel notch zooms by this factor. */
const ZOOM_STEP = 1.6;

export interface Selection {
  laneId: number;
  marker: MarkerData;
}

export interface TimelineProps {
  model: ModelName;
  view: ModelState;
  /** The whole recording and its fold at the end: rows are laid out for the whole run. */
  events: ListLike<EngineEvent>;
  final: ModelState;
  /**
   * More events may still come (the run streams in): the rows, built from every lane, are
   * then rebuilt at most every so often (src/ui/state/throttle.ts), never on every frame.
   */
  streaming?: boolean;
  xOf(seq: number): number;
  cursorX: number;
  showAllKinds: boolean;
  selection: Selection | null;
  nameOf(id: number | undefined): string | undefined;
  onSelect(sel: Selection | null): void;
}

/** The lane a selected marker links to: what an await waits on, or what woke a resume. */
export function linkedLane(sel: Selection | null): number | undefined {
  if (!sel) return undefined;
  return sel.marker.kind === 'awaited' ? sel.marker.on : sel.marker.kind === 'resumed' ? sel.marker.by : undefined;
}

/** The lanes a row covers (its own and its Task's; a group's members'), as ids. */
function rowLaneIds(row: Row, lanes: Indexed<LaneData>): number[] {
  const ids: number[] = [];
  const add = (i: number | undefined) => {
    const lane = i === undefined ? undefined : lanes.at(i);
    if (lane) ids.push(lane.id);
  };
  if (row.type === 'lane') {
    add(row.lane);
    add(row.task);
  } else if (!row.expanded) for (const m of row.members) (add(m.lane), add(m.task));
  return ids;
}

export function Timeline({
  model,
  view,
  events,
  final,
  streaming = false,
  xOf,
  cursorX,
  showAllKinds,
  selection,
  nameOf,
  onSelect,
}: TimelineProps) {
  const body = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLDivElement>(null);
  const rowEls = useRef(new Map<string, HTMLElement>());
  const palette = useRef<Palette | null>(null);
  const [box, setBox] = useState({ width: 600, height: 300, top: 0, presenting: false });
  const [zoom, setZoom] = useState<TimeView>(FULL_VIEW);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [hasFocus, setHasFocus] = useState(false);
  const animate = useAnimateEntries();

  const target = linkedLane(selection);
  // eslint-disable-next-line react-hooks/exhaustive-deps -- `final` is the recording's version (events grow in place)
  const index = useMemo(() => indexOf(events), [events, final]);
  // A finished run's lanes are laid out for rows a slice at a time (useLaidOutLanes.ts): the rows
  // cover the first `laidOut`, and are built again once they cover all.
  const laidOut = useLaidOutLanes(final.lanes, index, streaming);
  const rowsKey = useMemo(() => ({ lanes: final.lanes, laidOut }), [final.lanes, laidOut]);
  const allRows = useMemo(
    () =>
      // The options name the cache slot, so a click (expand, show all) is answered at once.
      throttled(events, `rows:${showAllKinds}:${target}:${[...expanded].join(',')}`, rowsKey, !streaming, () =>
        buildRows(lanesUpTo(final.lanes, laidOut), index, { showAllKinds, keep: target, expanded }),
      ),
    [events, rowsKey, final.lanes, laidOut, index, showAllKinds, target, expanded, streaming],
  );
  const rows = useMemo(() => rowsAt(allRows, view.lanes.length), [allRows, view.lanes.length]);
  const keyToRow = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows]);
  // Lane id → the key of the row drawing it: built when the rows change (rarely) and only once
  // a frame asks for a lane (a selection, a link, a race), so opening a run with ~90k lanes in
  // groups does not walk them all (issue 10); a frame looks up only the few lanes it needs.
  const laneKey = useMemo(() => {
    let m: Map<number, string> | undefined;
    return {
      get(id: number): string | undefined {
        if (!m) {
          m = new Map();
          for (const r of allRows) for (const lid of rowLaneIds(r, final.lanes)) if (!m.has(lid)) m.set(lid, r.key);
        }
        return m.get(id);
      },
    };
  }, [allRows, final.lanes]);
  const laneRow = useMemo(
    () => ({
      get(id: number): number | undefined {
        const key = laneKey.get(id);
        return key === undefined ? undefined : keyToRow.get(key);
      },
    }),
    [laneKey, keyToRow],
  );

  // Sizes: rows share the height the whole run needs, so they do not shrink during playback.
  const sizes = rowSizes(allRows.length, box.height, box.presenting ? PRESENTATION_SCALE : 1);
  // The widest label line: the whole label, or (two lines) the function's name alone.
  const longest = useMemo(
    () =>
      allRows.reduce((n, r) => {
        const lane = final.lanes.at(r.type === 'lane' ? r.lane : (r.members[0]?.lane ?? 0));
        if (!sizes.twoLine) return Math.max(n, r.label.length + 4);
        // Two lines: the name, and (in smaller type) " · Task-2 L12" or " × 300 L9".
        const second = (r.type === 'lane' ? (r.taskName ?? '').length : String(r.members.length).length) + 8;
        return Math.max(n, lane?.name.length ?? 0, Math.ceil(second * 0.8));
      }, 6),
    [allRows, sizes.twoLine, final.lanes],
  );
  const labelW = labelWidth(longest, sizes.font, box.width);
  const trackW = Math.max(40, box.width - labelW - sizes.marker / 2);
  const scale = useMemo(() => ({ xOf, view: zoom, width: trackW }), [xOf, zoom, trackW]);
  const cursorPx = toPx(zoom, trackW, cursorX);

  const first = Math.max(0, Math.floor(box.top / sizes.rowH) - OVERSCAN);
  const last = Math.min(rows.length, Math.ceil((box.top + box.height) / sizes.rowH) + OVERSCAN);
  const visible = rows.slice(first, last);

  useLayoutEffect(() => {
    const el = body.current!;
    palette.current = readPalette(el);
    // Presentation mode (App.tsx puts .presentation on the app) resizes the panels, so it is read here.
    const measure = () => {
      const next = { width: el.clientWidth, height: el.clientHeight, top: el.scrollTop, presenting: el.closest('.presentation') !== null };
      // The same box keeps the same state, so an observer call that changes nothing renders nothing.
      setBox((b) =>
        b.width === next.width && b.height === next.height && b.top === next.top && b.presenting === next.presenting ? b : next,
      );
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  // Zoomed in, the view follows the playback cursor when it runs out of the window: adjusted
  // during the render that moves the cursor, and only then (issue 10: an effect's state update
  // rendered the timeline a second time on every scrub step, and so would a state for `was`).
  const lastCursor = useRef(cursorX);
  const was = lastCursor.current;
  if (was !== cursorX && !isFull(zoom) && was >= zoom.start && was <= zoom.end && (cursorX < zoom.start || cursorX > zoom.end))
    setZoom(reveal(zoom, cursorX, 0.1));
  useLayoutEffect(() => {
    lastCursor.current = cursorX;
  }, [cursorX]);

  // Focus follows the selection: a clicked or arrowed-to marker focuses its row.
  const selectionRow = selection ? laneRow.get(selection.laneId) : undefined;
  const focusIndex = focusKey !== null && keyToRow.has(focusKey) ? keyToRow.get(focusKey)! : (selectionRow ?? -1);
  const focusedRow = focusIndex >= 0 ? rows[focusIndex] : undefined;

  const laneAt = (row: Row): LaneData | undefined => {
    const i = row.type === 'lane' ? row.lane : row.members[0]?.lane;
    return i === undefined ? undefined : view.lanes.at(i);
  };
  const waitsOf = (lane: LaneData) =>
    lane.state === 'suspended' && lane.waitingWhat ? (nameOf(lane.waitingOn) ?? lane.waitingWhat) : undefined;

  const ticks = useMemo(
    () =>
      axisTicks({
        index,
        count: view.count,
        xOf,
        view: zoom,
        width: trackW,
        minGap: TICK_GAP,
        turnWord: modelFamily(model) === 'js' ? 'turn' : 'iter',
      }),
    [index, view.count, xOf, zoom, trackW, model],
  );
  // One axis mark per race; races closer than a mark's width share one (its title lists them).
  const raceMarks: RaceMark[] = useMemo(() => {
    const marks: RaceMark[] = [];
    for (const r of view.races) {
      const px = toPx(zoom, trackW, xOf(r.seq));
      if (px < 0 || px > trackW) continue;
      const what = r.reason === 'set-order' ? 'set order' : 'timing race';
      const title = `${what} at ${formatMs(r.time)}: ${nameOf(r.first) ?? r.first} ran before ${nameOf(r.second) ?? r.second}; real runs may order these either way`;
      const prev = marks[marks.length - 1];
      if (prev && px - prev.px < RACE_GAP) prev.title += `\n${title}`;
      else marks.push({ seq: r.seq, px, title });
    }
    return marks;
  }, [view.races, zoom, trackW, xOf, nameOf]);

  // The canvas covers the rows (issue 10: a frame is copied whole to the compositor); under
  // the last row the grid is a DOM layer, and the cursor is always one: moving it repaints nothing.
  // Race marks cross the whole area, so with races the canvas covers it all.
  const canvasH = view.races.length > 0 ? box.height : Math.min(box.height, Math.max(1, rows.length * sizes.rowH - box.top));
  const drawnRef = useLaneDrawing({
    canvas,
    palette,
    rowEls,
    view,
    final,
    visible,
    first,
    height: canvasH,
    top: box.top,
    trackW,
    sizes,
    zoom,
    xOf,
    scale,
    cursorPx,
    ticks,
    selection,
    target,
    rowOfLane: laneRow.get,
    focusIndex,
    waitsOf,
    animate,
    drawCursor: false,
  });

  const scrollRowIntoView = useCallback(
    (i: number) => {
      const el = body.current;
      if (!el) return;
      const y = i * sizes.rowH;
      if (y < el.scrollTop) el.scrollTop = y;
      else if (y + sizes.rowH > el.scrollTop + el.clientHeight) el.scrollTop = y + sizes.rowH - el.clientHeight;
    },
    [sizes.rowH],
  );

  const selectMarker = (row: Row, lane: LaneData, marker: MarkerData) => {
    setFocusKey(row.key);
    onSelect({ laneId: lane.id, marker });
    setZoom((z) => reveal(z, xOf(marker.seq)));
  };

  const toggle = useCallback((key: string) => {
    setExpanded((s) => {
      const next = new Set(s);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }, []);

  const zoomBy = useCallback(
    (dir: 1 | -1, anchor?: number) => {
      setZoom((z) => zoomAt(z, anchor ?? (selection ? xOf(selection.marker.seq) : cursorX), dir > 0 ? ZOOM_STEP : 1 / ZOOM_STEP));
    },
    [selection, xOf, cursorX],
  );

  // Wheel: Ctrl (and a trackpad pinch, which Chromium sends as Ctrl+wheel) zooms at the
  // pointer; Shift or a horizontal swipe pans; a plain vertical wheel scrolls the rows.
  const wheel = useRef<(e: WheelEvent) => void>(() => {});
  wheel.current = (e: WheelEvent) => {
    const el = body.current;
    if (!el) return;
    const x = e.clientX - el.getBoundingClientRect().left - labelW;
    if (e.ctrlKey || e.metaKey) {
      e.preventDefault();
      const anchor = fromPx(zoom, trackW, Math.max(0, Math.min(trackW, x)));
      setZoom((z) => zoomAt(z, anchor, Math.exp(-e.deltaY * 0.0025 * (e.deltaMode === 1 ? 30 : 1))));
    } else if (e.shiftKey || Math.abs(e.deltaX) > Math.abs(e.deltaY)) {
      if (isFull(zoom)) return;
      e.preventDefault();
      const d = (e.shiftKey ? e.deltaY || e.deltaX : e.deltaX) * (e.deltaMode === 1 ? 30 : 1);
      setZoom((z) => panBy(z, d / trackW));
    }
  };
  useEffect(() => {
    const el = body.current!;
    const on = (e: WheelEvent) => wheel.current(e);
    el.addEventListener('wheel', on, { passive: false });
    return () => el.removeEventListener('wheel', on);
  }, []);

  /** The mark under a point of the lane area, from the last frame's geometry. */
  const hit = (clientX: number, clientY: number): { row: Row; rowIdx: number; mark?: MarkerMark } | undefined => {
    const el = body.current;
    if (!el) return undefined;
    const r = el.getBoundingClientRect();
    const rowIdx = Math.floor((clientY - r.top + el.scrollTop) / sizes.rowH);
    const row = rows[rowIdx];
    if (!row) return undefined;
    const x = clientX - r.left - labelW;
    const geo = drawnRef.current.get(row.key);
    let best: MarkerMark | undefined;
    let bestD = sizes.marker / 2 + 3;
    for (const m of geo?.marks ?? []) {
      const d = Math.abs(m.x - x);
      if (d <= bestD) {
        best = m;
        bestD = d;
      }
    }
    return { row, rowIdx, mark: best };
  };

  const onClick = (e: React.MouseEvent) => {
    const h = hit(e.clientX, e.clientY);
    if (!h) return onSelect(null);
    setFocusKey(h.row.key);
    const lane = laneAt(h.row);
    if (h.mark && lane && h.row.type === 'lane') {
      const marker = lane.markers.at(h.mark.index);
      const lastFolded = lane.markers.at(h.mark.index + h.mark.count - 1);
      // Several markers drawn as one: zoom until they stand apart, as a flame chart does.
      if (h.mark.count > 1 && marker && lastFolded) {
        const a = xOf(marker.seq);
        const b = xOf(lastFolded.seq);
        const pad = Math.max(b - a, 1e-6) * 0.75;
        setZoom(clampView({ start: a - pad, end: b + pad }));
        return;
      }
      if (marker) return onSelect({ laneId: lane.id, marker });
    }
    onSelect(null);
  };

  const onMouseMove = (e: React.MouseEvent) => {
    const el = body.current;
    if (!el) return;
    const h = hit(e.clientX, e.clientY);
    const lane = h && laneAt(h.row);
    const marker = h?.mark && lane ? lane.markers.at(h.mark.index) : undefined;
    const title = marker ? markerTitle(marker, nameOf) : '';
    if (el.title !== title) el.title = title;
    el.style.cursor = marker ? 'pointer' : '';
  };

  const onKeyDown = (e: React.KeyboardEvent) => {
    const row = focusedRow;
    const action = laneKeyAction(e, row?.type === 'group');
    if (!action) return;
    e.preventDefault();
    const lane = row ? laneAt(row) : undefined;
    switch (action.type) {
      case 'row': {
        const i = Math.max(0, Math.min(rows.length - 1, focusIndex < 0 ? 0 : focusIndex + action.delta));
        const next = rows[i];
        if (!next) return;
        setFocusKey(next.key);
        scrollRowIntoView(i);
        // Land on the row's last marker so far (the lanes are folded up to the playback position).
        const l = laneAt(next);
        const mk = next.type === 'lane' && l ? l.markers.at(l.markers.length - 1) : undefined;
        onSelect(mk && l ? { laneId: l.id, marker: mk } : null);
        return;
      }
      case 'marker': {
        if (!row || row.type !== 'lane' || !lane || lane.markers.length === 0) return;
        const at = selection && selection.laneId === lane.id ? lane.markers.findIndex((m) => m.seq === selection.marker.seq) : -1;
        selectMarker(row, lane, lane.markers.at(markerTarget(action.to, at, lane.markers.length))!);
        return;
      }
      case 'toggle-group':
        if (row) toggle(row.key);
        return;
      case 'zoom':
        zoomBy(action.dir);
        return;
      case 'pan':
        setZoom((z) => panBy(z, action.by));
        return;
      case 'whole-run':
        setZoom(FULL_VIEW);
        return;
    }
  };

  const rowId = (key: string) => `tl-${model}-${key}`;
  const range = isFull(zoom)
    ? 'whole run'
    : `${Math.round(zoom.start * 100 * 10) / 10}–${Math.round(zoom.end * 100 * 10) / 10}% (×${formatZoom(1 / (zoom.end - zoom.start))})`;
  const focusText = describe();

  function describe(): string {
    if (!focusedRow) return rows.length ? `${rows.length} lanes: ↓ moves to the first` : 'no lanes yet';
    const lane = laneAt(focusedRow);
    if (focusedRow.type === 'group')
      return `${focusedRow.label}: ${membersAt(focusedRow, view.lanes.length)} lanes, ${focusedRow.expanded ? 'expanded' : 'collapsed'} (Enter toggles)`;
    if (selection && lane && selection.laneId === lane.id) {
      const i = lane.markers.findIndex((m) => m.seq === selection.marker.seq);
      return `${focusedRow.label}: marker ${i + 1} of ${lane.markers.length}, ${markerTitle(selection.marker, nameOf)}`;
    }
    return `${focusedRow.label}: ${lane?.state ?? 'not created yet'}, ${lane?.markers.length ?? 0} markers`;
  }

  return (
    <div
      className={`timeline${sizes.twoLine ? ' tl-two-line' : ''}`}
      data-role="timeline"
      data-zoom={`${zoom.start},${zoom.end}`}
      data-selected-seq={selection?.marker.seq}
      style={
        {
          '--row': `${sizes.rowH}px`,
          '--label-width': `${labelW}px`,
          '--lane-font': `${sizes.font}px`,
          '--axis': `${AXIS_PX}px`,
        } as React.CSSProperties
      }
    >
      <TimeAxis
        ticks={ticks}
        races={raceMarks}
        range={range}
        zoomed={!isFull(zoom)}
        onZoom={(dir) => zoomBy(dir)}
        onReset={() => setZoom(FULL_VIEW)}
      />
      <div className="tl-stage">
        <div
          className="tl-body"
          ref={body}
          data-role="lane-area"
          role="listbox"
          tabIndex={0}
          aria-label={`${model} lanes: ↑↓ rows, ←→ markers, + − zoom, A D pan, 0 whole run`}
          aria-activedescendant={focusedRow && hasFocus && focusIndex >= first && focusIndex < last ? rowId(focusedRow.key) : undefined}
          onScroll={(e) => {
            const top = e.currentTarget.scrollTop;
            setBox((b) => (b.top === top ? b : { ...b, top }));
          }}
          onFocus={() => setHasFocus(true)}
          onBlur={() => setHasFocus(false)}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onMouseMove={onMouseMove}
        >
          <div className="tl-rows" style={{ height: Math.max(rows.length * sizes.rowH, 1) }}>
            {visible.map((row, i) => {
              const lane = final.lanes.at(row.type === 'lane' ? row.lane : row.members[0]!.lane)!;
              const now = laneAt(row);
              return (
                <LaneRow
                  key={row.key}
                  id={rowId(row.key)}
                  row={row}
                  lane={lane}
                  state={now?.state ?? 'created'}
                  members={row.type === 'group' ? membersAt(row, view.lanes.length) : undefined}
                  top={(first + i) * sizes.rowH}
                  focused={first + i === focusIndex}
                  linked={target !== undefined && laneRow.get(target) === first + i}
                  traced={row.type === 'lane' && lane.traced}
                  register={register(rowEls.current)}
                  onToggle={toggle}
                />
              );
            })}
          </div>
          {rows.length === 0 && <p className="timeline-empty">No invocations recorded yet.</p>}
        </div>
        {/* The lanes' canvases, in layers (src/ui/timeline/layers.ts). */}
        <div className="tl-canvas" ref={canvas} aria-hidden="true" />
        {canvasH < box.height && (
          <div className="tl-grid-below" aria-hidden="true" style={{ top: canvasH, width: trackW }}>
            {ticks.map((t) => (
              <span key={`${t.kind}${t.seq}`} className={t.kind === 'time' ? 'major' : undefined} style={{ left: Math.round(t.px) }} />
            ))}
          </div>
        )}
        <div
          className="tl-cursor"
          aria-hidden="true"
          hidden={cursorPx < 0 || cursorPx > trackW}
          style={{ transform: `translateX(${Math.round(cursorPx) - 1}px)` }}
        />
      </div>
      <p className="visually-hidden" aria-live="polite" data-role="lane-focus">
        {hasFocus ? focusText : ''}
      </p>
    </div>
  );
}

function formatZoom(f: number): string {
  return f >= 100 ? Math.round(f).toLocaleString() : f.toFixed(1);
}

const registers = new WeakMap<Map<string, HTMLElement>, (key: string, el: HTMLElement | null) => void>();

/** One stable ref-callback per row map, so memoised rows are not re-rendered for a new function. */
function register(map: Map<string, HTMLElement>): (key: string, el: HTMLElement | null) => void {
  let fn = registers.get(map);
  if (!fn) {
    fn = (key, el) => {
      if (el) map.set(key, el);
      else if (map.get(key)) map.delete(key);
    };
    registers.set(map, fn);
  }
  return fn;
}
