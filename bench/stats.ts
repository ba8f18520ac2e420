/**
 * The numbers `npm run bench` reports for one side's samples: the best (the run least
 * disturbed by the rest of the machine, the usual estimate of a program's own cost), the
 * median, and the spread, (worst − best) / best, which says how far to trust the best.
 */
export interface Summary {
  best: number;
  median: number;
  worst: number;
  /** (worst − best) / best, 0 with one sample. */
  spread: number;
  count: number;
}

export function summarize(samples: readonly number[]): Summary {
  if (samples.length === 0) throw new Error('no samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const best = sorted[0]!;
  const worst = sorted[sorted.length - 1]!;
  return { best, median, worst, spread: best > 0 ? (worst - best) / best : 0, count: sorted.length };
}

/** `123.4 ±5%`: the best in milliseconds and the spread. */
export function formatMs(s: Summary): string {
  const ms = s.best >= 100 ? s.best.toFixed(0) : s.best.toFixed(1);
  return `${ms} ±${Math.round(s.spread * 100)}%`;
}

/** A ratio of two bests, `×2.31` (above 1: the first is slower). */
export function formatRatio(a: Summary | undefined, b: Summary | undefined): string {
  if (!a || !b) return 'n/a';
  const r = a.best / b.best;
  return `×${r >= 10 ? r.toFixed(1) : r.toFixed(2)}`;
}
