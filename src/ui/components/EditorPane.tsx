/**
 * The editor slot: Monaco is a separate chunk loaded behind Suspense, so the page paints
 * (and runs the snippet) before the ~1 MB editor arrives. Until then the source is shown
 * read-only as plain text.
 */
import { memo, lazy, Suspense, useEffect, useState } from 'react';
import type { MonacoEditorProps } from './MonacoEditor';
import { ErrorBoundary } from './ErrorBoundary';

const MonacoEditor = lazy(() => import('./MonacoEditor'));

/**
 * The longest Monaco waits after the first paint for a run that is being taken in (`hold`):
 * long enough for a 1M-event run to open, short enough that a run that streams on (a flood
 * the time budget stops within 2 s) does not keep the editor away.
 */
export const EDITOR_HOLD_MAX_MS = 3000;

/**
 * True once Monaco may load: the page's first frame has been painted, and the run it opened on
 * is no longer being taken in (or EDITOR_HOLD_MAX_MS have passed since that paint); then true
 * for good. Monaco's chunk (3 MB) is only asked for then. Asked for during the first render,
 * its download and compilation competed for the machine's cores with the render and paint of
 * the first timeline (issue 10, first paint: bench:ui's cold trace); asked for while a long run
 * streams in, its evaluation and the editor's creation (~0.2–0.3 s of the main thread) came
 * before the fold of the run's last events, which is what the page does last before the run is
 * open (issue 10: a 1M-event run opens in < 2 s; bench:ui --profile-open). Until then the code
 * is shown as plain text.
 */
function useEditorReady(hold: boolean): boolean {
  const [paintedAt, setPaintedAt] = useState<number | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // A rAF callback runs just before the next frame is painted; a task it queues runs after.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPaintedAt(performance.now()))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  useEffect(() => {
    if (ready || paintedAt === null) return;
    if (!hold) {
      setReady(true);
      return;
    }
    const timer = setTimeout(() => setReady(true), Math.max(0, paintedAt + EDITOR_HOLD_MAX_MS - performance.now()));
    return () => clearTimeout(timer);
  }, [ready, paintedAt, hold]);
  return ready;
}

export interface EditorPaneProps extends MonacoEditorProps {
  /** A run is being taken in: Monaco waits for it (useEditorReady), at most EDITOR_HOLD_MAX_MS. */
  hold?: boolean;
}

function EditorPaneView({ hold = false, ...props }: EditorPaneProps) {
  const ready = useEditorReady(hold);
  const fallback = <pre className="editor-fallback">{props.value}</pre>;
  // Hints are editor markers too; the list under the editor is for errors (hints have their own note).
  const errors = props.errors.filter((e) => e.severity !== 'hint');
  return (
    <div className="editor-pane">
      <ErrorBoundary label="editor" fallback={fallback}>
        {ready ? (
          <Suspense fallback={fallback}>
            <MonacoEditor {...props} />
          </Suspense>
        ) : (
          fallback
        )}
      </ErrorBoundary>
      {errors.length > 0 && (
        <ul className="editor-errors" aria-label="errors">
          {errors.map((e, i) => (
            <li key={i} data-role="editor-error">
              {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** Memoised: the playback position alone does not re-render it (issue 10). */
export const EditorPane = memo(EditorPaneView);
