/**
 * How many of a finished run's lanes the timeline's rows cover (src/ui/timeline/rows.ts
 * `layOutLanes`): the first STREAMING_LANES at once, as while the run streamed in, and the rest
 * a slice at a time between frames (src/ui/slices.ts), the rows then built again for all of
 * them. A flood stopped after 200k callbacks has a lane each, and laying them all out in the
 * render that shows the run stopped held the main thread for ~0.1–0.2 s, the press on Stop with
 * it (issue 10: Stop takes effect within 200 ms; bench:ui's Stop figures).
 */
import { useEffect, useState } from 'react';
import type { Indexed, Lane } from '../state/types';
import { STREAMING_LANES } from '../state/throttle';
import { layOutLanes } from '../timeline/rows';
import type { RunIndex } from '../timeline/runIndex';
import { runInSlices } from '../slices';

/** Lanes laid out between two looks at the clock. */
const CLOCK_EVERY = 256;

/** While `streaming`, the first STREAMING_LANES (what the rows cover while a run streams in: src/ui/state/throttle.ts). */
export function useLaidOutLanes(lanes: Indexed<Lane>, index: RunIndex, streaming: boolean): number {
  const [done, setDone] = useState<{ lanes: Indexed<Lane>; index: RunIndex } | null>(null);
  const complete = !streaming && done !== null && done.lanes === lanes && done.index === index;
  // What is laid out now: at least the first STREAMING_LANES (at once, as a streaming render does).
  const laidOut = streaming || complete ? lanes.length : layOutLanes(lanes, index, (n) => n >= STREAMING_LANES);
  useEffect(() => {
    if (streaming || complete) return;
    if (laidOut >= lanes.length) {
      setDone({ lanes, index });
      return;
    }
    return runInSlices(
      (enough) => layOutLanes(lanes, index, enough) >= lanes.length,
      () => setDone({ lanes, index }),
      CLOCK_EVERY,
    );
  }, [lanes, index, streaming, complete, laidOut]);
  return streaming ? Math.min(lanes.length, STREAMING_LANES) : laidOut;
}
