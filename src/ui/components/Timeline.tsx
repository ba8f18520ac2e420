/**
 * The lanes of one model, in creation order, virtualised (only rows in view are rendered,
 * so a run with thousands of invocations scrubs smoothly), with the playback cursor and,
 * for a selected marker, the causal link drawn as an arrow to the lane it names.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { Lane as LaneData, MarkerData, ModelState } from '../state/types';
import { Lane } from './Lane';

export const ROW_HEIGHT = 26;
/** Keep in step with --label-width and .lane-track's margin in styles.css. */
const LABEL_WIDTH = 112;
const TRACK_MARGIN = 10;
const OVERSCAN = 6;
const SETTLED = new Set(['done', 'failed', 'cancelled']);

export interface Selection {
  laneId: number;
  marker: MarkerData;
}

export interface TimelineProps {
  view: ModelState;
  xOf(seq: number): number;
  cursorX: number;
  showAllKinds: boolean;
  selection: Selection | null;
  nameOf(id: number | undefined): string | undefined;
  onSelect(sel: Selection | null): void;
}

/** Kinds hidden unless "futures & timers" is on: they are not function bodies. */
const PLUMBING = new Set(['promise', 'timer']);

/** The lane a selected marker links to: what an await waits on, or what woke a resume. */
export function linkedLane(sel: Selection | null): number | undefined {
  if (!sel) return undefined;
  return sel.marker.kind === 'awaited' ? sel.marker.on : sel.marker.kind === 'resumed' ? sel.marker.by : undefined;
}

export function Timeline({ view, xOf, cursorX, showAllKinds, selection, nameOf, onSelect }: TimelineProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState({ top: 0, height: 400, width: 300 });
  const target = linkedLane(selection);
  // A hidden future or timer is still shown while a selected marker links to it.
  const lanes = useMemo(
    () => (showAllKinds ? view.lanes : view.lanes.filter((l) => !PLUMBING.has(l.kind) || l.id === target)),
    [view.lanes, showAllKinds, target],
  );

  useLayoutEffect(() => {
    const el = scroller.current!;
    const measure = () => setViewport({ top: el.scrollTop, height: el.clientHeight, width: el.clientWidth });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, []);

  const trackWidth = Math.max(40, viewport.width - LABEL_WIDTH - TRACK_MARGIN);
  const first = Math.max(0, Math.floor(viewport.top / ROW_HEIGHT) - OVERSCAN);
  const last = Math.min(lanes.length, Math.ceil((viewport.top + viewport.height) / ROW_HEIGHT) + OVERSCAN);
  const select = useCallback((lane: LaneData, marker: MarkerData) => onSelect({ laneId: lane.id, marker }), [onSelect]);

  // The arrow of the selected marker's causal link, when both lanes are shown.
  const rowOf = (id: number | undefined) => (id === undefined ? -1 : lanes.findIndex((l) => l.id === id));
  const fromRow = selection ? rowOf(selection.laneId) : -1;
  const toRow = rowOf(target);
  const arrowX = selection ? xOf(selection.marker.seq) : 0;

  return (
    <div
      className="timeline"
      ref={scroller}
      onScroll={(e) => setViewport((v) => ({ ...v, top: e.currentTarget.scrollTop }))}
      onClick={() => onSelect(null)}
    >
      <div className="timeline-content" style={{ height: Math.max(lanes.length * ROW_HEIGHT, 1) }}>
        <div className="cursor" style={{ left: `calc(var(--label-width) + (100% - var(--label-width)) * ${cursorX})` }} />
        {lanes.slice(first, last).map((lane, i) => (
          <Lane
            key={lane.id}
            lane={lane}
            xOf={xOf}
            cursorX={SETTLED.has(lane.state) ? -1 : cursorX}
            trackWidth={trackWidth}
            top={(first + i) * ROW_HEIGHT}
            selectedSeq={selection?.laneId === lane.id ? selection.marker.seq : null}
            linked={lane.id === target}
            nameOf={nameOf}
            onSelect={select}
          />
        ))}
        {fromRow >= 0 && toRow >= 0 && fromRow !== toRow && (
          <svg className="causal-arrow" style={{ top: 0, height: lanes.length * ROW_HEIGHT }} aria-hidden="true">
            <defs>
              <marker id="arrowhead" markerWidth="8" markerHeight="8" refX="6" refY="4" orient="auto">
                <path d="M0,0 L8,4 L0,8 z" />
              </marker>
            </defs>
            <line
              x1={`${arrowX * 100}%`}
              x2={`${arrowX * 100}%`}
              y1={(selection!.marker.kind === 'resumed' ? toRow : fromRow) * ROW_HEIGHT + ROW_HEIGHT / 2}
              y2={(selection!.marker.kind === 'resumed' ? fromRow : toRow) * ROW_HEIGHT + ROW_HEIGHT / 2}
              markerEnd="url(#arrowhead)"
            />
          </svg>
        )}
        {lanes.length === 0 && <p className="timeline-empty">No invocations recorded yet.</p>}
      </div>
    </div>
  );
}
