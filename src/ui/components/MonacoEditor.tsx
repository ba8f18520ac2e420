/**
 * The Monaco editor (lazy chunk). It holds the snippet, reports edits, shows the line each
 * model is executing as a coloured band plus a gutter tag (execLines.ts), and the engine's
 * errors as markers at their line:col.
 */
import { useEffect, useLayoutEffect, useRef } from 'react';
import { monaco } from '../monacoSetup';
import type { Lang } from '../../engine/api';
import { execHover, showExecLines, type EditorLine } from './execLines';
import { editorHover, markerMessages, type EditorHover, type HoverTarget } from './editorHover';

export type { EditorLine } from './execLines';

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
  /** One colourless decoration per line, made once per text (execLines.ts). */
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  /** The hover: a marker's message, or the models on an executing line's dot (editorHover.ts). */
  const hover = useRef<EditorHover | null>(null);
  /** The host's executing-line attributes as last set. */
  const execShown = useRef<ReadonlyMap<number, string>>(new Map());
  const linesRef = useRef(lines);
  linesRef.current = lines;
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
    hover.current = editorHover(ed, (target: HoverTarget) => {
      const model = ed.getModel();
      if (!model) return undefined;
      if (target.kind === 'glyph') return execHover(linesRef.current, model.getLineCount(), target.line);
      const messages = markerMessages(model, target.line, target.column);
      return messages.length > 0 ? messages.join('\n') : undefined;
    });
    everyLine(ed, decorations.current);
    execShown.current = showExecLines(host.current!, linesRef.current, ed.getModel()?.getLineCount() ?? 1, execShown.current);
    const sub = ed.onDidChangeModelContent(() => {
      // Lines came or went: each line gets its decoration again, and the attributes their clamp.
      everyLine(ed, decorations.current!);
      execShown.current = showExecLines(host.current!, linesRef.current, ed.getModel()?.getLineCount() ?? 1, execShown.current);
      onChangeRef.current(ed.getValue());
    });
    ed.addCommand(monaco.KeyCode.Escape, () => onEscapeRef.current?.(), ESCAPE_LEAVES);
    return () => {
      sub.dispose();
      hover.current?.dispose();
      hover.current = null;
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

  // The executing lines (src/ui/components/execLines.ts): a scrub step sets attributes on the
  // host, never Monaco's decorations, so Monaco does not re-render its lines at each step (issue 10).
  useLayoutEffect(() => {
    const el = host.current;
    const model = editor.current?.getModel();
    if (!el || !model) return;
    execShown.current = showExecLines(el, lines, model.getLineCount(), execShown.current);
    // In the layout effect too: a passive effect whose input changes at every step is flushed
    // by React in a scheduler task after every step.
    hover.current?.refresh();
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
    hover.current?.refresh();
  }, [errors]);

  return <div className="monaco-host" ref={host} data-role="editor" />;
}

/** One decoration on every line, without colour: a line's attribute on the host colours it (execLines.ts). */
function everyLine(ed: monaco.editor.IStandaloneCodeEditor, collection: monaco.editor.IEditorDecorationsCollection): void {
  const n = ed.getModel()?.getLineCount() ?? 0;
  const all: monaco.editor.IModelDeltaDecoration[] = [];
  for (let line = 1; line <= n; line++)
    all.push({
      range: new monaco.Range(line, 1, line, 1),
      options: { isWholeLine: true, className: `exec-line exec-L${line}`, glyphMarginClassName: `exec-glyph exec-G${line}` },
    });
  collection.set(all);
}
