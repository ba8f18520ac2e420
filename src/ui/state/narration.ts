/**
 * The playground's narration: every selected model's captions (src/engine/events/narration.ts)
 * merged into the order the playback reveals their events (src/ui/state/alignment.ts), so
 * the caption line shows what the last revealed step did and the narration panel can seek
 * to any caption.
 */
import { narrate, type EngineEvent, type ModelName, type NarrationLine } from '../../engine/api';
import type { Alignment } from './alignment';
import type { ListLike } from './lists';

/** Above this many events a run's narration covers only its first events (the rest would cost a long pause). */
export const NARRATION_EVENT_LIMIT = 100_000;

export interface TimelineCaption {
  model: ModelName;
  /** Index of the model among the runs (its alignment column). */
  m: number;
  /** The caption's event seq in its model's recording. */
  seq: number;
  /** The merged (global) index of that event: it is revealed at positions > global. */
  global: number;
  text: string;
}

export interface MergedNarration {
  captions: TimelineCaption[];
  /** A run whose narration stops early (NARRATION_EVENT_LIMIT). */
  truncated: boolean;
}

export interface NarratedRun {
  model: ModelName;
  events: ListLike<EngineEvent>;
}

/** One model's captions (cached per events array: a finished run's events never change). */
const cache = new WeakMap<ListLike<EngineEvent>, { length: number; lines: NarrationLine[] }>();

function captionsOf(run: NarratedRun): NarrationLine[] {
  const hit = cache.get(run.events);
  if (hit && hit.length === run.events.length) return hit.lines;
  const events = run.events.slice(0, NARRATION_EVENT_LIMIT);
  const lines = narrate(events, run.model);
  cache.set(run.events, { length: run.events.length, lines });
  return lines;
}

export function mergeNarration(runs: readonly NarratedRun[], alignment: Alignment): MergedNarration {
  const captions: TimelineCaption[] = [];
  runs.forEach((run, m) => {
    const globalOf = alignment.globalOf[m];
    if (!globalOf) return;
    for (const line of captionsOf(run)) {
      const global = globalOf[line.seq];
      if (global !== undefined) captions.push({ model: run.model, m, seq: line.seq, global, text: line.text });
    }
  });
  // One model's captions are already in order (its events keep their order in the merge).
  if (runs.length > 1) captions.sort((a, b) => a.global - b.global);
  return { captions, truncated: runs.some((r) => r.events.length > NARRATION_EVENT_LIMIT) };
}

/** Index of the caption shown at playback position g (the first g merged events revealed), -1 before any. */
export function captionAt(merged: MergedNarration, g: number): number {
  const list = merged.captions;
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.global < g) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
