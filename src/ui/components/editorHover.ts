/**
 * The editor's hover: the message of the error or hint marker under the mouse, and on the dot
 * of an executing line in the glyph margin, the models executing it (execLines.ts `execHover`).
 * Ctrl+K Ctrl+I (Monaco's key for it) shows the markers at the cursor.
 *
 * Monaco's hover contribution (`monaco-editor/features/hover/register`) showed both, but it
 * imports far more than a hover: the find widget, go-to-definition and its peek view, code
 * actions and their light bulb, the colour picker, inlay hints and marker navigation. That was
 * 11 % of Monaco's chunk (3.07 → 2.72 MB minified) and 31 % of its CSS, all parsed and evaluated
 * before the editor takes a keystroke (issue 10: an interactive editor in < 2 s on a cold load),
 * for two plain texts. So this is a plain-text tooltip (textContent: a message is never markup)
 * driven by the editor's public mouse and key events.
 */
import { monaco } from '../monacoSetup';
import './editorHover.css';

/** Monaco's own hover delay (its `hover.delay` option's default), so the hover feels as it did. */
const HOVER_DELAY_MS = 300;

/** What the mouse (or the cursor) points at: a position in the text, or a line's glyph. */
export type HoverTarget = { kind: 'text'; line: number; column: number } | { kind: 'glyph'; line: number };

export interface EditorHover {
  /** The texts behind the shown hover changed (a scrub step, new markers): show the new one, or hide. */
  refresh(): void;
  dispose(): void;
}

/** The message of every marker of `model` whose range contains the position, in Monaco's marker order. */
export function markerMessages(model: monaco.editor.ITextModel, line: number, column: number): string[] {
  const at = { lineNumber: line, column };
  return monaco.editor
    .getModelMarkers({ resource: model.uri })
    .filter((m) => monaco.Range.containsPosition(m, at))
    .map((m) => m.message);
}

/** `textOf` says what to show for a target, or undefined for nothing. */
export function editorHover(ed: monaco.editor.IStandaloneCodeEditor, textOf: (target: HoverTarget) => string | undefined): EditorHover {
  let el: HTMLDivElement | null = null;
  /** The target whose text is on screen. */
  let shown: HoverTarget | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const hide = () => {
    clearTimeout(timer);
    timer = undefined;
    shown = null;
    if (el) el.hidden = true;
  };

  const show = (target: HoverTarget, text: string) => {
    if (!el) {
      el = document.createElement('div');
      el.className = 'editor-hover';
      el.dataset.role = 'editor-hover';
      el.setAttribute('role', 'tooltip');
      document.body.append(el);
    }
    shown = target;
    el.textContent = text;
    el.hidden = false;
    place(ed, el, target);
  };

  const pointAt = (target: HoverTarget | null) => {
    const text = target ? textOf(target) : undefined;
    if (!target || text === undefined) return hide();
    // The same text on the same line stays where it is, as the mouse moves along a marker.
    if (shown && shown.kind === target.kind && shown.line === target.line && el?.textContent === text) return;
    clearTimeout(timer);
    // Already showing one: the next follows the mouse at once, as Monaco's did.
    if (shown) show(target, text);
    else
      timer = setTimeout(() => {
        timer = undefined;
        const now = textOf(target);
        if (now !== undefined) show(target, now);
      }, HOVER_DELAY_MS);
  };

  const subscriptions = [
    ed.onMouseMove((e) => {
      const t = e.target;
      const p = t.position;
      if (p && t.type === monaco.editor.MouseTargetType.GUTTER_GLYPH_MARGIN) pointAt({ kind: 'glyph', line: p.lineNumber });
      else if (p && t.type === monaco.editor.MouseTargetType.CONTENT_TEXT) pointAt({ kind: 'text', line: p.lineNumber, column: p.column });
      else pointAt(null);
    }),
    ed.onMouseLeave(hide),
    ed.onMouseDown(hide),
    // The hover stands at a line: once the lines move under it, it would point elsewhere.
    ed.onDidScrollChange(hide),
    ed.onDidLayoutChange(hide),
    // Typing hides it (as Monaco's did); the key chord below shows it again after its keys.
    ed.onKeyDown(hide),
  ];
  ed.addCommand(monaco.KeyMod.chord(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyK, monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyI), () => {
    const p = ed.getPosition();
    if (!p) return;
    const target: HoverTarget = { kind: 'text', line: p.lineNumber, column: p.column };
    const text = textOf(target);
    if (text !== undefined) show(target, text);
  });

  return {
    refresh() {
      if (!shown) return;
      const text = textOf(shown);
      if (text === undefined) hide();
      else if (el && el.textContent !== text) {
        el.textContent = text;
        place(ed, el, shown);
      }
    },
    dispose() {
      hide();
      for (const s of subscriptions) s.dispose();
      el?.remove();
      el = null;
    },
  };
}

/** Above the target's line (below it when there is no room), its left edge at the target, kept inside the window. */
function place(ed: monaco.editor.IStandaloneCodeEditor, el: HTMLElement, target: HoverTarget): void {
  const host = ed.getDomNode();
  const at = ed.getScrolledVisiblePosition({ lineNumber: target.line, column: target.kind === 'text' ? target.column : 1 });
  if (!host || !at) return;
  const box = host.getBoundingClientRect();
  // The glyph margin is the editor's first column: its dot is at the editor's left edge.
  const left = box.left + (target.kind === 'text' ? at.left : 0);
  const lineTop = box.top + at.top;
  const { width, height } = el.getBoundingClientRect();
  const gap = 4;
  const top = lineTop - height - gap >= 0 ? lineTop - height - gap : lineTop + at.height + gap;
  el.style.left = `${Math.max(0, Math.min(left, window.innerWidth - width - gap))}px`;
  el.style.top = `${top}px`;
}
