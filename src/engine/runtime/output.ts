/**
 * The program's two output streams, stdout and stderr, as a terminal receives them.
 *
 * stdout is what the conformance expectations compare (`print`, `console.log`,
 * `sys.stdout.write`, `process.stdout.write`). stderr is what a program writes for people to
 * read beside it: `console.error` / `console.warn` / `console.trace`, `process.stderr.write`,
 * Python's `logging` and `print(..., file=sys.stderr)`. Both are recorded as `print` events,
 * stderr's marked `stream: 'stderr'`, so the page shows every line where it was written: a
 * `.catch(console.error)` or a `logging.warning` that printed nothing on the page taught that
 * the line never ran. The runtimes' own diagnostics (Node's `(node:PID) Warning`, asyncio's
 * "Task exception was never retrieved") stay warnings (`Realm.warn`), not stderr lines.
 *
 * Each stream keeps its lines apart, as the two files are: a write that leaves a line open
 * (no newline yet) is continued by the next write to the same stream, whatever the other
 * stream wrote in between, so stdout's lines are the ones a capture of stdout alone has.
 */
import type { Pos } from '../events/types';
import type { Recorder } from '../events/recorder';

export type StreamName = 'stdout' | 'stderr';

export class OutputStreams {
  readonly stdout: string[] = [];
  readonly stderr: string[] = [];
  /** For each stderr line, how many stdout lines there were when it was written (the two in the order written). */
  readonly stderrAt: number[] = [];
  /** Lines written past the cap: neither kept nor recorded. */
  dropped = 0;
  /** Index in each stream's lines of a line a write left open (no newline yet), or -1. */
  private openOut = -1;
  private openErr = -1;

  constructor(
    private readonly rec: Recorder,
    /** Lines kept, both streams together (a run printing millions of lines must not hold them all: issue 10). */
    private readonly maxLines: number,
  ) {}

  /** Complete lines (`text` split at its newlines), at `loc`, by the recorder's current invocation. */
  print(text: string, stream: StreamName, loc: Pos | undefined): void {
    const lines = stream === 'stdout' ? this.stdout : this.stderr;
    for (const line of text.split('\n')) {
      if (this.stdout.length + this.stderr.length >= this.maxLines) {
        this.dropped++;
        continue;
      }
      lines.push(line);
      if (stream === 'stdout') this.rec.print(line, this.rec.current, loc);
      else {
        this.stderrAt.push(this.stdout.length);
        this.rec.emit({ type: 'print', text: line, id: this.rec.current, loc, stream: 'stderr' });
      }
    }
  }

  /**
   * Text as a stream takes it: complete lines go through `printLines` (the realm's `print`,
   * which a modelled thread may redirect), and a last piece with no newline is printed at once
   * (so output is never lost) and left open for the stream's next write to extend (Python's
   * `print(..., end='')` and `sys.stdout.write`, Node's `process.stdout.write` and
   * `console.log`, which write to the same stream).
   */
  write(text: string, stream: StreamName, loc: Pos | undefined, printLines: (text: string) => void): void {
    if (text === '') return;
    const lines = stream === 'stdout' ? this.stdout : this.stderr;
    const openLine = stream === 'stdout' ? this.openOut : this.openErr;
    const open = openLine >= 0 && openLine === lines.length - 1;
    if (!open && text.charCodeAt(text.length - 1) === 10) {
      // Whole lines and nothing open (every console.log, most prints): printed as they are.
      this.setOpen(stream, -1);
      printLines(text.slice(0, -1));
      return;
    }
    const parts = text.split('\n');
    if (open) {
      const first = parts.shift()!;
      lines[openLine] += first;
      // Marked as the rest of the open line, so the page shows one line as the stream has it
      // (`print('a', end='')` then `print('b')` is the line "ab", not two lines).
      if (first !== '') {
        const id = this.rec.current;
        this.rec.emit(
          stream === 'stdout'
            ? { type: 'print', text: first, id, loc, continues: true }
            : { type: 'print', text: first, id, loc, continues: true, stream: 'stderr' },
        );
      }
      this.setOpen(stream, -1);
      if (parts.length === 0) {
        this.setOpen(stream, lines.length - 1);
        return;
      }
    }
    this.setOpen(stream, -1);
    const last = parts.pop()!;
    if (parts.length > 0) printLines(parts.join('\n'));
    if (last !== '') {
      printLines(last);
      this.setOpen(stream, lines.length - 1);
    }
  }

  private setOpen(stream: StreamName, index: number): void {
    if (stream === 'stdout') this.openOut = index;
    else this.openErr = index;
  }
}
