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
 * True once the page's first frame has been painted. Monaco's chunk (3 MB, ~0.3 s of the main
 * thread to evaluate) is only asked for then: asked for during the first render, its download
 * and compilation competed for the machine's cores with the render and paint of the first
 * timeline (issue 10, first paint: bench:ui's cold trace).
 */
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    // A rAF callback runs just before the next frame is painted; a task it queues runs after.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => (timer = setTimeout(() => setPainted(true))));
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, []);
  return painted;
}

function EditorPaneView(props: MonacoEditorProps) {
  const painted = useAfterFirstPaint();
  const fallback = <pre className="editor-fallback">{props.value}</pre>;
  // Hints are editor markers too; the list under the editor is for errors (hints have their own note).
  const errors = props.errors.filter((e) => e.severity !== 'hint');
  return (
    <div className="editor-pane">
      <ErrorBoundary label="editor" fallback={fallback}>
        {painted ? (
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
