/**
 * Regular expressions run on the host's engine (src/engine/runtime/js/builtins/regexp.ts),
 * but each call is charged steps in proportion to its input, so a loop of matches over a
 * long string exhausts the step budget after a few iterations rather than thousands.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';

const LONG = `const s = 'ab'.repeat(100_000);\nlet n = 0;\n`;

describe('regexp calls count against the step budget', () => {
  for (const [name, call] of [
    ['exec', '/b/g.exec(s)'],
    ['test', '/zz/.test(s)'],
    ['match', 's.match(/a/g)'],
    ['replace', "s.replace(/a/g, 'c')"],
    ['split', 's.split(/b/)'],
    ['search', 's.search(/z/)'],
    ['matchAll', '[...s.matchAll(/zz/g)]'],
  ] as const) {
    it(`${name} over 200,000 characters`, () => {
      const source = `${LONG}for (let i = 0; i < 1000; i++) { ${call}; n++; }\nconsole.log(n);\n`;
      const r = runProgram(source, { lang: 'js', model: 'js', budget: 1_000_000, recordEvents: false });
      expect(r.errorKind).toBe('budget');
      // Without the charge, 1000 iterations cost a few thousand steps and would finish.
      const cheap = runProgram(source.replace("'ab'.repeat(100_000)", "'ab'"), {
        lang: 'js',
        model: 'js',
        budget: 1_000_000,
        recordEvents: false,
      });
      expect(cheap).toMatchObject({ stdout: ['1000'], error: null });
    });
  }
});
