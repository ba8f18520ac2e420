/**
 * The merged narration of a recorded run (src/ui/state/narration.ts), made a slice at a time
 * between frames (src/ui/slices.ts), so a click or a key press waits at most one slice (issue
 * 10: made in one render, the narration of a four-model flood stopped at 100k events per model
 * held the main thread for about half a second, and the key presses of that moment with it).
 *
 * Null until the narration of the current recording is made (the panels then say the
 * narration comes when the run is recorded, as they do while it streams in).
 */
import { useEffect, useState } from 'react';
import type { Alignment } from './state/alignment';
import { NarrationJob, type MergedNarration, type NarratedRun } from './state/narration';
import { runInSlices } from './slices';

/** Events narrated between two looks at the clock (a look costs about what narrating one does). */
const CLOCK_EVERY = 64;

/**
 * `runs`, `alignment` and `version` (the recording's version: its histories grow in place) say
 * which recording; `recorded` that it is complete (nothing is narrated before).
 */
export function useNarration(
  runs: readonly NarratedRun[],
  alignment: Alignment,
  version: string,
  recorded: boolean,
): MergedNarration | null {
  const [made, setMade] = useState<{ for: readonly unknown[]; narration: MergedNarration } | null>(null);
  const inputs = [runs, alignment, version];
  useEffect(() => {
    if (!recorded) return;
    const job = new NarrationJob(runs, alignment);
    const key = [runs, alignment, version];
    return runInSlices(
      (enough) => job.step(enough),
      () => setMade({ for: key, narration: job.result! }),
      CLOCK_EVERY,
    );
  }, [runs, alignment, version, recorded]);
  return recorded && made !== null && made.for.every((v, i) => v === inputs[i]) ? made.narration : null;
}
