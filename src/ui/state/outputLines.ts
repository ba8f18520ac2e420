/**
 * The lines of a model's output as stdout has them. The fold keeps one entry per print event
 * (state/fold.ts), and a write that ended without a newline (`print('a', end='')`,
 * `sys.stdout.write`, `process.stdout.write`) leaves its line open: the next print's text
 * extends it (`continues`). Shown one entry per row, `print('a', end='')` then `print('b')`
 * read as two lines where the program printed "ab".
 *
 * A joined line keeps its first part's event (`seq`, `time`, `id`): it is on screen from
 * there, and grows as the later parts are printed.
 */
import type { ListView, OutputLine } from './types';

/** The entries joined into lines (the same array items when no entry continues another). */
export function outputLines(entries: ListView<OutputLine> | readonly OutputLine[]): OutputLine[] {
  const lines: OutputLine[] = [];
  for (const e of entries) {
    const last = lines.length - 1;
    if (e.continues && last >= 0) {
      const open = lines[last]!;
      lines[last] = { text: open.text + e.text, id: open.id, seq: open.seq, time: open.time };
    } else if (e.continues) lines.push({ text: e.text, id: e.id, seq: e.seq, time: e.time });
    else lines.push(e);
  }
  return lines;
}
