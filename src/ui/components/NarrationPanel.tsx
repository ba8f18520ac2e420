/**
 * The full narration, every model's captions in playback order: the current one is
 * highlighted and kept in view, and clicking one seeks there. Rows have one fixed height, so
 * only the rows in view are in the DOM however long the run (a 100k-event run has tens of
 * thousands of captions).
 */
import { memo, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MergedNarration, TimelineCaption } from '../state/narration';
import { CodeText } from './CodeText';
import './narration.css';

/** Row height in px (two lines of text; narration.css keeps .narration-row at this height). */
const ROW = 44;
/** Rows drawn above and below the visible ones. */
const OVERSCAN = 6;
/**
 * Rows drawn above and below the visible ones after the panel moved the list itself
 * (Scroll.followed): none. A jump lands on whole rows (followTop), so the list shows four
 * rows, not the six a centred offset with a row either side made; the narration's rows were
 * the largest part of a scrub step's layout (issue 10: with the list hidden, a step's layout
 * and style went from ~2.1 to ~1.3 ms at 1k events, the step from ~10.5 to ~8.5 ms, load 13).
 * A scroll by the user renders the usual overscan from its first scroll event.
 */
const FOLLOW_OVERSCAN = 0;

export interface NarrationPanelProps {
  narration: MergedNarration | null;
  current: number;
  onSeek(caption: TimelineCaption): void;
}

/** The list's scroll offset and height, px, as the panel last saw them. */
interface Scroll {
  top: number;
  height: number;
  /**
   * The panel moved the list itself to follow the playback (a scrub step's jump): the rows in
   * view are rendered with a row either side, not the overscan a scroll by the user needs to
   * find rows ready (issue 10: a jump refilled every overscan row, most of a step's layout).
   */
  followed?: boolean;
}

/**
 * Where the list scrolls to keep caption `current` in view: `scroll.top` when it is in view
 * already, else the caption second from the top, the list on a row's edge (clamped to the
 * list's extent, as the browser clamps), so the rows in view are as few as they can be.
 */
function followTop(scroll: Scroll, current: number, count: number): number {
  const top = current * ROW;
  if (current < 0 || (top >= scroll.top && top + ROW <= scroll.top + scroll.height)) return scroll.top;
  // Whole pixels, as the element reports its offset back (a fraction would read back different).
  return Math.max(0, Math.min(Math.round(count * ROW - scroll.height), (current - 1) * ROW));
}

/**
 * A scrub step moves `current` anywhere: the rows are rendered for the scroll offset that
 * keeps it in view in the same render, and the offset is written once after the commit,
 * without reading the list's geometry (the ResizeObserver and scroll events keep it), so a
 * step lays the page out once (issue 10: reading scrollTop/clientHeight after the DOM
 * changed forced a layout, and the scroll event it caused a second render and layout).
 */
