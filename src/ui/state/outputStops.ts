/**
 * The playback positions where an output line appears (issue 8: Shift+←/→ jump to the
 * previous / next output line). A line printed by model m's event i is on screen from the
 * global position right after that event (alignment.positionAfter), so those positions,
 * over every model, are the stops; several models printing at one position make one stop.
 *
 * Read from each model's output lines (or print events), never by scanning the recording:
 * a key press costs O(lines printed), not O(events). The App passes the fold's entries, one
 * per print event: a print that extends a line left open (`print('.', end='')`: outputLines.ts)
 * is a stop too, where that line grows.
 */
import { positionAfter, type Alignment } from './alignment';

/**
 * The sorted, distinct positions at which some model's output gains a line; `printed[m]`
 * holds model m's lines (their `seq` is the printing event's index). Lines of events not
 * aligned yet (a run still streaming) are not stops yet.
 */
export function outputStops(alignment: Alignment, printed: readonly Iterable<{ seq: number }>[]): number[] {
  const stops = new Set<number>();
  printed.forEach((lines, m) => {
    const merged = alignment.globalOf[m]?.length ?? 0;
    for (const line of lines) if (line.seq < merged) stops.add(positionAfter(alignment, m, line.seq));
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
