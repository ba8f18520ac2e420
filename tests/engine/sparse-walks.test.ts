/**
 * An array's length is not what it holds (issue 10): `a[2**32 - 2] = 1` makes a length of
 * 4,294,967,295 with one element. Every native that walked the indices up to the length in one
 * call (indexOf, join, forEach skipping holes, reverse, sort, splice, inspecting, listing the
 * keys, spreading into an object…) ran for minutes where no budget looked, and the page's
 * watchdog had to kill the worker. A walk is now charged before it starts (array.ts `walk`), so
 * it meets the step budget at once; what Node does by the elements an array holds (printing,
 * listing keys, cloning) the engine does by them too (properties.ts presentIndices), and
 * `REAL` below prints what real Node prints for those.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../src/engine/engine';
import { runInNode } from '../oracle/node-oracle';

const SPARSE = 'const a = [];\na[2 ** 32 - 2] = 1;\n';
const run = (body: string, budget = 1_000_000) => runProgram(SPARSE + body, { lang: 'js', model: 'js', budget });

describe("a walk over a sparse array's length stops at the step budget", () => {
  it.each([
    'a.indexOf(2)',
    'a.lastIndexOf(2)',
    'a.includes(2)',
    "a.join('')",
    'String(a)',
    'a.toLocaleString()',
    'a.reverse()',
    'a.sort()',
    'a.slice()',
    'a.splice(0, 1)',
    'a.shift()',
    'a.unshift(0)',
    'a.copyWithin(0, 1)',
    'a.forEach((x) => x)',
    'a.map((x) => x)',
    'a.filter((x) => x)',
    'a.some((x) => x === 2)',
    'a.every((x) => x !== 2)',
    'a.reduce((s, x) => s + x, 0)',
    'a.reduceRight((s, x) => s + x, 0)',
    'a.flatMap((x) => x)',
    'a.find((x) => x === 2)',
    'a.flat()',
  ])('%s', (call) => {
    const r = run(`console.log(${call});\n`);
    expect(r.errorKind).toBe('budget');
    expect(r.error).toMatch(/^Step budget exhausted/);
  });

  it('a loop of walks over a long real array is charged per index, not per call', () => {
    // 2**20 elements: a step per 64 indices, 16,385 a call, so 100 calls are past 1M steps
    // where the loop itself is a few hundred.
    const r = runProgram('const a = new Array(2 ** 20).fill(0);\nfor (let i = 0; i < 100; i++) a.indexOf(1);\nconsole.log("done");\n', {
      lang: 'js',
      model: 'js',
      budget: 1_000_000,
    });
    expect(r.errorKind).toBe('budget');
  });
});

describe('what the real runtime does by the elements a sparse array holds, the engine does too', () => {
  it.each([
    ['console.log(a)', '[ <4294967294 empty items>, 1 ]'],
    ['console.log(Object.keys(a), Object.entries(a))', "[ '4294967294' ] [ [ '4294967294', 1 ] ]"],
    ['let n = 0;\nfor (const k in a) n++;\nconsole.log(n)', '1'],
    ['console.log({ ...a })', "{ '4294967294': 1 }"],
    ['console.log(structuredClone(a).length)', '4294967295'],
  ])('%s', (body, printed) => {
    const r = run(`${body};\n`);
    expect(r.error).toBeNull();
    expect(r.stdout).toEqual([printed]);
  });

  it.each([
    ['JSON.stringify(a)', 'RangeError: Invalid string length'],
    ['[...a]', 'RangeError: Invalid array length'],
    ['a.toSorted()', 'RangeError: Invalid array length'],
    ['a.with(0, 1)', 'RangeError: Invalid array length'],
  ])('%s is past a cap at once', (call, error) => {
    const r = run(`try {\n  ${call};\n} catch (e) {\n  console.log(\`\${e.name}: \${e.message}\`);\n}\n`);
    expect(r.error).toBeNull();
    expect(r.stdout).toEqual([error]);
  });
});

/**
 * What Node does at once with a sparse array of length 2**32 - 1, compared with real Node 20.
 * (Not an own case under tests/cases/js: the trace suite also runs those under promisio,
 * where Python's print cannot show a list of that length: see below.)
 */
const REAL = `const a = [];
a[2 ** 32 - 2] = 1;
a[7] = 'seven';
console.log(a.length);
console.log(a);
console.log(Object.keys(a), Object.values(a), Object.entries(a));
console.log(Object.getOwnPropertyNames(a), Reflect.ownKeys(a));
let n = 0;
for (const k in a) n += Number(k);
console.log(n);
console.log({ ...a }, Object.assign({}, a));
const { 7: seven, ...rest } = a;
console.log(seven, rest);
const copy = structuredClone(a);
console.log(copy.length, copy[7], copy[2 ** 32 - 2], 8 in copy);
console.log(a.at(-1), a.findLast((x) => x !== undefined), a.findLastIndex((x) => x === 1));
try {
  JSON.stringify(a);
} catch (e) {
  console.log(\`\${e.name}: \${e.message}\`);
}
console.log(a.pop(), a.length);
`;

it('a sparse array of length 2**32 - 1 prints, lists, spreads and clones as in real Node', () => {
  const real = runInNode(REAL);
  const r = runProgram(REAL, { lang: 'js', model: 'js', recordEvents: false });
  expect({ stdout: r.stdout, error: r.error }).toEqual({ stdout: real.stdout, error: real.error });
});

/**
 * Under a Python model a JavaScript array reaches Python's natives: `console.log` is the shim's
 * `print`, `Promise` is promisio's. They walked the length in one call (printing ran for minutes;
 * `Promise.all` aborted the host with V8's fatal "heap out of memory"). A list that long cannot
 * be printed (its text is past the string cap: MemoryError), and a walk takes a step per item
 * (runtime/python/iteration.ts ListIteration), so it meets the budget.
 */
describe('a sparse JavaScript array under the Python models', () => {
  const models = ['python', 'python-eager', 'promisio'] as const;
  const runPy = (body: string, model: (typeof models)[number]) =>
    runProgram(SPARSE + body, { lang: 'js', model, budget: 1_000_000, recordEvents: false });

  it.each(models)('print of it is a MemoryError at once, under %s', (model) => {
    const r = runPy('console.log(a.length);\nconsole.log(a);\n', model);
    expect(r.stdout).toEqual(['4294967295']);
    expect(r.error).toMatch(/^MemoryError/);
  });

  it.each(models.flatMap((m) => ['Promise.all(a)', 'Promise.race(a)', 'Promise.any(a)'].map((c) => [c, m])))(
    '%s stops at the step budget under %s',
    (call, model) => {
      const r = runPy(`${call};\n`, model as (typeof models)[number]);
      expect(r.errorKind).toBe('budget');
      expect(r.error).toMatch(/^Step budget exhausted/);
    },
  );
});
