/**
 * The time axis of one model's timeline. The x axis is the aligned position (one column per
 * recorded event, src/ui/state/alignment.ts), so virtual time is not linear along it: a tick
 * stands where the model's virtual time moves ("10 ms"), and where time stands still the
 * loop's iterations mark the way ("iter 4": asyncio's `_run_once`, Node's macrotasks), inside
 * one of Node's turns its microtask ticks ("µ12": the 12th microtask run); deeper still,
 * single events ("#120"). Ticks of a coarser kind win; none is placed
 * closer than `minGap` px to another, so labels never overlap at any zoom.
 *
 * Every search is a binary search over the run's change points, so an axis costs
 * O(ticks · log events) whatever the run's size.
 */
import type { TimeView } from './viewport';
import { toPx } from './viewport';
import type { RunIndex } from './runIndex';

export type TickKind = 'time' | 'turn' | 'tick' | 'event';

export interface Tick {
  kind: TickKind;
  /** x in px across the track. */
  px: number;
  /** The model's event the tick stands at. */
  seq: number;
  label: string;
  /** The longer wording, for a tooltip / screen reader. */
  title: string;
}

export interface AxisInput {
  index: RunIndex;
  /** How many of the model's events exist (the axis labels only recorded events). */
  count: number;
  /** A model event's x as a fraction of the run (monotonic in seq). */
  xOf(seq: number): number;
  view: TimeView;
  width: number;
  /** The least distance between two ticks, px. */
  minGap: number;
  /** What one `turn` is called in this model: `iter` (asyncio) or `turn` (Node's macrotasks). */
  turnWord: string;
}

/** Virtual ms as the axis writes them: at most 3 decimals, no trailing zeros. */
export function formatMs(t: number): string {
  return `${Number(t.toFixed(3))} ms`;
}

/** The first k in [lo, hi) with key(k) >= v (key ascending). */
function firstAtLeast(lo: number, hi: number, key: (k: number) => number, v: number): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (key(mid) < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Walk candidates 0..n-1 (px ascending) left to right across [0, width], taking one, then
 * the next at least `gap` px further on, skipping any that falls within `gap` of `taken`.
 */
function pick(n: number, px: (k: number) => number, width: number, gap: number, taken: number[], take: (k: number, x: number) => void) {
  let k = firstAtLeast(0, n, px, 0);
  while (k < n) {
    const x = px(k);
    if (x > width) break;
    const near = firstAtLeast(0, taken.length, (j) => taken[j]!, x - gap + 0.001);
    if (near < taken.length && taken[near]! < x + gap) {
      // Too close to a coarser tick: try the first candidate past that tick.
      k = firstAtLeast(k + 1, n, px, taken[near]! + gap);
      continue;
    }
    take(k, x);
    taken.splice(near, 0, x);
    k = firstAtLeast(k + 1, n, px, x + gap);
  }
}

export function axisTicks({ index, count, xOf, view, width, minGap, turnWord }: AxisInput): Tick[] {
  const ticks: Tick[] = [];
  if (count === 0 || width <= 0) return ticks;
  const taken: number[] = [];
  const at = (seq: number) => toPx(view, width, xOf(seq));
  const nTimes = firstAtLeast(0, index.timeSeqs.length, (k) => index.timeSeqs[k]!, count);
  pick(
    nTimes,
    (k) => at(index.timeSeqs[k]!),
    width,
    minGap,
    taken,
    (k, px) => {
      const t = index.times[k]!;
      ticks.push({ kind: 'time', px, seq: index.timeSeqs[k]!, label: formatMs(t), title: `virtual time ${formatMs(t)}` });
    },
  );
  const nTurns = firstAtLeast(0, index.turnSeqs.length, (k) => index.turnSeqs[k]!, count);
  pick(
    nTurns,
    (k) => at(index.turnSeqs[k]!),
    width,
    minGap,
    taken,
    (k, px) => {
      const n = index.turns[k]!;
      const seq = index.turnSeqs[k]!;
      ticks.push({ kind: 'turn', px, seq, label: `${turnWord} ${n}`, title: `loop ${turnWord === 'iter' ? 'iteration' : 'turn'} ${n}` });
    },
  );
  // Inside one turn of Node's loop: the microtask ticks (the nth microtask taken from its queue).
  const nTicks = firstAtLeast(0, index.tickSeqs.length, (k) => index.tickSeqs[k]!, count);
  pick(
    nTicks,
    (k) => at(index.tickSeqs[k]!),
    width,
    minGap,
    taken,
    (k, px) => {
      const seq = index.tickSeqs[k]!;
      ticks.push({ kind: 'tick', px, seq, label: `µ${k + 1}`, title: `microtask ${k + 1} of the run` });
    },
  );
  // Zoomed in past the loop's iterations: number the events themselves.
  if (ticks.length < 2)
    pick(count, at, width, minGap * 1.5, taken, (seq, px) => {
      ticks.push({ kind: 'event', px, seq, label: `#${seq}`, title: `event ${seq}` });
    });
  return ticks.sort((a, b) => a.px - b.px);
}

/** The virtual time in effect at a model's event `seq` (the last time change at or before it). */
export function timeAt(index: RunIndex, seq: number): number {
  const k = firstAtLeast(0, index.timeSeqs.length, (j) => index.timeSeqs[j]!, seq + 1) - 1;
  return k >= 0 ? index.times[k]! : 0;
}