function NarrationPanelView({ narration, current, onSeek }: NarrationPanelProps) {
  const list = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState<Scroll>({ top: 0, height: 300 });
  /** The caption last kept in view: following happens when `current` changes, not on every render. */
  const [followed, setFollowed] = useState(current);
  /** The scroll offset the element has (as last written or reported). */
  const domTop = useRef(0);
  /**
   * The scroll state of the last render. The scroll and resize handlers compare with it and set
   * the state only when it changed: an updater that returns the same state is still queued, and
   * React replays a queued update after the ones of a later scrub step, so the scroll event of
   * the list's own write moved it back to the previous step's offset, in a second render with a
   * forced layout (issue 10: `bench:ui -- --profile` saw a scheduler-task render per step).
   */
  const shown = useRef(scroll);
  shown.current = scroll;
  const captions = narration?.captions ?? [];

  // Keep the current caption in view as the playback moves (state adjusted during render).
  if (followed !== current) {
    setFollowed(current);
    const top = followTop(scroll, current, captions.length);
    if (top !== scroll.top) setScroll({ top, height: scroll.height, followed: true });
  }

  useLayoutEffect(() => {
    const el = list.current;
    const top = scroll.top;
    if (!el || domTop.current === top) return;
    domTop.current = top;
    // Writing scrollTop lays the page out at once. Written from here, that layout came before
    // the lanes' drawing (a later layout effect) changed the page again, so a step laid it out
    // twice; a microtask runs after the whole commit, so the page is laid out once (issue 10).
    queueMicrotask(() => {
      if (el.isConnected && domTop.current === top) el.scrollTop = top;
    });
  }, [scroll.top]);

  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const ro = new ResizeObserver(() => {
      domTop.current = el.scrollTop;
      const s = shown.current;
      if (s.top !== el.scrollTop || s.height !== el.clientHeight) setScroll({ top: el.scrollTop, height: el.clientHeight });
    });
    ro.observe(el);
    // A listener of the list's own, not React's `onScroll`: every scrub step scrolls the list
    // (the offset written above), and React's root listener dispatched each of those scroll
    // events through its event system (`dispatchContinuousEvent`, ~0.25 ms of a step in
    // `bench:ui -- --profile`) only for this handler to find the offset it wrote (issue 10).
    const onScroll = () => {
      const top = el.scrollTop;
      // The offset this panel wrote itself (following the playback) is the state already.
      if (top === domTop.current) return;
      domTop.current = top;
      setScroll({ top, height: shown.current.height });
    };
    el.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      ro.disconnect();
      el.removeEventListener('scroll', onScroll);
    };
  }, []);

  // One tab stop for the whole list (the rows are not tab stops): ↑/↓ seek to the previous or next caption.
  const onKey = (e: KeyboardEvent) => {
    const to =
      e.key === 'ArrowDown'
        ? current + 1
        : e.key === 'ArrowUp'
          ? current - 1
          : e.key === 'Home'
            ? 0
            : e.key === 'End'
              ? captions.length - 1
              : null;
    if (to === null) return;
    e.preventDefault();
    e.stopPropagation();
    const c = captions[Math.max(0, Math.min(to, captions.length - 1))];
    if (c) onSeek(c);
  };
  const overscan = scroll.followed ? FOLLOW_OVERSCAN : OVERSCAN;
  const first = Math.max(0, Math.floor(scroll.top / ROW) - overscan);
  const last = Math.min(captions.length, Math.ceil((scroll.top + scroll.height) / ROW) + overscan);
  /** Rows a window of the list's height can hold: slot keys are unique within any such window. */
  const span = Math.ceil(scroll.height / ROW) + 2 * OVERSCAN + 1;
  /** The most rows a window holds after the panel followed the playback (FOLLOW_OVERSCAN). */
  const followSpan = Math.ceil(scroll.height / ROW) + 2 * FOLLOW_OVERSCAN + 1;
  return (
    <details className="narration" aria-label="narration" data-role="narration" open>
      <summary className="narration-title">
        Narration{' '}
        <span className="muted">
          {narration
            ? `${captions.length} steps${narration.truncated ? ' (first events only: the run is very long)' : ''}`
            : 'when the run is recorded'}
        </span>
      </summary>
      <div
        className="narration-list"
        ref={list}
        role="list"
        tabIndex={0}
        aria-label="narration: ↑/↓ go to the previous or next step"
        onKeyDown={onKey}
      >
        <div style={{ height: captions.length * ROW, position: 'relative' }}>
          {captions.slice(first, last).map((c, k) => {
            const i = first + k;
            return (
              // Keyed by slot, not by caption: scrolling by a row moves one element to the other
              // end. After the panel jumped to follow the playback, the slots are counted modulo
              // the followed window's size: any such window holds each slot once, so a jump
              // anywhere refills the same elements (modulo the larger span, the slots of the new
              // window were other ones, and a scrub step removed and made every row; issue 10).
              <div
                role="listitem"
                key={i % (scroll.followed ? followSpan : span)}
                className="narration-item"
                style={{ top: i * ROW, height: ROW }}
              >
                <button
                  type="button"
                  tabIndex={-1}
                  className={`narration-row${i === current ? ' current' : ''}`}
                  aria-current={i === current ? 'step' : undefined}
                  data-role="narration-line"
                  data-index={i}
                  data-run-model={c.model}
                  title={`${c.model}: ${c.text.replace(/`/g, '')}`}
                  onClick={() => onSeek(c)}
                >
                  <span className={`caption-model model-${c.model}`}>{c.model}</span> <CodeText text={c.text} />
                </button>
              </div>
            );
          })}
        </div>
      </div>
    </details>
  );
}

export const NarrationPanel = memo(NarrationPanelView);
