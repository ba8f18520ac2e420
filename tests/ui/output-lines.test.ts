/**
 * The output panel's lines are stdout's lines, with stderr's among them where they were
 * written: a print that leaves its line open (`print(..., end='')`, `sys.stdout.write`,
 * `process.stdout.write`) and the prints that extend it are one row, at every playback
 * position as at the end.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { MODEL_NAMES as MODELS, type ModelName } from '../../src/engine/api';
import { foldEvents } from '../../src/ui/state/fold';
import { outputLines } from '../../src/ui/state/outputLines';
import { computeDivergence } from '../../src/ui/state/divergence';
import type { OutputLine } from '../../src/ui/state/types';

const CASES = fileURLToPath(new URL('../cases/', import.meta.url));
const read = (name: string) => readFileSync(CASES + name, 'utf8');

const lines = (source: string, model: ModelName, lang: 'py' | 'js') => {
  const run = runProgram(source, { lang, model, jsMode: 'auto' });
  return { run, final: foldEvents(run.events) };
};

describe('outputLines', () => {
  it('joins an entry that continues the line before into it, keeping the first part as the line', () => {
    const a: OutputLine = { text: 'a', id: 1, seq: 3, time: 0 };
    const b: OutputLine = { text: 'b', id: 2, seq: 5, time: 1, continues: true };
    const c: OutputLine = { text: 'c', id: 2, seq: 6, time: 1 };
    expect(outputLines([a, b, c])).toEqual([{ text: 'ab', id: 1, seq: 3, time: 0 }, c]);
    // Nothing to join: the very same items.
    expect(outputLines([a, c])[0]).toBe(a);
    // A continuation with nothing before it (its line began before the recording) is a line.
    expect(outputLines([b])).toEqual([{ text: 'b', id: 2, seq: 5, time: 1 }]);
  });

  it('a stderr line is its own row, and a continuation joins the open line of its own stream', () => {
    const a: OutputLine = { text: 'a', id: 1, seq: 3, time: 0 };
    const x: OutputLine = { text: 'x', id: 1, seq: 4, time: 0, stderr: true };
    const b: OutputLine = { text: 'b', id: 1, seq: 5, time: 0, continues: true };
    const y: OutputLine = { text: 'y', id: 1, seq: 6, time: 0, continues: true, stderr: true };
    expect(outputLines([a, x, b, y])).toEqual([
      { text: 'ab', id: 1, seq: 3, time: 0 },
      { text: 'xy', id: 1, seq: 4, time: 0, stderr: true },
    ]);
  });

  for (const model of MODELS)
    it(`console.error, logging: stderr rows among stdout's, in the order written (${model})`, () => {
      const { run, final } = lines(read('py/stderr_logging_and_print_file.py'), model, 'py');
      const shown = outputLines(final.output);
      expect(shown.filter((l) => !l.stderr).map((l) => l.text)).toEqual(run.stdout);
      if (model === 'js') return; // Python's logging under js is the shim's (shared/conformance/shims).
      expect(shown.filter((l) => l.stderr).map((l) => l.text)).toEqual(run.stderr);
      if (model === 'python')
        expect(shown.slice(0, 3).map((l) => [l.text, !!l.stderr])).toEqual([
          ['gathering', false],
          ['INFO w1: start 1', true],
          ['INFO w2: start 2', true],
        ]);
    });

  for (const model of MODELS)
    it(`print(end=''), sep, sys.stdout.write: the panel's lines are stdout's (${model})`, () => {
      const { run, final } = lines(read('py/print_end_sep_spinner.py'), model, 'py');
      expect(outputLines(final.output).map((l) => l.text)).toEqual(run.stdout);
      if (model === 'python') expect(run.stdout[0]).toBe('loading ...');
    });

  for (const model of MODELS)
    it(`process.stdout.write: the panel's lines are stdout's (${model})`, () => {
      const { run, final } = lines(read('js/node_process_stdout_write.js'), model, 'js');
      // Its process.stderr.write lines are rows of their own (stderr), among these.
      const shown = outputLines(final.output);
      expect(shown.filter((l) => !l.stderr).map((l) => l.text)).toEqual(run.stdout);
      if (model === 'js') expect(shown.filter((l) => l.stderr).map((l) => l.text)).toEqual(run.stderr);
      if (model === 'js') expect(run.stdout.slice(0, 2)).toEqual(['ab', 'c']);
    });

  it('at a position between the parts, the open line shows what was printed so far', () => {
    const { run } = lines("print('a', end='')\nprint('b')\nprint('c')\n", 'python', 'py');
    const second = run.events.findIndex((e) => e.type === 'print' && e.text === 'b');
    expect(run.events[second]).toMatchObject({ continues: true });
    expect(outputLines(foldEvents(run.events.slice(0, second)).output).map((l) => l.text)).toEqual(['a']);
    expect(outputLines(foldEvents(run.events.slice(0, second + 1)).output).map((l) => l.text)).toEqual(['ab']);
    expect(outputLines(foldEvents(run.events).output).map((l) => l.text)).toEqual(['ab', 'c']);
  });

  it('the models are compared line by line: the same line printed in parts is the same output', () => {
    const py = "print('x', end='')\nprint('y')\n";
    const js = "process.stdout.write('x');\nconsole.log('y');\n";
    const recs = [
      { model: 'python' as const, events: runProgram(py, { lang: 'py', model: 'python' }).events },
      { model: 'js' as const, events: runProgram(js, { lang: 'js', model: 'js', jsMode: 'auto' }).events },
    ].map((r) => ({ ...r, final: foldEvents(r.events) }));
    const d = computeDivergence(recs);
    expect(d.kind).toBe('same');
    expect(d.sentence).toContain('print the same line');
  });
});
