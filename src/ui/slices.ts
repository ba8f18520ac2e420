/**
 * Work over a whole recording done a slice at a time, as the fold is (src/ui/foldScheduler.ts):
 * each slice runs for at most SLICE_MS of the main thread and the next one comes in a task of its
 * own, so a click or a key press waits at most one slice (issue 10: the main thread never does
 * work proportional to a run's size in one go). Used for what the page makes once a run ends:
 * its narration (src/ui/useNarration.ts) and its lanes' rows (src/ui/components/useLaidOutLanes.ts).
 */
import { messageChannelPost, SLICE_MS } from './foldScheduler';

let post: ((fn: () => void) => void) | undefined;

/**
 * Calls `step(enough)` in slices until it returns true, then `done()`. `step` asks `enough()`
 * after each unit of its work; the clock is read every `clockEvery` asks (a read costs about
 * what a unit does). Returns the cancel: no slice runs after it, and `done` is not called.
 */
export function runInSlices(step: (enough: () => boolean) => boolean, done: () => void, clockEvery: number): () => void {
  let cancelled = false;
  const slice = () => {
    if (cancelled) return;
    const end = performance.now() + SLICE_MS;
    let n = 0;
    if (step(() => ++n % clockEvery === 0 && performance.now() >= end)) done();
    else (post ??= messageChannelPost())(slice);
  };
  (post ??= messageChannelPost())(slice);
  return () => {
    cancelled = true;
  };
}
