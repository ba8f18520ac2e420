/**
 * The fuzzer's mutations (mutate.ts): each is a pure function of its text and random stream,
 * so an input can be regenerated from (seed, index) alone, and `bigNumber` puts a size where
 * a number was (issue 10: natives that loop in proportion to an argument).
 */
import { describe, expect, it } from 'vitest';
import { parseSource } from '../../src/engine/engine';
import { MUTATIONS, mutate, rng } from './mutate';
import { JS_CALLS, likelyLang, PY_CALLS, PY_IMPORTS, statementOf } from './native-calls';

const PROGRAM = "for i in range(5):\n    print('-' * 3, i)\n";
const noOther = () => '';

describe('fuzz mutations', () => {
  it('give the same text for the same random stream', () => {
    for (const [name, m] of Object.entries(MUTATIONS)) {
      expect(
        m(PROGRAM, rng(7), () => 'x = 1\n'),
        name,
      ).toBe(m(PROGRAM, rng(7), () => 'x = 1\n'));
    }
    expect(mutate(PROGRAM, rng(11), noOther)).toEqual(mutate(PROGRAM, rng(11), noOther));
  });

  it('bigNumber replaces one number of the program and nothing else', () => {
    const seen = new Set<string>();
    for (let s = 1; s <= 200; s++) {
      const out = MUTATIONS.bigNumber!(PROGRAM, rng(s), noOther);
      const m = /^for i in range\((.+)\):\n {4}print\('-' \* (.+), i\)\n$/.exec(out);
      expect(m, out).not.toBeNull();
      const [, size, times] = m!;
      // Exactly one of the two numbers changed (no replacement is 5 or 3).
      expect([size !== '5', times !== '3'].filter(Boolean).length, out).toBe(1);
      seen.add(size !== '5' ? size! : times!);
    }
    expect(seen).toContain('10**9');
    expect(seen).toContain('2**32');
    expect(seen.size).toBeGreaterThan(8);
  });

  it('bigNumber leaves a program without numbers as it is', () => {
    expect(MUTATIONS.bigNumber!('print(x)\n', rng(3), noOther)).toBe('print(x)\n');
  });
});

describe('the native calls of the nativeCall mutation', () => {
  // A template its own front-end rejects would only ever give syntax errors.
  it.each([
    ['py', PY_CALLS],
    ['js', JS_CALLS],
  ] as const)('parse as %s with sizes in their places', (lang, calls) => {
    for (const call of calls) {
      const text = call.replace(/\b[NM]\b/g, '(2**32)');
      const statement = statementOf(lang, text);
      const program = lang === 'py' ? `${PY_IMPORTS}\n${statement}\n` : `${statement}\n`;
      expect(() => parseSource(program, lang), program).not.toThrow();
    }
  });

  it('follow the language a program looks written in', () => {
    expect(likelyLang('import asyncio\n\nasync def main():\n    await asyncio.sleep(0)\n')).toBe('py');
    expect(likelyLang('async function main() {\n  await null;\n}\nmain();\n')).toBe('js');
    const r = rng(1);
    for (let i = 0; i < 50; i++) {
      const py = MUTATIONS.nativeCall!('def f():\n    return 1\n', r, noOther);
      expect(py.startsWith(`${PY_IMPORTS}\n`), py).toBe(true);
      expect(py.split('\n').length, py).toBe(5);
      const js = MUTATIONS.nativeCall!('function f() {\n  return 1;\n}\n', r, noOther);
      expect(js, js).toMatch(/^(?: {2})?(?:void \(.*\);|\{ .*; \})$/m);
    }
  });
});
