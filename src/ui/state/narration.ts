/**
 * The playground's narration: every selected model's captions (src/engine/events/narration.ts)
 * merged into the order the playback reveals their events (src/ui/state/alignment.ts), so
 * the caption line shows what the last revealed step did and the narration panel can seek
 * to any caption.
 */
import { Narrator, type EngineEvent, type ModelName, type NarratedEvents, type NarrationLine } from '../../engine/api';
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

function cached(run: NarratedRun): NarrationLine[] | undefined {
  const hit = cache.get(run.events);
  return hit && hit.length === run.events.length ? hit.lines : undefined;
}

/** A run's first NARRATION_EVENT_LIMIT events, read one at a time (the page's recording decodes each when read). */
function limited(events: ListLike<EngineEvent>): NarratedEvents {
  return { length: Math.min(events.length, NARRATION_EVENT_LIMIT), at: (i) => events.at(i) };
}

/**
 * `mergeNarration` made a slice at a time: `step` narrates until `enough()` says stop, model
 * after model, then merges. The page runs it between frames (src/ui/useNarration.ts): made in
 * one go, the narration of a four-model run of 100k events each held the main thread for about
 * half a second (issue 10: the main thread never does work proportional to a run's size in one
 * go; bench:ui's key-press latency after a four-model flood is stopped).
 */
export class NarrationJob {
  private m = 0;
  private narrator: Narrator | null = null;
  private merged: MergedNarration | null = null;

  constructor(
    private readonly runs: readonly NarratedRun[],
    private readonly alignment: Alignment,
  ) {}

  /** Works until `enough()` (asked after each event) says stop; true once `result` is ready. */
  step(enough: () => boolean): boolean {
    let spent = false;
    const check = () => (spent = enough());
    while (this.m < this.runs.length) {
      const run = this.runs[this.m]!;
      if (cached(run) === undefined) {
        this.narrator ??= new Narrator(limited(run.events), run.model);
        if (!this.narrator.advance(check)) return false;
        cache.set(run.events, { length: run.events.length, lines: this.narrator.lines });
        this.narrator = null;
      }
      this.m++;
      // A model's last event may have spent the slice: the next model waits for the next one.
      if (spent && this.m < this.runs.length) return false;
    }
    this.merged ??= this.merge();
    return true;
  }

  /** The merged narration, once `step` returned true. */
  get result(): MergedNarration | null {
    return this.merged;
  }

  /**
   * Every model's captions by their merged index: one model's captions are in order already
   * (its events keep their order in the merge), so the lists are merged, not sorted; a tie
   * (never two events at one index) would keep the models' order, as a stable sort does.
   */
  private merge(): MergedNarration {
    const lists: TimelineCaption[][] = this.runs.map((run, m) => {
      const globalOf = this.alignment.globalOf[m];
      const out: TimelineCaption[] = [];
      if (!globalOf) return out;
      for (const line of cached(run) ?? []) {
        const global = globalOf[line.seq];
        if (global !== undefined) out.push({ model: run.model, m, seq: line.seq, global, text: line.text });
      }
      return out;
    });
    const captions: TimelineCaption[] = [];
    const at = lists.map(() => 0);
    for (;;) {
      let best = -1;
      for (let k = 0; k < lists.length; k++) {
        const c = lists[k]![at[k]!];
        if (c !== undefined && (best < 0 || c.global < lists[best]![at[best]!]!.global)) best = k;
      }
      if (best < 0) break;
      captions.push(lists[best]![at[best]!++]!);
    }
    return { captions, truncated: this.runs.some((r) => r.events.length > NARRATION_EVENT_LIMIT) };
  }
}

export function mergeNarration(runs: readonly NarratedRun[], alignment: Alignment): MergedNarration {
  const job = new NarrationJob(runs, alignment);
  job.step(() => false);
  return job.result!;
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
