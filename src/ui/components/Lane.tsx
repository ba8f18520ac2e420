/**
 * One invocation's lane: a label (function name, kind, call site) and a track whose
 * segments show the state over the aligned timeline: created-not-started (dashed),
 * running (solid), suspended at an await (hatched, labelled with what it waits on),
 * done / failed / cancelled (thin end line).
 */
import { memo } from 'react';
import { m } from 'motion/react';
import type { Lane as LaneData, MarkerData } from '../state/types';
import { Marker, markerTitle } from './Marker';
import { useAnimateEntries } from './motionContext';

export interface LaneProps {
  lane: LaneData;
  /** Aligned x (0..1) of one of this model's events. */
  xOf(seq: number): number;
  /** The playback cursor's x, for a lane that is still live; -1 for a settled lane. */
  cursorX: number;
  /** Track width in px (markers are laid out in px so that none hides another). */
  trackWidth: number;
  top: number;
  selectedSeq: number | null;
  linked: boolean;
  nameOf(id: number | undefined): string | undefined;
  onSelect(lane: LaneData, marker: MarkerData): void;
}

const SETTLED = new Set(['done', 'failed', 'cancelled']);
/** Short kind tags for the narrow label column (the full kind is in the tooltip). */
const KIND_TAG: Record<LaneData['kind'], string> = {
  main: 'main',
  'async-call': 'call',
  coroutine: 'coro',
  task: 'task',
  promise: 'promise',
  callback: 'cb',
  timer: 'timer',
  microtask: 'µtask',
  function: 'fn',
};
/** Markers of one kind closer than this (px) are drawn once: dense lanes stay readable and fast. */
const SAME_KIND_PX = 3;
/** Markers closer than this (px) are nudged right so each stays visible and clickable. */
const MIN_GAP_PX = 15;

function LaneView({ lane, xOf, cursorX, trackWidth, top, selectedSeq, linked, nameOf, onSelect }: LaneProps) {
  const animate = useAnimateEntries();
  const segs = lane.segments;
  const markers: { mk: MarkerData; px: number }[] = [];
  const lastOfKind = new Map<string, number>();
  let prev = -Infinity;
  for (const mk of lane.markers) {
    let px = xOf(mk.seq) * trackWidth;
    const last = lastOfKind.get(mk.kind);
    if (last !== undefined && px - last < SAME_KIND_PX && mk.seq !== selectedSeq) continue;
    lastOfKind.set(mk.kind, px);
    if (px < prev + MIN_GAP_PX && prev + MIN_GAP_PX <= trackWidth) px = prev + MIN_GAP_PX;
    prev = px;
    markers.push({ mk, px });
  }
  const call = lane.loc ? `line ${lane.loc.line}` : '';
  return (
    <m.div
      className={`lane lane-${lane.state}${linked ? ' linked' : ''}`}
      data-role="lane"
      data-function={lane.name}
      data-kind={lane.kind}
      data-state={lane.state}
      data-traced={lane.traced ? 'true' : undefined}
      style={{ top }}
      initial={animate ? { opacity: 0, x: -6 } : false}
      animate={{ opacity: 1, x: 0 }}
      transition={{ duration: 0.2 }}
    >
      <div className="lane-label" title={`${lane.kind} ${lane.name}${call ? ` created at ${call}` : ''}`}>
        <span className="lane-name">{lane.name}</span>
        <span className="lane-site">{call ? `L${lane.loc!.line}` : KIND_TAG[lane.kind]}</span>
      </div>
      <div className="lane-track">
        {segs.map((seg, i) => {
          const left = xOf(seg.from);
          const isLast = i === segs.length - 1;
          if (isLast && SETTLED.has(seg.state))
            return <div key={i} className={`seg seg-${seg.state} seg-end`} data-state={seg.state} style={{ left: `${left * 100}%` }} />;
          const next = segs[i + 1];
          const right = next ? xOf(next.from) : Math.max(cursorX, left);
          return (
            <div
              key={i}
              className={`seg seg-${seg.state}`}
              data-state={seg.state}
              style={{ left: `${left * 100}%`, width: `calc(${(right - left) * 100}% + 2px)` }}
            >
              {isLast && seg.state === 'suspended' && lane.waitingWhat ? (
                <span className="waits-on">→ {nameOf(lane.waitingOn) ?? lane.waitingWhat}</span>
              ) : null}
            </div>
          );
        })}
        {markers.map(({ mk, px }) => (
          <Marker
            key={mk.seq}
            marker={mk}
            px={px}
            selected={mk.seq === selectedSeq}
            title={markerTitle(mk, nameOf)}
            onSelect={(marker) => onSelect(lane, marker)}
          />
        ))}
      </div>
    </m.div>
  );
}

export const Lane = memo(LaneView);
