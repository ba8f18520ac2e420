import { describe, expect, it } from 'vitest';
import { PyFloat, PyTuple, None, type Value } from '../../../src/engine/runtime/values';
import { pyEnv } from './helpers';
import { evalPy } from './oracle';

const env = pyEnv();
const { py } = env;

/** Python literal source for a TS double. */
function pyFloatSrc(x: number): string {
  if (Number.isNaN(x)) return "float('nan')";
  if (x === Infinity) return "float('inf')";
  if (x === -Infinity) return "float('-inf')";
  if (Object.is(x, -0)) return '-0.0';
  return `float.fromhex('${floatHex(x)}')`;
}

function floatHex(x: number): string {
  const dv = new DataView(new ArrayBuffer(8));
  dv.setFloat64(0, x);
  const hi = dv.getUint32(0);
  const lo = dv.getUint32(4);
  const sign = hi >>> 31 ? '-' : '';
  const exp = (hi >>> 20) & 0x7ff;
  const mant = ((BigInt(hi & 0xfffff) << 32n) | BigInt(lo)).toString(16).padStart(13, '0');
  if (exp === 0) return `${sign}0x0.${mant}p-1022`;
  return `${sign}0x1.${mant}p${exp - 1023}`;
}

const FLOATS = [
  0,
  -0,
  0.1,
  0.2 + 0.1,
  1,
  1.5,
  -2.5,
  1 / 3,
  2 / 3,
  10,
  100,
  1e15,
  1e16,
  1e17,
  123456789012345678,
  1e21,
  1e22,
  1e-4,
  1e-5,
  0.00012345,
  1.5e-5,
  5e-324,
  2.5e-308,
  1.7976931348623157e308,
  NaN,
  Infinity,
  -Infinity,
  2.675,
  0.5,
  1234.5678,
  9.999999999999999e22,
  0.3,
  4.35,
  1e100,
  123.456,
  -0.0001,
  9007199254740993,
  3.14159,
  299792458.0,
];
// Deterministic pseudo-random doubles across magnitudes.
let seed = 12345;
const rnd = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
for (let i = 0; i < 60; i++) FLOATS.push((rnd() - 0.5) * 10 ** Math.floor(rnd() * 40 - 20));

describe('float repr and str', () => {
  it('matches CPython for a table of doubles', async () => {
    const expected = await evalPy(FLOATS.map(pyFloatSrc));
    expect(FLOATS.map((x) => py.repr(new PyFloat(x)))).toEqual(expected);
    const asStr = await evalPy(FLOATS.map(pyFloatSrc), 'str');
    expect(FLOATS.map((x) => py.display(new PyFloat(x)))).toEqual(asStr);
  }, 60_000);
});

describe('format spec mini-language', () => {
  const SPECS = [
    '',
    '>10',
    '<5',
    '^7',
    '05d',
    '.2f',
    ',',
    '_',
    'x',
    'X',
    '#x',
    'b',
    '#b',
    'o',
    'e',
    '.3e',
    '%',
    '.1%',
    '+d',
    ' d',
    '.0f',
    'g',
    '.3g',
    '.10g',
    'G',
    '010.3f',
    '*^12',
    '=+8',
    ',.2f',
    '.3',
    '.1',
    'n',
    'c',
    's',
    '10s',
    '.2s',
    'E',
    'F',
    '+.2e',
    '08.2f',
    'z.1f',
    '#.0f',
    '#g',
    '_b',
    'd',
  ];
  const VALUES: [string, Value][] = [
    ['0', 0],
    ['42', 42],
    ['-42', -42],
    ['1234567', 1234567],
    ['255', 255],
    ['2**70', 2n ** 70n],
    ['True', true],
    ['2.675', new PyFloat(2.675)],
    ['0.5', new PyFloat(0.5)],
    ['1.5', new PyFloat(1.5)],
    ['2.5', new PyFloat(2.5)],
    ['-0.0', new PyFloat(-0)],
    ['1234.5678', new PyFloat(1234.5678)],
    ['1e20', new PyFloat(1e20)],
    ['1e-7', new PyFloat(1e-7)],
    ['12.0', new PyFloat(12)],
    ['-0.04', new PyFloat(-0.04)],
    ["float('inf')", new PyFloat(Infinity)],
    ["float('nan')", new PyFloat(NaN)],
    ["'ab'", 'ab'],
    ["'héllo'", 'héllo'],
    ['0.125', new PyFloat(0.125)],
    ['999.9999', new PyFloat(999.9999)],
  ];
  it('matches CPython for values × specs', async () => {
    const cases: [string, Value, string][] = [];
    for (const [src, v] of VALUES) for (const s of SPECS) cases.push([src, v, s]);
    const expected = await evalPy(
      cases.map(([src, , s]) => `format(${src}, ${JSON.stringify(s)})`),
      'str',
    );
    const actual = cases.map(([, v, s]) => {
      try {
        return py.format(v, s);
      } catch (e) {
        return py.errorSummary((e as { value: Value }).value);
      }
    });
    const diffs = cases
      .map(([src, , s], i) => ({ src, s, actual: actual[i], expected: expected[i] }))
      .filter((d) => d.actual !== d.expected);
    expect(diffs).toEqual([]);
  }, 60_000);

  it('applies conversions in templatePart', () => {
    expect(py.templatePart('x', 'r')).toBe("'x'");
    expect(py.templatePart('é', 'a')).toBe("'\\xe9'");
    expect(py.templatePart('ab', 'r', '>6')).toBe("  'ab'");
    expect(py.templatePart(3, undefined, '05d')).toBe('00003');
  });
});

