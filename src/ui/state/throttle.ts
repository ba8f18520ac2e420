/**
 * Work that depends on a whole recording (the timeline's rows are built from every lane)
 * costs O(recording) each time it is redone. While a run streams in, the recording changes
 * every frame, so redoing it each frame would make the page's main thread do work
 * proportional to the run's size many times a second (issue 10). `throttled` redoes such
 * work at most once per `cost / SHARE` ms while the recording is still growing — so it takes
 * at most SHARE of the main thread — and at once when the recording is complete.
 */

/** The share of the main thread that O(recording) work may take while a run streams in. */
export const SHARE = 0.1;

/**
 * While a run streams in, per-lane work covers at most this many lanes (the first ones): a
 * flood creating a lane per callback would otherwise make each rebuild a long task. The
 * rest is laid out once the recording is complete, a slice at a time
 * (src/ui/components/useLaidOutLanes.ts).
 */
export const STREAMING_LANES = 20_000;

/** The first `n` lanes (what the rows cover: src/ui/components/useLaidOutLanes.ts). */
export function lanesUpTo<T>(lanes: { readonly length: number; slice(start?: number, end?: number): T[] }, n: number): T[] {
  return lanes.slice(0, n);
}

interface Entry {
  key: unknown;
  value: unknown;
  cost: number;
  at: number;
}

const cache = new WeakMap<object, Map<string, Entry>>();

/**
 * `compute()` for `key`, or the value computed for an earlier key while `settled` is false
 * and the last computation was too recent. `owner` and `slot` name the cache entry (one per
 * owner and purpose); `now` is injected for tests.
 */
export function throttled<T>(
  owner: object,
  slot: string,
  key: unknown,
  settled: boolean,
  compute: () => T,
  now: () => number = () => performance.now(),
): T {
  let slots = cache.get(owner);
  if (!slots) cache.set(owner, (slots = new Map()));
  const hit = slots.get(slot);
  if (hit && (hit.key === key || (!settled && now() - hit.at < hit.cost / SHARE))) return hit.value as T;
  const t0 = now();
  const value = compute();
  const t1 = now();
  slots.set(slot, { key, value, cost: t1 - t0, at: t1 });
  return value;
}
