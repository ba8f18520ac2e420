/**
 * Motion's animation features (the `m` components' animate/exit and gestures), in a chunk of
 * their own: `LazyMotion` (src/ui/App.tsx, src/ui/embed/EmbedPlayer.tsx) loads them after the
 * first render, so the ~25 KB gzip they weigh is not in the JS a cold load evaluates before the
 * first timeline (issue 10, first paint). Until they arrive an `m` element renders as a plain
 * one; only the queue items (src/ui/components/QueuePanel.tsx) animate, and the first render
 * shows them without an entry animation anyway (`AnimatePresence initial={false}`).
 */
import { domAnimation } from 'motion/react';

export default domAnimation;
