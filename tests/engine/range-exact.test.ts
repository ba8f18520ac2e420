/**
 * A range past 2**52 on a 64-bit CPython (runtime/python/range.ts): what
 * tests/runtime/python/programs/range_exact.py cannot ask Pyodide, whose CPython is 32-bit
 * (`sys.maxsize` is 2**31 - 1 there, and a length past it is an OverflowError). The expected
 * lines are native CPython 3.13's (64-bit), printed by this very program.
 */
import { expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';

const PROGRAM = `import sys
print(len(range(2**62)), len(range(2**63 - 1)), range(sys.maxsize), range(sys.maxsize)[-1])
for i in range(sys.maxsize):
    if i > 2:
        break
    print(i)
print(hash(range(3)), hash(range(0)), hash(range(0, 10**30, 7)))
try:
    len(range(2**63))
except OverflowError as e:
    print("OverflowError", e)
`;

it('a range of any size as 64-bit CPython has it: len, repr, items, hash', () => {
  for (const model of ['python', 'python-eager'] as const) {
    expect(runProgram(PROGRAM, { lang: 'py', model }).stdout, model).toEqual([
      '4611686018427387904 9223372036854775807 range(0, 9223372036854775807) 9223372036854775806',
      '0',
      '1',
      '2',
      '-8338477496398685190 2676694398852732306 2650796735244109114',
      'OverflowError Python int too large to convert to C ssize_t',
    ]);
  }
});
