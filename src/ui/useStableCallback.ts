/**
 * A function whose identity never changes and that always calls the latest `fn`: a handler
 * handed to a memoised component (React.memo) that would otherwise be a new closure on every
 * render, and so re-render the component on every playback step (issue 10).
 */
import { useCallback, useRef } from 'react';

export function useStableCallback<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const latest = useRef(fn);
  latest.current = fn;
  return useCallback((...args: A) => latest.current(...args), []);
}
