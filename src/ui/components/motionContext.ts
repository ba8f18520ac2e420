/**
 * Whether new lanes, markers and queue items animate in. True while playing at a speed a
 * viewer can follow; false while scrubbing or stepping through thousands of events, where
 * hundreds of entry animations per frame would only cost frame time.
 */
import { createContext, useContext } from 'react';

export const AnimateEntries = createContext(true);

export function useAnimateEntries(): boolean {
  return useContext(AnimateEntries);
}

/** Motion's features for `<LazyMotion features={…}>`, fetched as a chunk of their own (src/ui/motionFeatures.ts). */
export const loadMotionFeatures = () => import('../motionFeatures').then((m) => m.default);
