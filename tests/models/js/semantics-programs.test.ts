/**
 * Every deterministic JavaScript program of docs/semantics.md §1, run through the
 * whole engine under the `js` model, must print what real Node v20.20.2 printed there
 * (semantics-programs.json; checked against the real-Node oracle when it was copied).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { runProgram } from '../../../src/engine/engine';

interface Program {
  name: string;
  source: string;
  stdout: string[];
  error: string | null;
  warnings: string[];
}

const { programs } = JSON.parse(readFileSync(new URL('./semantics-programs.json', import.meta.url), 'utf8')) as { programs: Program[] };

describe('docs/semantics.md §1 programs under the js model', () => {
  for (const p of programs) {
    it(p.name, () => {
      const r = runProgram(p.source, { lang: 'js', model: 'js', recordEvents: false });
      expect({ stdout: r.stdout, error: r.error, warnings: r.warnings }).toEqual({
        stdout: p.stdout,
        error: p.error,
        warnings: p.warnings,
      });
    });
  }

  it('records events for js/14 without changing the output', () => {
    const p = programs.find((x) => x.name.startsWith('js/14'))!;
    const r = runProgram(p.source, { lang: 'js', model: 'js', recordEvents: true });
    expect(r.stdout).toEqual(p.stdout);
    expect(r.events.some((e) => e.type === 'awaited')).toBe(true);
  });

  it('an unhandled rejection from an async function points at its throw', () => {
    const r = runProgram("async function f() {\n  await null;\n  throw new Error('x');\n}\nf();\n", { lang: 'js', model: 'js' });
    expect(r).toMatchObject({ error: 'Error: x', errorKind: 'unhandled-rejection', errorPos: { line: 3, col: 2 } });
    expect(r.events.filter((e) => e.type === 'error')).toHaveLength(1);
  });
});
