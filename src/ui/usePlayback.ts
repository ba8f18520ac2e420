/**
 * Playback over the aligned timeline (src/ui/state/alignment.ts): a position g in
 * [0, total], play/pause, step, scrub, speed. Playing advances g at `speed` events per
 * second on animation frames; it keeps going while a run is still streaming and stops at
 * the end of a finished recording.
 */
import { useCallback, useEffect, useRef, useState } from 'react';

export const SPEEDS = [2, 8, 30, 120, 600, 5000] as const;
export const DEFAULT_SPEED = 30;

export interface Playback {
  position: number;
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

export function usePlayback(total: number, finished: boolean, resetKey: number): Playback {
  const [position, setPosition] = useState(0);
  const [playing, setPlaying] = useState(true);
  const [speed, setSpeed] = useState<number>(DEFAULT_SPEED);
  const exact = useRef(0);
  const totalRef = useRef(total);
  totalRef.current = total;

  // A new run plays from the start.
  useEffect(() => {
    exact.current = 0;
    setPosition(0);
    setPlaying(true);
  }, [resetKey]);

  useEffect(() => {
    if (!playing) return;
    let last = performance.now();
    let raf = requestAnimationFrame(function tick(now) {
      const dt = Math.min(now - last, 100) / 1000;
      last = now;
      exact.current = Math.min(exact.current + dt * speed, totalRef.current);
      setPosition(Math.floor(exact.current));
      raf = requestAnimationFrame(tick);
    });
    return () => cancelAnimationFrame(raf);
  }, [playing, speed]);

  useEffect(() => {
    if (playing && finished && position >= total) setPlaying(false);
  }, [playing, finished, position, total]);

  const seek = useCallback((g: number) => {
    const clamped = Math.max(0, Math.min(Math.round(g), totalRef.current));
    exact.current = clamped;
    setPosition(clamped);
  }, []);

  return {
    position: Math.min(position, total),
    playing,
    speed,
    play: () => {
      if (exact.current >= totalRef.current) seek(0);
      setPlaying(true);
    },
    pause: () => setPlaying(false),
    toggle: () => {
      if (playing) setPlaying(false);
      else {
        if (exact.current >= totalRef.current) seek(0);
        setPlaying(true);
      }
    },
    step: (delta: number) => {
      setPlaying(false);
      seek(Math.floor(exact.current) + delta);
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
  };
}
