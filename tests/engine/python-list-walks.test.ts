/**
 * Python's natives that walk or move a list's items (issue 10). Each call is bounded by the
 * array cap, but a loop of them was not: `x in a`, `a.count(x)`, `a[::-1]`, `a.sort()` on a
 * 4-million-item list run no statement per item, so a loop of a hundred of them was a few
 * hundred steps and minutes of wall time, past every clock check of the page's time budget.
 * Each now charges its work (a step per 64 items: runtime/limits.ts chargeVisit), so a loop of
 * them meets the budget as the loop written out would. Copying or merging a dict or a set is
 * an item per item, as the loop adding them one by one would take.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { runInCPython } from '../oracle/pyodide-oracle';

const LIST = 'a = [0] * (2 ** 22)\nb = [0] * (2 ** 22)\ns = "x" * (2 ** 22)\n';
const loopOf = (expr: string) => `${LIST}for _ in range(100):\n    r = ${expr}\nprint("finished")\n`;
const run = (src: string, budget = 1_000_000) => runProgram(src, { lang: 'py', model: 'python', budget, recordEvents: false });

describe('a loop of walks over a long list meets the step budget', () => {
  it.each([
    '1 in a',
    '1 in tuple(a)',
    'a.count(1)',
    'tuple(a).count(1)',
    'a.index(1) if 1 in b else 0',
    'a.copy()',
    'a[:]',
    'a[::-1]',
    's[::-1]',
    'a.reverse()',
    'a.sort()',
    'sum(a)',
    'any(a)',
    'list(filter(None, a))',
    'a.insert(0, 1)',
    'a.pop(0)',
    's.upper()',
    's.find("y")',
    '"y" in s',
    's.isalpha()',
    's.strip()',
  ])('%s', (expr) => {
    const r = run(loopOf(expr));
    expect(r.stdout).toEqual([]);
    expect(r.errorKind).toBe('budget');
  });
});

const DICTS = 'd = {i: i for i in range(2 ** 16)}\ne = dict(d)\nst = set(range(2 ** 16))\n';

describe('a loop copying, merging or comparing 65k-item dicts and sets meets the step budget', () => {
  it.each([
    'd.copy()',
    'dict(d)',
    'd | e',
    'd == e',
    'd.keys() & e.keys()',
    'st.copy()',
    'set(st)',
    'frozenset(st)',
    'st | st',
    'st & st',
    'st - st',
    'st ^ st',
    'st <= set(st)',
    'st.issubset(st)',
    'st.union(st)',
  ])('%s', (expr) => {
    const r = run(`${DICTS}for _ in range(1000):\n    r = ${expr}\nprint("finished")\n`);
    expect(r.stdout).toEqual([]);
    expect(r.errorKind).toBe('budget');
  });
});

describe('a walk is charged by the items it visits', () => {
  it.each(['0 in a', 'a.index(0)', 'a[0:10]', 'a[-1]', 'a.pop()', 'len(s)', 's[7]', 's.startswith("x")'])(
    '%s near the start or end is cheap',
    (expr) => {
      const r = run(loopOf(expr));
      expect(r.error).toBeNull();
      expect(r.stdout).toEqual(['finished']);
    },
  );
});

describe('what a walk answers is unchanged', () => {
  it('membership, counting, indexing, slicing, sorting and popping, as in CPython 3.14', async () => {
    const src =
      [
        'a = [3, 1, 2, 3, 1]',
        'print(3 in a, 7 in a, 1 in (2, 1), a.count(3), (3, 3, 1).count(3), a.index(1), a.index(1, 2), a[::-2], a[1:4])',
        'a.sort()',
        'a.insert(1, 9)',
        'print(a.pop(0), a.pop(), a)',
        'a.reverse()',
        'c = a.copy()',
        'c.remove(9)',
        'd = {1: 2, 3: 4}',
        'st = {5, 1, 9, 3}',
        'print(d.copy(), dict(d) == d, d | {3: 5, 6: 7}, st | {2}, st & {1, 9}, st - {1}, st ^ {1, 2}, st <= st | {0}, st.issubset({1}))',
        'print(a, c, "héllo"[::-1], "abcdef"[1::2], "ab\\udc00cd"[::-2], "ab\\U0001F600cd"[::-1])',
        'try:',
        '    a.index(42)',
        'except ValueError as e:',
        '    print(e)',
      ].join('\n') + '\n';
    const real = await runInCPython(src);
    const r = run(src);
    expect(r.error).toBeNull();
    expect(r.stdout).toEqual(real.stdout);
    expect(r.stdout).toHaveLength(5);
  }, 120_000);
});

it('indexing a long string character by character is linear, not quadratic', () => {
  // `s[i]` and `len(s)` count by code point; looking the whole string over at every index made
  // this loop take minutes (2**18 looks at 512 KB each: over 100 s) where CPython takes a
  // fraction of a second. The string holds a character past Latin-1 ('€'): V8 answers the look
  // at once for a one-byte string, so only a two-byte one shows the walk.
  const r = run('s = "€" * (2 ** 18) + "y"\nn = 0\nfor i in range(len(s)):\n    if s[i] == "y":\n        n += i\nprint(n)\n', 20_000_000);
  expect(r.error).toBeNull();
  expect(r.stdout).toEqual([String(2 ** 18)]);
});
