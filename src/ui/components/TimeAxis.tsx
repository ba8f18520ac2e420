/**
 * The time axis over a model's lanes: tick labels (virtual ms where time moves, loop
 * iterations where it stands still, src/ui/timeline/ticks.ts), the timing-race marks, and
 * the zoom controls (the same actions as Ctrl+wheel / pinch and the lane area's keys).
 */
import type { Tick } from '../timeline/ticks';

export interface RaceMark {
  seq: number;
  px: number;
  title: string;
}

export interface TimeAxisProps {
  ticks: readonly Tick[];
  races: readonly RaceMark[];
  /** The visible part of the run, as text ("all" or "events 120–480 of 2,000"). */
  range: string;
  zoomed: boolean;
  onZoom(dir: 1 | -1): void;
  onReset(): void;
}

export function TimeAxis({ ticks, races, range, zoomed, onZoom, onReset }: TimeAxisProps) {
  return (
    <div className="tl-axis" data-role="time-axis">
      <div className="tl-axis-controls">
        <button type="button" data-action="zoom-out" aria-label="zoom out (−)" title="zoom out (−, Ctrl+wheel)" onClick={() => onZoom(-1)}>
          −
        </button>
        <button type="button" data-action="zoom-in" aria-label="zoom in (+)" title="zoom in (+, Ctrl+wheel)" onClick={() => onZoom(1)}>
          +
        </button>
        <button
          type="button"
          data-action="zoom-reset"
          aria-label="show the whole run (0)"
          title="show the whole run (0)"
          disabled={!zoomed}
          onClick={onReset}
        >
          ⤢
        </button>
        <span className="tl-range" data-role="visible-range" title={`visible: ${range}`}>
          {range}
        </span>
      </div>
      <div className="tl-ticks">
        {ticks.map((t) => (
          <span
            key={`${t.kind}${t.seq}`}
            className={`tl-tick tl-tick-${t.kind}`}
            data-role="tick"
            data-kind={t.kind}
            data-seq={t.seq}
            style={{ left: t.px }}
            title={t.title}
          >
            {t.label}
          </span>
        ))}
        {races.map((r) => (
          <span
            key={`race${r.seq}`}
            className="tl-race"
            data-role="race-mark"
            data-seq={r.seq}
            style={{ left: r.px }}
            title={r.title}
            aria-label={r.title}
          >
            ⇄
          </span>
        ))}
      </div>
    </div>
  );
}
