/** Playback controls over the aligned timeline, and how the models are aligned. */
import { memo, useCallback, useEffect, useRef, type Ref } from 'react';
import { clampPosition, useOnPosition, type PositionStore } from '../positionStore';
import type { Playback as PlaybackState } from '../usePlayback';
import { SPEEDS } from '../usePlayback';
import { Icon } from './Icon';

export interface PlaybackProps {
  playback: PlaybackState;
  total: number;
  running: boolean;
  onCancel(): void;
  /** Opens the keyboard shortcuts sheet (also `?`); without it (the embed player), no button. */
  onShortcuts?(): void;
}

export function Playback({ playback: p, total, running, onCancel, onShortcuts }: PlaybackProps) {
  return (
    <div className="playback" role="toolbar" aria-label="playback">
      <button type="button" onClick={p.restart} title="Restart" aria-label="restart" data-action="restart">
        <Icon name="restart" />
      </button>
      <button type="button" onClick={() => p.step(-1)} title="Step back" aria-label="step back" data-action="step-back">
        <Icon name="back" />
      </button>
      <button
        type="button"
        className="play"
        onClick={p.toggle}
        title={p.playing ? 'Pause' : 'Play'}
        aria-label={p.playing ? 'pause' : 'play'}
        data-action="play"
      >
        <Icon name={p.playing ? 'pause' : 'play'} />
      </button>
      <button type="button" onClick={() => p.step(1)} title="Step forward" aria-label="step forward" data-action="step-forward">
        <Icon name="forward" />
      </button>
      <button type="button" onClick={p.toEnd} title="Jump to the end" aria-label="end" data-action="end">
        <Icon name="end" />
      </button>
      <ScrubInput store={p.store} total={total} seek={p.seek} />
      <PositionText store={p.store} total={total} />
      <SpeedSelect speed={p.speed} setSpeed={p.setSpeed} />
      {running && (
        <button type="button" className="cancel" onClick={onCancel} data-action="cancel" data-role="stop" aria-label="stop run">
          Stop run
        </button>
      )}
      {onShortcuts && (
        <button
          type="button"
          className="shortcuts-button"
          onClick={onShortcuts}
          title="Keyboard shortcuts (?)"
          aria-label="keyboard shortcuts"
        >
          ?
        </button>
      )}
    </div>
  );
}

/**
 * Memoised: a controlled <select> re-rendered sets every option's `selected` again, which a
 * scrub step (a new position, the same speed) need not pay (issue 10).
 */
const SpeedSelect = memo(function SpeedSelect({ speed, setSpeed }: { speed: number; setSpeed(speed: number): void }) {
  return (
    <label className="speed">
      speed
      <select value={speed} onChange={(e) => setSpeed(Number(e.currentTarget.value))} aria-label="speed">
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s}/s
          </option>
        ))}
      </select>
    </label>
  );
});

/**
 * The scrub slider, not a controlled input: React updates a controlled <input> at each render
 * of it, and again after the event that changed it, each time setting its `name`, `type` and
 * `value` attributes anew (attribute changes that restyle the slider), which a scrub step
 * need not pay (issue 10). The element is rendered only when the range changes; the position
 * is written to its value from a subscription to the position (src/ui/positionStore.ts), as
 * the browser's own drag does, with no render at a step. Its input events are heard by a
 * listener of its own and go no further (nor do its change events): React's root listener
 * queues a "restore" of any input an input or change event reaches it from (with an
 * `onChange` or not), which sets the input's `type` (and `name`) again at every drag step
 * (issue 10).
 */
function ScrubInput({ store, total, seek }: { store: PositionStore; total: number; seek(g: number): void }) {
  const input = useRef<HTMLInputElement>(null);
  const write = useCallback((g: number) => {
    const el = input.current;
    // After the range: a value above the old max was clamped by the browser.
    if (el && el.value !== String(g)) el.value = String(g);
  }, []);
  useOnPosition(store, total, write);
  useEffect(() => {
    const el = input.current;
    if (!el) return;
    const on = (e: Event) => {
      e.stopPropagation();
      seek(Number(el.value));
    };
    const stop = (e: Event) => e.stopPropagation();
    el.addEventListener('input', on);
    el.addEventListener('change', stop);
    return () => {
      el.removeEventListener('input', on);
      el.removeEventListener('change', stop);
    };
  }, [seek]);
  return <ScrubRange ref={input} total={total} />;
}

/**
 * The position counter ("12 / 400"), its text written from a subscription to the position: a
 * step changes one text node and renders nothing (issue 10). A polite live region, as before.
 */
const PositionText = memo(function PositionText({ store, total }: { store: PositionStore; total: number }) {
  const text = useRef<HTMLSpanElement>(null);
  const write = useCallback(
    (g: number) => {
      const el = text.current;
      const next = `${g} / ${total}`;
      if (!el || el.textContent === next) return;
      // The text node's data, not `textContent`: that removes the node and makes a new one,
      // whose layout object is made again at every step (issue 10).
      const node = el.firstChild;
      if (node instanceof Text && node === el.lastChild) node.data = next;
      else el.textContent = next;
    },
    [total],
  );
  useOnPosition(store, total, write);
  return (
    <span ref={text} className="position" data-role="position" aria-live="polite" aria-atomic="true" aria-label="position">
      {`${clampPosition(store.get(), total)} / ${total}`}
    </span>
  );
});

/** Memoised: the same range renders nothing, so React never touches the element at a step. */
const ScrubRange = memo(function ScrubRange({ ref, total }: { ref: Ref<HTMLInputElement>; total: number }) {
  return <input ref={ref} className="scrub" type="range" min={0} max={total} defaultValue={0} aria-label="scrub" data-action="scrub" />;
});
