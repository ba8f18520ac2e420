/**
 * The playback positions where an output line appears (issue 8: Shift+←/→ jump to the
 * previous / next output line). A line printed by model m's event i is on screen from the
 * global position right after that event (alignment.positionAfter), so those positions,
 * over every model, are the stops; several models printing at one position make one stop.
 */
import type { EngineEvent } from '../../engine/api';
import { positionAfter, type Alignment } from './alignment';

/** The sorted, distinct positions at which some model's output gains a line. */
export function outputStops(alignment: Alignment, streams: readonly (readonly EngineEvent[])[]): number[] {
  const stops = new Set<number>();
  streams.forEach((events, m) => {
    events.forEach((e, i) => {
      if (e.type === 'print') stops.add(positionAfter(alignment, m, i));
    });
  });
  return [...stops].sort((a, b) => a - b);
}

/**
 * The stop after `g` (dir +1) or before it (dir -1), or undefined at either end. "Before"
 * is strictly before: from a position that shows a new line, Shift+← goes to the line
 * before it, not to the line already on screen.
 */
export function nextStop(stops: readonly number[], g: number, dir: -1 | 1): number | undefined {
  if (dir > 0) return stops.find((s) => s > g);
  return stops.findLast((s) => s < g);
}
