/**
 * The lines of a model's output as stdout and stderr have them, in the order written. The fold keeps one entry per print event
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
    if (!e.continues) {
      lines.push(e);
      continue;
    }
    // The open line is the stream's last: stdout and stderr keep their lines apart (the
    // engine's runtime/output.ts), so a stderr line written in between does not end it.
    let last = lines.length - 1;
    while (last >= 0 && lines[last]!.stderr !== e.stderr) last--;
    if (last >= 0) {
      const open = lines[last]!;
      const joined: OutputLine = { text: open.text + e.text, id: open.id, seq: open.seq, time: open.time };
      if (open.stderr) joined.stderr = true;
      lines[last] = joined;
    } else
      lines.push(
        e.stderr
          ? { text: e.text, id: e.id, seq: e.seq, time: e.time, stderr: true }
          : { text: e.text, id: e.id, seq: e.seq, time: e.time },
      );
  }
  return lines;
}
