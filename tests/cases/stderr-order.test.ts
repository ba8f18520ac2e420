/**
 * Where the engine records what a program wrote to stderr (console.error, process.stderr.write,
 * Python's logging and print(file=sys.stderr)): among the stdout lines, in the order written,
 * as a terminal shows the two streams. own-cases.test.ts checks each stream's lines against
 * the real runtimes; this checks their order: the print events of a recording (both streams,
 * a write that continues an open line joined to it) against the real runtime's stdout and
 * stderr captured into one file (Node) or one buffer (CPython 3.14, pyodide_harness.py
 * `combined`). The cases are the own cases named `stderr_*`.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runProgram } from '../../src/engine/engine';
import type { EngineEvent } from '../../src/engine/api';
import type { ModelName } from '../../src/engine/names';
import { detectJsMode } from '../../src/engine/syntax/index';
import { runInNodeCombined } from '../oracle/node-oracle';
import { runInCPython } from '../oracle/pyodide-oracle';
import { comparableStderr } from '../support/normalize';

const DIR = fileURLToPath(new URL('.', import.meta.url));
const cases = (sub: string) =>
  readdirSync(join(DIR, sub))
    .filter((f) => f.startsWith('stderr_'))
    .sort();

/** The recording's lines of both streams in the order the engine placed them. */
function recordedLines(events: EngineEvent[]): string[] {
  const lines: { text: string; stderr: boolean }[] = [];
  for (const e of events) {
    if (e.type !== 'print') continue;
    const stderr = e.stream === 'stderr';
    if (e.continues) {
      const open = lines.findLast((l) => l.stderr === stderr);
      if (open) {
        open.text += e.text;
        continue;
      }
    }
    lines.push({ text: e.text, stderr });
  }
  return lines.map((l) => l.text);
}

function engineLines(source: string, lang: 'py' | 'js', model: ModelName, jsMode?: 'commonjs' | 'module') {
  const r = runProgram(source, { lang, model, recordEvents: true, jsMode });
  expect(r.error).toBeNull();
  return comparableStderr(recordedLines(r.events));
}

describe('stderr lines among stdout, in the order written', () => {
  it('there are cases of both languages', () => {
    expect(cases('js').length).toBeGreaterThan(0);
    expect(cases('py').length).toBeGreaterThan(0);
  });
  for (const f of cases('js')) {
    const source = readFileSync(join(DIR, 'js', f), 'utf8');
    const modes = detectJsMode(source).mode === 'commonjs' ? (['module', 'commonjs'] as const) : (['module'] as const);
    for (const mode of modes) {
      it(`js/${f} under js (${mode})`, () => {
        const real = comparableStderr(runInNodeCombined(source, mode));
        expect(real.length).toBeGreaterThan(0);
        expect(engineLines(source, 'js', 'js', mode)).toEqual(real);
      });
    }
  }
  for (const f of cases('py')) {
    const source = readFileSync(join(DIR, 'py', f), 'utf8');
    for (const model of ['python', 'python-eager'] as const) {
      it(`py/${f} under ${model}`, async () => {
        const real = await runInCPython(source, { eager: model === 'python-eager' });
        expect(real.error).toBeNull();
        expect(real.stderr.length).toBeGreaterThan(0);
        expect(engineLines(source, 'py', model)).toEqual(comparableStderr(real.combined));
      });
    }
  }
});
