/**
 * A program's many values handed on by a native (issue 10). A call takes up to 125,000
 * arguments, as Node's main thread does (limits.ts MAX_CALL_ARGUMENTS), but a native that spread
 * them into a host call (`Math.max(...args)`, `arr.splice(s, d, ...items)`) did so with the
 * interpreter's frames already on the host's stack, and 124k of them were a RangeError that Node
 * does not give. Listing an object's keys spliced its integer keys the same way.
 */
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/engine/engine';
import { hypotOfMany } from '../../../src/engine/runtime/js/builtins/math';
import { runInNode } from '../../oracle/node-oracle';

const MANY = `const x = Array.from({ length: 100000 }, (_, i) => i);
console.log(Math.max(...x), Math.min(...x, -0), Object.is(Math.max(-0, ...x.map(() => -0)), -0));
console.log(Math.max.apply(null, x), Reflect.apply(Math.min, null, x), Math.max(...x, NaN));
console.log(Math.hypot(...x.map((i) => (i % 7) + 0.5)), Math.hypot(...x, Infinity, NaN), Math.hypot(...x.map(() => 0)));
console.log(String.fromCharCode(...x.map((i) => 65 + (i % 26))).slice(-30));
console.log(String.fromCodePoint(...x.map((i) => 0x1f600 + (i % 5))).length);
const a = [0];
console.log(a.unshift(...x), a[0], a[99999], a[100000]);
const b = [1, 2, 3];
console.log(b.splice(1, 1, ...x), b.length, b[1], b[100000], b[100001]);
const t = [1, 2, 3].toSpliced(1, 1, ...x);
console.log(t.length, t[0], t[1], t[100000], t[100001]);
const o = { z: 1 };
for (let i = 0; i < 200000; i++) o[i] = i;
const s = Symbol('s');
o[s] = 2;
const k = Object.keys(o);
console.log(k.length, k[0], k[199999], k[200000], Reflect.ownKeys(o).length, Reflect.ownKeys(o).at(-1));
`;

it('100k values handed on by Math, String and Array natives give what real Node 20 gives', () => {
  const real = runInNode(MANY);
  expect(real.error).toBeNull();
  const r = runProgram(MANY, { lang: 'js', model: 'js', recordEvents: false });
  expect({ stdout: r.stdout, error: r.error }).toEqual({ stdout: real.stdout, error: null });
}, 60_000);

describe('Math.hypot past a host call (hypotOfMany)', () => {
  // A fixed pseudo-random sequence (a linear congruential generator), so a failure repeats.
  let seed = 12345;
  const next = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const samples: number[][] = [];
  for (let n = 1; n <= 200; n += 7) {
    samples.push(Array.from({ length: n }, () => (next() - 0.5) * 10 ** Math.floor(next() * 12 - 6)));
  }
  samples.push([0, -0], [3, 4], [1e308, 1e308], [5e-324, 5e-324], [-Infinity, NaN], [NaN, 1], [1, 1, 1]);

  it('is the host Math.hypot to the bit', () => {
    for (const xs of samples) expect(Object.is(hypotOfMany(xs), Math.hypot(...xs)), String(xs.slice(0, 3))).toBe(true);
  });
});

it("a loop listing an object's 65k properties meets the step budget", () => {
  const src = `const o = {};
for (let i = 0; i < 2 ** 16; i++) o['k' + i] = i;
for (let i = 0; i < 100; i++) Object.assign({}, o);
console.log('finished');
`;
  const r = runProgram(src, { lang: 'js', model: 'js', budget: 3_000_000, recordEvents: false });
  expect(r.errorKind).toBe('budget');
  expect(r.stdout).toEqual([]);
});

describe('a loop of walks over a 4 MB string meets the step budget', () => {
  const loop = (expr: string) =>
    runProgram(`const s = 'x'.repeat(2 ** 22);\nfor (let i = 0; i < 100; i++) ${expr};\nconsole.log('finished');\n`, {
      lang: 'js',
      model: 'js',
      budget: 1_000_000,
      recordEvents: false,
    });

  it.each(['s.toUpperCase()', "s.indexOf('y')", "s.includes('y')", 's.trim()', 's.normalize()', 'encodeURIComponent(s)'])('%s', (expr) => {
    const r = loop(expr);
    expect(r.errorKind).toBe('budget');
    expect(r.stdout).toEqual([]);
  });

  it.each(['s.charCodeAt(5)', 's.at(-1)', 's.slice(1)', "s.startsWith('x')"])('%s is not a walk', (expr) => {
    const r = loop(expr);
    expect(r.error).toBeNull();
    expect(r.stdout).toEqual(['finished']);
  });
});
