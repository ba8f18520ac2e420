/**
 * The playback position as a store outside React's state (issue 10: a scrub step must cost
 * ≤ 4 ms of main-thread work). Held as state of the App, every step re-rendered the App and
 * reconciled the whole page (toolbar, editor column, every panel's props) to move what
 * depends on the position; as a store, only the parts that show the position subscribe
 * (`usePosition`: a model panel's view, the caption, the narration's current row, the
 * executing lines), and the position counter and the scrub slider are written to directly
 * (`onPosition`), without a render at all. A render that changes something structural (a new
 * run, the selection, the zoom) still reads the position from here.
 *
 * What a step shows is still a fold over the events up to the position
 * (src/ui/state/history.ts `stateAt`): the store holds only the number.
 */
import { useLayoutEffect, useSyncExternalStore } from 'react';

export interface PositionStore {
  /** The position as last set (not clamped: a link's position may lie past what has arrived). */
  get(): number;
  set(g: number): void;
  /** Calls `fn` after each change; returns the unsubscribe. */
  subscribe(fn: () => void): () => void;
}

export function createPositionStore(initial: number): PositionStore {
  let g = initial;
  const subscribers = new Set<() => void>();
  return {
    get: () => g,
    set(next) {
      if (next === g) return;
      g = next;
      for (const fn of subscribers) fn();
    },
    subscribe(fn) {
      subscribers.add(fn);
      return () => subscribers.delete(fn);
    },
  };
}

/** The position in [0, total] (issue 10 saw `-6 / 0`: a link's position past what has arrived, or an empty recording). */
export function clampPosition(g: number, total: number): number {
  return Math.max(0, Math.min(g, total));
}

/**
 * The position in [0, total], re-rendering the calling component (and only it) when it
 * changes. Updates from the store are synchronous renders, as a state update in the event
 * handler was, so a step is still drawn in the frame it happened in.
 */
export function usePosition(store: PositionStore, total: number): number {
  const g = useSyncExternalStore(store.subscribe, store.get, store.get);
  return clampPosition(g, total);
}

/**
 * Calls `write` with the position in [0, total] now and after every change, outside React's
 * render: for what a step changes in one element (the counter's text, the slider's value).
 */
export function useOnPosition(store: PositionStore, total: number, write: (g: number) => void): void {
  useLayoutEffect(() => {
    const run = () => write(clampPosition(store.get(), total));
    run();
    return store.subscribe(run);
  }, [store, total, write]);
}
