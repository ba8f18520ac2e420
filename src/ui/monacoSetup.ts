/**
 * Monaco, bundled locally (never from a CDN) with only what the playground needs: the editor API, Python and JavaScript colouring,
 * bracket matching, tab focus mode. No language services, so the generic editor worker serves every label.
 * Imported only from the lazily loaded MonacoEditor chunk.
 *
 * Not Monaco's hover feature: components/editorHover.ts shows the markers' messages and the
 * executing lines' models instead, because the feature brings the find widget, code actions,
 * go-to-definition, the colour picker and inlay hints with it (issue 10, interactive editor).
 */
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/python/register';
import 'monaco-editor/languages/definitions/javascript/register';
import 'monaco-editor/features/bracketMatching/register';
// Ctrl+M (Monaco's own key): Tab moves the focus instead of indenting, a second way out of the editor besides Escape.
import 'monaco-editor/features/toggleTabFocusMode/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';

(self as unknown as { MonacoEnvironment: { getWorker(id: string, label: string): Worker } }).MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

export { monaco };
