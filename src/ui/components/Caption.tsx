/**
 * The caption line under the playback bar: what the last revealed step did, in plain words
 * (src/ui/state/narration.ts). Announced politely to screen readers (issue 8).
 *
 * The line keeps the tallest height it has had at its width while a recording is shown: a
 * caption one line longer than the last would otherwise push the panels below it down and
 * the next one pull them back up, so scrubbing resized every panel (and redrew every lane
 * canvas twice) on most steps (issue 10). It grows when a taller caption comes, never shrinks
 * back until the width changes or a new recording starts.
 */
import { memo, useLayoutEffect, useRef } from 'react';
import type { TimelineCaption } from '../state/narration';
import { CodeText } from './CodeText';
import './narration.css';

function CaptionView({ caption, ready }: { caption: TimelineCaption | undefined; ready: boolean }) {
  const line = useRef<HTMLParagraphElement>(null);
  useLayoutEffect(() => {
    const el = line.current;
    if (!el || !ready) return;
    let width = -1;
    let tallest = 0;
    // Observer callbacks run after layout: reading the size there forces none.
    const ro = new ResizeObserver(() => {
      if (el.offsetWidth !== width) {
        width = el.offsetWidth;
        tallest = 0;
        // Let go of the old width's height in the next frame: changing the observed box from
        // its own callback would be a ResizeObserver loop.
        if (el.style.minHeight) {
          requestAnimationFrame(() => (el.style.minHeight = ''));
          return;
        }
      }
      if (el.offsetHeight > tallest) {
        tallest = el.offsetHeight;
        el.style.minHeight = `${tallest}px`;
      }
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      el.style.minHeight = '';
    };
  }, [ready]);
  return (
    <p
      ref={line}
      className="caption"
      data-role="caption"
      data-run-model={caption?.model}
      data-seq={caption?.seq}
      aria-live="polite"
      aria-atomic="true"
      aria-label="caption"
    >
      {caption ? (
        <>
          <span className={`caption-model model-${caption.model}`}>{caption.model}</span> <CodeText text={caption.text} />
        </>
      ) : (
        <span className="muted">{ready ? 'Press play or step forward to follow the run, one event at a time.' : 'Recording the run…'}</span>
      )}
    </p>
  );
}

/** Memoised: the playback position alone does not re-render it (issue 10). */
export const Caption = memo(CaptionView);
