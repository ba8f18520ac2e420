/**
 * Playback over the aligned timeline (src/ui/state/alignment.ts): a position g in
 * [0, total], play/pause, step, scrub, speed. Playing advances g at `speed` events per
 * second on animation frames; it keeps going while a run is still streaming and stops at
 * the end of a finished recording.
 *
 * Each run starts where `start` says when it begins: the page's first run paused at the
 * position its link names (issue 8: opening a link never autoplays), later runs (edits,
 * examples) playing from 0 unless the user asked for reduced motion.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { clampPosition, createPositionStore, type PositionStore } from './positionStore';
import { DEFAULT_SPEED } from './speeds';

export { DEFAULT_SPEED, SPEEDS } from './speeds';

/** How a run begins. */
export interface PlaybackStart {
  position: number;
  playing: boolean;
}

export interface Playback {
  /**
   * The position, in [0, total]: a store, not a value of the render (src/ui/positionStore.ts),
   * so a step re-renders only what subscribes to it (issue 10).
   */
  store: PositionStore;
  /** The position now, in [0, total] (for handlers: a key press, a copied link). */
  position(): number;
  playing: boolean;
  speed: number;
  play(): void;
  pause(): void;
  toggle(): void;
  step(delta: number): void;
  seek(g: number): void;
  restart(): void;
  toEnd(): void;
  setSpeed(speed: number): void;
}

export function usePlayback(
  total: number,
  finished: boolean,
  resetKey: number,
  start: PlaybackStart,
  initialSpeed: number = DEFAULT_SPEED,
): Playback {
  const [store] = useState(() => createPositionStore(start.position));
  const [playing, setPlaying] = useState(start.playing);
  const [speed, setSpeed] = useState<number>(initialSpeed);
  const exact = useRef(start.position);
  const totalRef = useRef(total);
  totalRef.current = total;
  const finishedRef = useRef(finished);
  finishedRef.current = finished;
  // Read when a run begins, not watched: changing it must not restart the current run.
  const startRef = useRef(start);
  startRef.current = start;

  // A new run begins where `start` says. A position past the end of a run still streaming
  // is kept: the shown position is clamped to what has arrived (below).
  useEffect(() => {
    exact.current = startRef.current.position;
    store.set(startRef.current.position);
    setPlaying(startRef.current.playing);
  }, [resetKey, store]);

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let raf = requestAnimationFrame(function tick(now) {
      const dt = Math.min(now - last, 100) / 1000;
      last = now;
      exact.current = Math.min(exact.current + dt * speed, totalRef.current);
      store.set(Math.floor(exact.current));
      // The end of a finished recording stops the playback (checked here, where the position
      // moves, as the position is no value of the render; issue 10).
      if (finishedRef.current && store.get() >= totalRef.current) setPlaying(false);
      else raf = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(raf);
  }, [playing, speed, store]);

  // A recording that finishes while the playback waits at its end (it streamed in) stops it too.
  const ended = playing && finished && store.get() >= total;
  useEffect(() => {
    if (ended) setPlaying(false);
  }, [ended]);

  const playingRef = useRef(playing);
  playingRef.current = playing;

  // The controls never change identity, so memoised panels that take one (a seek on click)
  // are not re-rendered by a position change alone (issue 10: a scrub step rendered every panel).
  const controls = useMemo(() => {
    const seek = (g: number) => {
      const clamped = Math.max(0, Math.min(Math.round(g), totalRef.current));
      exact.current = clamped;
      store.set(clamped);
    };
    const atEnd = () => exact.current >= totalRef.current && finishedRef.current;
    return {
      play: () => {
        if (atEnd()) seek(0);
        setPlaying(true);
      },
      pause: () => setPlaying(false),
      toggle: () => {
        if (playingRef.current) setPlaying(false);
        else {
          if (atEnd()) seek(0);
          setPlaying(true);
        }
      },
      step: (delta: number) => {
        setPlaying(false);
        seek(Math.floor(Math.min(exact.current, totalRef.current)) + delta);
      },
      seek: (g: number) => {
        setPlaying(false);
        seek(g);
      },
      restart: () => {
        seek(0);
        setPlaying(true);
      },
      toEnd: () => {
        setPlaying(false);
        seek(totalRef.current);
      },
      setSpeed,
      store,
      // Never outside [0, total] (issue 10 saw `-6 / 0`): a link's position may lie past the
      // end of a recording still arriving, or the recording may be empty.
      position: () => clampPosition(store.get(), totalRef.current),
    };
  }, [store]);

  return {
    playing,
    speed,
    ...controls,
  };
}