describe('repr of built-in values', () => {
  const STRINGS = [
    '',
    'a',
    "it's",
    'say "hi"',
    `both ' and "`,
    'tab\there',
    'nl\n',
    '\x00\x7f\x80\xa0',
    'é€😀',
    '\\',
    '\u3000\u200b',
    '\ud800',
  ];
  it('quotes and escapes strings like CPython', async () => {
    const expected = await evalPy(STRINGS.map((s) => `${JSON.stringify(s).replace(/\\u(d[89ab][0-9a-f]{2})/gi, '\\ud800')}`));
    expect(STRINGS.map((s) => py.repr(s))).toEqual(expected);
  }, 60_000);

  it('formats containers, None, booleans and nesting', () => {
    const d = py.makeDict([
      ['a', 1],
      [2, new PyTuple([])],
    ]);
    expect(py.repr([1, 'a', None, true, new PyTuple([1]), new PyTuple([1, 2]), d])).toBe(
      "[1, 'a', None, True, (1,), (1, 2), {'a': 1, 2: ()}]",
    );
    expect(py.repr(py.makeSet([]))).toBe('set()');
    expect(py.repr(py.makeSet([3, 1]))).toBe('{1, 3}'); // CPython's slot order for small ints
    const l: Value[] = [1];
    l.push(l);
    expect(py.repr(l)).toBe('[1, [...]]');
    expect(py.repr(2n ** 64n)).toBe('18446744073709551616');
    expect(py.repr(env.b('frozenset', [[1]]))).toBe('frozenset({1})');
    expect(py.repr(env.b('range', [0, 10, 2]))).toBe('range(0, 10, 2)');
    expect(py.repr(env.m(d, 'keys'))).toBe("dict_keys(['a', 2])");
    expect(py.repr(env.m(d, 'values'))).toBe('dict_values([1, ()])');
    expect(py.repr(py.makeSlice!(1, undefined, undefined))).toBe('slice(1, None, None)');
  });

  it('formats classes, functions and objects with stable fake addresses', () => {
    const int = env.realm.builtins.py.get('int')!;
    expect(py.repr(int)).toBe("<class 'int'>");
    expect(py.repr(env.realm.builtins.py.get('print'))).toBe('<built-in function print>');
    const A = py.makeClass('A', 'A', [], new Map());
    expect(py.repr(A)).toBe("<class '__main__.A'>");
    const a = py.callClass(A, { positional: [] });
    const r1 = py.repr(a);
    expect(r1).toMatch(/^<__main__\.A object at 0x[0-9a-f]+>$/);
    expect(py.repr(a)).toBe(r1);
    expect(py.repr(py.callClass(A, { positional: [] }))).not.toBe(r1);
    expect(py.repr(py.getAttr([], 'append'))).toMatch(/^<built-in method append of list object at 0x[0-9a-f]+>$/);
  });

  it('prints booleans in the snippet language', () => {
    const js = pyEnv('js');
    js.b('print', [true, false, [true]]);
    expect(js.realm.stdout).toEqual(['true false [True]']);
    env.b('print', [true]);
    expect(env.realm.stdout.at(-1)).toBe('True');
  });
});
