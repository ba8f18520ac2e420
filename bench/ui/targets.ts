/**
 * Issue 10's targets for the page, checked against what `npm run bench:ui` measured. At the end
 * of a run the bench prints them all as `npm run bench` prints its own (`met` / `MISSED`, then
 * how many were met), so a run says what it missed without a reader having to compare every line
 * with the issue.
 *
 * The targets, as issue 10 words them (a bound in the issue is checked against the strictest
 * figure the bench has for it):
 *  - "drawing a frame must cost ≤ 4 ms of main-thread work at any run size": a scrub step's
 *    work, net of the harness's own frames (the median, as bench:ui reports it), and a frame's
 *    work while playing (its average over the play);
 *  - "a 100k-event run plays and scrubs at ≥ 50 fps": the median frame time while playing
 *    and while scrubbing, at every size from 100k events up;
 *  - "a 1M-event run opens in < 2 s": every open from Run to the whole recording, at each
 *    size, and every fresh-profile open (the slowest);
 *  - "the page's memory after a 1,000,000-event run stays under 300 MB": the JS heap after a
 *    full garbage collection, at every size from 1M events up;
 *  - "stops within 2 s of wall time in the page": each runaway program, run start to every
 *    panel stopped;
 *  - "Stop takes effect within 200 ms": each Stop case's p95;
 *  - "input latency p95 < 100 ms while a run is in flight": both key-press figures;
 *  - the quick first paint's: the default example's first timeline < 1 s and its editor
 *    interactive < 2 s (medians of the fresh profiles).
 */

import { checkLines, type Check } from '../checks';

const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;

export class UiTargets {
  private readonly checks: Check[] = [];

  /** A figure (ms) that must be at most `limit`: a figure that was not taken (undefined or NaN) is a miss. */
  atMost(what: string, value: number | undefined, limit: number, target: string): void {
    this.bound(what, value, target, (v) => v <= limit);
  }

  /** A figure (ms) that must be under `limit`. */
  below(what: string, value: number | undefined, limit: number, target: string): void {
    this.bound(what, value, target, (v) => v < limit);
  }

  private bound(what: string, value: number | undefined, target: string, within: (v: number) => boolean): void {
    const taken = value !== undefined && Number.isFinite(value);
    this.checks.push({ text: `${what}: ${taken ? ms(value) : 'not measured'} (target ${target})`, met: taken && within(value) });
  }

  /** A figure with its own wording (the heap's MB, frames per second). */
  custom(text: string, met: boolean): void {
    this.checks.push({ text, met });
  }

  get all(): readonly Check[] {
    return this.checks;
  }

  /** Prints every check and the count met; nothing when nothing was checked. */
  print(log: (line: string) => void = console.log): void {
    if (this.checks.length === 0) return;
    log('\nTargets (issue 10):');
    for (const line of checkLines(this.checks)) log(line);
  }
}
