/**
 * The full narration, every model's captions in playback order: the current one is
 * highlighted and kept in view, and clicking one seeks there. Rows have one fixed height, so
 * only the rows in view are in the DOM however long the run (a 100k-event run has tens of
 * thousands of captions).
 */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { MergedNarration, TimelineCaption } from '../state/narration';
import { CodeText } from './CodeText';
import './narration.css';

/** Row height in px (two lines of text; narration.css keeps .narration-row at this height). */
const ROW = 44;
/** Rows drawn above and below the visible ones. */
const OVERSCAN = 6;

export interface NarrationPanelProps {
  narration: MergedNarration | null;
  current: number;
  onSeek(caption: TimelineCaption): void;
}

export function NarrationPanel({ narration, current, onSeek }: NarrationPanelProps) {
  const list = useRef<HTMLDivElement>(null);
  const [scroll, setScroll] = useState({ top: 0, height: 300 });
  const captions = narration?.captions ?? [];

  // Keep the current caption in view as the playback moves.
  useEffect(() => {
    const el = list.current;
    if (!el || current < 0) return;
    const top = current * ROW;
    if (top < el.scrollTop || top + ROW > el.scrollTop + el.clientHeight) el.scrollTop = Math.max(0, top - el.clientHeight / 2);
  }, [current]);

  useEffect(() => {
    const el = list.current;
    if (!el) return;
    const measure = () => setScroll({ top: el.scrollTop, height: el.clientHeight });
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
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
  const first = Math.max(0, Math.floor(scroll.top / ROW) - OVERSCAN);
  const last = Math.min(captions.length, Math.ceil((scroll.top + scroll.height) / ROW) + OVERSCAN);
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
        onScroll={(e) => setScroll({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight })}
      >
        <div style={{ height: captions.length * ROW, position: 'relative' }}>
          {captions.slice(first, last).map((c, k) => {
            const i = first + k;
            return (
              <div role="listitem" key={`${c.model}-${c.seq}`} className="narration-item" style={{ top: i * ROW, height: ROW }}>
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
