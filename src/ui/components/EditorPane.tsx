/**
 * The editor slot: Monaco is a separate chunk loaded behind Suspense, so the page paints
 * (and runs the snippet) before the ~1 MB editor arrives. Until then the source is shown
 * read-only as plain text.
 */
import { memo, lazy, Suspense } from 'react';
import type { MonacoEditorProps } from './MonacoEditor';
import { ErrorBoundary } from './ErrorBoundary';

const MonacoEditor = lazy(() => import('./MonacoEditor'));

function EditorPaneView(props: MonacoEditorProps) {
  const fallback = <pre className="editor-fallback">{props.value}</pre>;
  // Hints are editor markers too; the list under the editor is for errors (hints have their own note).
  const errors = props.errors.filter((e) => e.severity !== 'hint');
  return (
    <div className="editor-pane">
      <ErrorBoundary label="editor" fallback={fallback}>
        <Suspense fallback={fallback}>
          <MonacoEditor {...props} />
        </Suspense>
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
