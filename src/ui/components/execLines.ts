/**
 * The line each model is executing, as the editor shows it: a band in the first model's colour
 * across the line and a dot in the glyph margin (two colours when several models are there).
 *
 * Monaco re-renders every visible line, its overlays and its glyph margin whenever a decoration
 * changes (ViewLines.onDecorationsChanged invalidates them all), and the executing line changes
 * at almost every playback step: in `npm run bench:ui -- --profile` that render was ~1.7 ms of
 * script per scrub step, plus the layout and paint of the lines it rebuilt (issue 10: a step
 * must cost ≤ 4 ms). So the decorations are made once per text, one on every line, with no
 * colour (`exec-L<n>` on the line's band, `exec-G<n>` on its glyph), and a step only sets an
 * attribute per executing line on the editor's host element, `data-exec-<n>="<model>[ many]"`;
 * a stylesheet written once per line count colours the band and the glyph of the lines whose
 * attribute is set. The colours are the ones styles.css names (`--exec-band-<model>`, `--<model>`,
 * `--exec-glyph-many`).
 *
 * The glyph's hover text ("executing under js, python", `execHover`) is no decoration: the
 * editor's hover (editorHover.ts) asks for it when the mouse is on a line's glyph.
 */
import { MODEL_NAMES, type ModelName } from '../../engine/api';

export interface EditorLine {
  model: ModelName;
  line: number;
}

/** The models on each executing line, in the order `lines` lists them; lines past the text's end are its last line (as Monaco clamps a range). */
export function modelsByLine(lines: readonly EditorLine[], lineCount: number): Map<number, ModelName[]> {
  const byLine = new Map<number, ModelName[]>();
  for (const l of lines) {
    const n = Math.min(Math.max(1, Math.floor(l.line)), Math.max(1, lineCount));
    const models = byLine.get(n);
    if (models) models.push(l.model);
    else byLine.set(n, [l.model]);
  }
  return byLine;
}

/** Line number → the value of its host attribute: the band's model, then `many` if more than one model executes it. */
export function execAttributes(lines: readonly EditorLine[], lineCount: number): Map<number, string> {
  const out = new Map<number, string>();
  for (const [n, models] of modelsByLine(lines, lineCount)) out.set(n, models.length > 1 ? `${models[0]} many` : models[0]!);
  return out;
}

/** The glyph's hover text on `line`, if a model executes it. */
export function execHover(lines: readonly EditorLine[], lineCount: number, line: number): string | undefined {
  const models = modelsByLine(lines, lineCount).get(line);
  return models ? `executing under ${models.join(', ')}` : undefined;
}

/** The rules colouring lines `from`..`to` (1-based, inclusive) when the host's attribute for them is set. */
export function execRules(from: number, to: number): string {
  const rules: string[] = [];
  for (let n = from; n <= to; n++) {
    for (const m of MODEL_NAMES) {
      const on = `.monaco-host[data-exec-${n}~="${m}"]`;
      rules.push(`${on} .exec-L${n}{background:var(--exec-band-${m})}`, `${on} .exec-G${n}{background:var(--${m})}`);
    }
    // Last: of equal specificity, it wins over the first model's colour.
    rules.push(`.monaco-host[data-exec-${n}~="many"] .exec-G${n}{background:var(--exec-glyph-many)}`);
  }
  return rules.join('\n');
}

/** The stylesheet of execRules, shared by every editor of the page; it only grows. */
let sheet: { el: HTMLStyleElement; lines: number } | null = null;

function ensureRules(lineCount: number): void {
  if (sheet && sheet.lines >= lineCount) return;
  if (!sheet) {
    const el = document.createElement('style');
    el.dataset.role = 'exec-lines';
    document.head.append(el);
    sheet = { el, lines: 0 };
  }
  // Whole hundreds, so that typing a few lines more does not rewrite the sheet each time.
  const to = Math.ceil(lineCount / 100) * 100;
  sheet.el.append(`\n${execRules(sheet.lines + 1, to)}`);
  sheet.lines = to;
}

/**
 * Sets the host's attributes for `lines` (the text has `lineCount` lines), changing only the
 * attributes whose value changed; returns the attributes now set, to pass as `shown` next time.
 */
export function showExecLines(
  host: HTMLElement,
  lines: readonly EditorLine[],
  lineCount: number,
  shown: ReadonlyMap<number, string>,
): Map<number, string> {
  ensureRules(lineCount);
  const next = execAttributes(lines, lineCount);
  for (const n of shown.keys()) if (!next.has(n)) host.removeAttribute(`data-exec-${n}`);
  for (const [n, v] of next) if (shown.get(n) !== v) host.setAttribute(`data-exec-${n}`, v);
  return next;
}
