/**
 * The Monaco editor (lazy chunk). It holds the snippet, reports edits, shows the line each
 * model is executing as a coloured band plus a gutter tag, and the engine's errors as
 * markers at their line:col.
 */
import { useEffect, useRef } from 'react';
import { monaco } from '../monacoSetup';
import type { Lang, ModelName } from '../../engine/api';

export interface EditorLine {
  model: ModelName;
  line: number;
}

export interface EditorError {
  line: number;
  col: number;
  message: string;
  /** A hint (src/engine/events/hints.ts) is shown as an info marker, not as an error. */
  severity?: 'error' | 'hint';
}

export interface MonacoEditorProps {
  /** The text to show when the editor is created or `resetKey` changes. */
  value: string;
  /** Bumped when the text is replaced from outside (an example, a pasted link). */
  resetKey: number;
  lang: Lang;
  onChange(value: string): void;
  lines: EditorLine[];
  errors: EditorError[];
  /** Escape pressed with no editor widget (suggestions, find, hints) open: focus leaves the editor. */
  onEscape?(): void;
  /** Presentation mode's large type. */
  large?: boolean;
}

/** Type sizes: the normal one keeps 60 columns visible in the editor column at 1280×800 (issue 8). */
const FONT = { normal: { fontSize: 14, lineHeight: 21 }, large: { fontSize: 22, lineHeight: 32 } } as const;

const languageId = (lang: Lang) => (lang === 'py' ? 'python' : 'javascript');

/**
 * When Escape belongs to the editor: while one of its widgets is open it closes that widget
 * (Monaco's own keybindings); otherwise it leaves the editor (issue 8: Tab types indentation
 * there, so Escape is the way out for a keyboard user).
 */
const ESCAPE_LEAVES =
  '!suggestWidgetVisible && !findWidgetVisible && !parameterHintsVisible && !renameInputVisible && !inSnippetMode && !markersNavigationVisible';

export default function MonacoEditor({ value, resetKey, lang, onChange, lines, errors, onEscape, large = false }: MonacoEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;
  const onEscapeRef = useRef(onEscape);
  onEscapeRef.current = onEscape;
  // The latest props, read by the effects below that run only at creation or on `resetKey`.
  const latest = useRef({ value, lang, large });
  latest.current = { value, lang, large };

  useEffect(() => {
    const ed = monaco.editor.create(host.current!, {
      value: latest.current.value,
      language: languageId(latest.current.lang),
      automaticLayout: true,
      minimap: { enabled: false },
      ...FONT[latest.current.large ? 'large' : 'normal'],
      lineNumbersMinChars: 3,
      scrollBeyondLastLine: false,
      renderLineHighlight: 'none',
      glyphMargin: true,
      tabSize: 4,
      theme: 'vs',
      fixedOverflowWidgets: true,
    });
    editor.current = ed;
    decorations.current = ed.createDecorationsCollection();
    const sub = ed.onDidChangeModelContent(() => onChangeRef.current(ed.getValue()));
    ed.addCommand(monaco.KeyCode.Escape, () => onEscapeRef.current?.(), ESCAPE_LEAVES);
    return () => {
      sub.dispose();
      ed.getModel()?.dispose();
      ed.dispose();
      editor.current = null;
    };
    // The editor is created once; value and language changes are pushed below.
  }, []);

  // The editor owns its text while the user types (pushing every echoed `value` back would
  // race the keyboard and move the cursor); the App replaces it only by bumping `resetKey`.
  useEffect(() => {
    const ed = editor.current;
    const { value } = latest.current;
    if (ed && ed.getValue() !== value) ed.setValue(value);
  }, [resetKey]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (model) monaco.editor.setModelLanguage(model, languageId(lang));
  }, [lang]);

  useEffect(() => editor.current?.updateOptions(FONT[large ? 'large' : 'normal']), [large]);

  useEffect(() => {
    const byLine = new Map<number, ModelName[]>();
    for (const l of lines) byLine.set(l.line, [...(byLine.get(l.line) ?? []), l.model]);
    decorations.current?.set(
      [...byLine].map(([line, models]) => ({
        range: new monaco.Range(line, 1, line, 1),
        options: {
          isWholeLine: true,
          className: `exec-line exec-${models[0]}`,
          glyphMarginClassName: `exec-glyph exec-glyph-${models.length > 1 ? 'many' : models[0]}`,
          glyphMarginHoverMessage: { value: `executing under ${models.join(', ')}` },
        },
      })),
    );
  }, [lines]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'async-lanes',
      errors.map((e) => ({
        severity: e.severity === 'hint' ? monaco.MarkerSeverity.Info : monaco.MarkerSeverity.Error,
        message: e.message,
        startLineNumber: e.line,
        startColumn: e.col + 1,
        endLineNumber: e.line,
        endColumn: model.getLineMaxColumn(Math.min(Math.max(e.line, 1), model.getLineCount())),
      })),
    );
  }, [errors]);

  return <div className="monaco-host" ref={host} data-role="editor" />;
}
