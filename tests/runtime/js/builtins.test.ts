/**
 * Built-in objects (Object, Array, String, Number, Math, JSON, Map/Set, Errors, Date,
 * console) compared with the real Node, snippet by snippet.
 */
import { describe, expect, it } from 'vitest';
import { runInEngine, runInNode } from './node-oracle';

const T = `const t = (f) => { try { console.log(f()); } catch (e) { console.log(e instanceof Error ? e.name + ': ' + e.message : 'threw ' + String(e)); } };\n`;

const cases: Record<string, string> = {
  'Object statics': `${T}const o = { a: 1, b: [2] };
console.log(Object.keys(o), Object.values(o), Object.entries(o), Object.assign({}, o, null, { c: 3 }), Object.fromEntries([['x', 1], ['y', 2]]), Object.fromEntries(new Map([['m', 1]])));
console.log(Object.keys('ab'), Object.keys([4, 5]), Object.getOwnPropertyNames([1]), Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf(Object.prototype));
const d = {}; Object.defineProperty(d, 'hidden', { value: 1 }); Object.defineProperty(d, 'shown', { value: 2, enumerable: true }); console.log(d, Object.keys(d), d.hidden, Object.getOwnPropertyDescriptor(d, 'hidden'), Object.getOwnPropertyDescriptor({ q: 1 }, 'q'));
const withProto = Object.create({ inherited: 1 }, { own: { value: 2, enumerable: true } }); console.log(withProto, withProto.inherited, Object.hasOwn(withProto, 'own'));
t(() => Object.keys(undefined)); t(() => Object.create(5)); t(() => Object.defineProperty(1, 'a', {})); t(() => Object.setPrototypeOf({}, 5));
t(() => { const z = {}; Object.defineProperty(z, 'k', { value: 1 }); Object.defineProperty(z, 'k', { value: 2 }); });
console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null), Object.prototype.toString.call(undefined), Object.prototype.toString.call(new Map()), Object.prototype.toString.call(() => 1), Object.prototype.toString.call(new Error('x')), String(Math), Object.prototype.toString.call(Symbol()));`,
  'Array mutators': `${T}const a = [3, 1, 2]; console.log(a.push(4, 5), a, a.pop(), a.shift(), a.unshift(0, 9), a, a.reverse(), a.splice(1, 2), a, a.splice(1, 0, 'x', 'y'), a, a.splice(-1), a);
const f = [1, 2, 3, 4]; console.log(f.fill(0, 1, 3), new Array(3).fill(7), Array(2).length, Array.of(7), Array(1, 2));
t(() => new Array(-1)); t(() => { const z = [1]; z.length = -1; }); const l = [1, 2, 3]; l.length = 1; console.log(l); l[3] = 'x'; console.log(l.length);`,
  'Array accessors': `const a = [1, 2, 3, 2, 1];
console.log(a.slice(1, 3), a.slice(-2), a.concat([6, [7]], 8), a.join(), a.join(' - '), [null, undefined, 1].join(), a.indexOf(2), a.lastIndexOf(2), a.indexOf(9), a.includes(3), [NaN].includes(NaN), [NaN].indexOf(NaN), a.at(-1), a.at(10), a.toString(), String([[1, 2], [3]]));
console.log([1, [2, [3, [4]]]].flat(), [1, [2, [3, [4]]]].flat(Infinity), [1, 2].flatMap((x) => [x, x * 10]), a.toReversed(), a, a.with(0, 'w'));`,
  'Array iteration methods': `${T}const a = [5, 1, 4];
console.log(a.map((x, i, arr) => x * i + arr.length), a.filter((x) => x > 1), a.find((x) => x < 5), a.findIndex((x) => x === 4), a.findLast((x) => x > 1), a.findLastIndex((x) => x > 10), a.some((x) => x > 4), a.every((x) => x > 0), a.reduce((s, x) => s + x), a.reduce((s, x) => s + x, 10), a.reduceRight((s, x) => s + '' + x, ''));
a.forEach((x, i) => console.log('each', i, x)); t(() => [].reduce((x, y) => x + y)); t(() => a.map(5)); t(() => a.map({})); t(() => a.forEach()); t(() => a.filter('f'));
console.log([...a.keys()], [...a.values()], [...a.entries()]);`,
  'Array sort': `${T}console.log([3, 1, 10, 2].sort(), [3, 1, 10, 2].sort((a, b) => a - b), ['b', undefined, 'a', 'c'].sort(), [true, false].sort(), [{ n: 2, k: 'a' }, { n: 1, k: 'b' }, { n: 2, k: 'c' }, { n: 1, k: 'd' }].sort((x, y) => x.n - y.n).map((x) => x.k).join(''));
console.log([5, 4, 3].toSorted(), ['B', 'a', 'C'].sort(), [1, 2, 3].sort(() => 0)); t(() => [1].sort(5));`,
  'Array.from and isArray': `console.log(Array.from({ length: 3 }), Array.from({ length: 2, 0: 'a', 1: 'b' }), Array.from([1, 2], (x) => x * 2), Array.from(new Set([1, 1, 2])), Array.from(new Map([[1, 2]])), Array.from('héllo'), Array.isArray([]), Array.isArray({ length: 0 }), Array.from({ length: 3 }, (_, i) => i * i));`,
  'String methods': `${T}const s = 'Hello, World';
console.log(s.length, s[0], s[100], s.charAt(1), s.charCodeAt(1), s.at(-1), s.indexOf('o'), s.lastIndexOf('o'), s.indexOf('o', 5), s.includes('World'), s.startsWith('Hell'), s.endsWith('d'), s.slice(-5), s.slice(2, -2), s.substring(5, 2), s.substr(-5, 3));
console.log(s.toUpperCase(), s.toLowerCase(), '  x  '.trim() + '|', '  x  '.trimStart() + '|', '  x  '.trimEnd() + '|', '5'.padStart(3, '0'), 'ab'.padEnd(5, '12'), 'ab'.repeat(3), 'a,b,,c'.split(','), 'abc'.split(''), 'a b c'.split(' ', 2), 'abc'.split());
console.log('aXbX'.replace('X', '-'), 'aXbX'.replaceAll('X', '-'), 'abc'.replace('b', '[$&]'), 'aXbX'.replaceAll('X', (m, i) => i), 'a'.concat('b', 1, null), 'a'.localeCompare('b'), 'b'.localeCompare('a'), String.fromCharCode(72, 105), 'x'.codePointAt(0), [...'ab'.matchAll ? 'ok' : 'no'].length);
t(() => 'a'.repeat(-1)); t(() => String.prototype.trim.call(null)); t(() => 'abc'.toString.call(5));`,
  'Number methods': `${T}console.log((1234.5678).toFixed(2), (0.5).toFixed(0), (1.005).toFixed(2), (255).toString(16), (255).toString(2), (-255).toString(36), (0.1).toString(3), (123.456).toPrecision(4), (0.00001).toPrecision(1), (1e21).toFixed(2), (12345).toExponential(2), (5).toString());
console.log(Number.isInteger(5), Number.isInteger(5.5), Number.isInteger('5'), Number.isFinite('5'), Number.isNaN('x'), Number.isSafeInteger(2 ** 53), Number.MAX_SAFE_INTEGER, Number.EPSILON, Number.MIN_VALUE, Number.parseFloat('1.5e3'), Number.parseInt('08'), Number('1_000'));
t(() => (1).toFixed(101)); t(() => (1).toString(1)); t(() => (1).toPrecision(0)); t(() => Number.prototype.toFixed.call('x'));`,
  Math: `console.log(Math.max(), Math.min(), Math.max(1, '5', 3), Math.min(1, NaN), Math.abs(-3), Math.floor(-1.5), Math.ceil(1.2), Math.round(2.5), Math.round(-2.5), Math.round(0.49999999999999994), Math.trunc(-1.9), Math.sign(-3), Math.sqrt(16), Math.cbrt(27), Math.pow(2, 0.5), Math.hypot(3, 4), Math.log2(8), Math.PI, Math.E, Math.atan2(1, 1), Math.clz32(1), Math.imul(3, 4), Math.fround(5.5));
const r = Math.random(); console.log(r >= 0 && r < 1, typeof r);`,
  'JSON.stringify': `${T}console.log(JSON.stringify({ a: 1, b: 'two', c: [true, null, undefined, () => 1], d: undefined, e: { f: NaN, g: Infinity, h: -0 } }));
console.log(JSON.stringify([1, { a: 2 }], null, 2)); console.log(JSON.stringify({ a: 1, b: [1, 2] }, null, '--')); console.log(JSON.stringify({ a: 1, b: 2, c: { a: 3, d: 4 } }, ['a', 'c']));
console.log(JSON.stringify({ a: 1, b: 2 }, (k, v) => (k === 'b' ? undefined : v)), JSON.stringify('he said "hi"\\n'), JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(null), JSON.stringify({ toJSON() { return 'custom'; } }), JSON.stringify(new Date(0)), JSON.stringify(new Map([[1, 2]])), JSON.stringify([new Set([1])]));
t(() => { const a = { x: { y: [1] } }; a.x.y.push(a); return JSON.stringify(a); }); t(() => { class A { constructor() { this.me = this; } } return JSON.stringify(new A()); }); t(() => JSON.stringify({ n: BigInt(1) }));`,
  'JSON.parse': `${T}console.log(JSON.parse('{"a":[1,2,{"b":null}],"c":"x","2":true,"1":false}'), JSON.parse('"str"'), JSON.parse(' 12 '), JSON.parse('[1,2]', (k, v) => (typeof v === 'number' ? v * 10 : v)));
t(() => JSON.parse('{bad')); t(() => JSON.parse('')); t(() => JSON.parse('[1,]')); t(() => JSON.parse('{"a":1} x'));`,
  // Any depth the host parser reads (issue 10: the engine's copy recursed and ran out of host stack at ~10k levels).
  'JSON.parse at any depth': `${T}const n = 100000; const deep = JSON.parse('['.repeat(n) + ']'.repeat(n)); let d = 0; for (let x = deep; x.length; x = x[0]) d++; console.log(d);
let o = JSON.parse('{"a":'.repeat(50000) + '{"z":[1,"s",null,{"q":true}],"__proto__":2}' + '}'.repeat(50000)); let k = 0; while (o.a) { o = o.a; k++; } console.log(k, o, Object.keys(o));
console.log(JSON.parse('[1,[2,[3,{"a":[4,{"b":null}],"c":-0.5}]],true,"x"]', (k, v) => (typeof v === 'number' ? v * 2 : v)));`,
  'Map and Set': `${T}const m = new Map([['a', 1]]); m.set('b', 2).set(NaN, 'nan').set(0, 'zero'); console.log(m.get('a'), m.get(NaN), m.get(-0), m.has('b'), m.size, m.delete('a'), m.delete('zz'), [...m], [...m.keys()], [...m.values()]);
m.forEach((v, k, map) => console.log('fe', k, v, map === m)); const k = {}; m.set(k, 'obj'); console.log(m.get(k), m.get({}), m);
const s = new Set([1, 2, 2, '2']); s.add(3).add(1); console.log(s.size, s.has(2), s.has('3'), s.delete(1), [...s], [...s.keys()], [...s.entries()]); s.forEach((v, v2) => console.log('sfe', v, v2)); s.clear(); console.log(s, s.size);
const live = new Set([1]); for (const v of live) { if (v < 3) live.add(v + 1); console.log('live', v); }
t(() => Map()); t(() => Map.prototype.get.call({}, 1)); t(() => new Set().add.call([], 1)); console.log(typeof Map.groupBy);`,
  'Error objects': `${T}const e = new Error('msg'); console.log(e.name, e.message, e instanceof Error, String(e), Object.keys(e), e.toString(), 'stack' in e, typeof e.stack);
const te = new TypeError('t'); console.log(te instanceof TypeError, te instanceof Error, te.name, Object.prototype.toString.call(te), Error('no new').message, TypeError('x') instanceof TypeError);
const c = new Error('outer', { cause: e }); console.log(c.cause === e, new Error('x', {}).hasOwnProperty('cause'), new Error().message === '', String(new RangeError()));
class AppError extends Error { constructor(m, code) { super(m); this.code = code; } } const ae = new AppError('bad', 42); console.log(ae.name, ae.code, ae instanceof AppError, ae instanceof Error, String(ae), Object.keys(ae));
class Custom extends Error { constructor(m) { super(m); this.name = 'Custom'; } } console.log(String(new Custom('c')), new Custom('d').name);
const ag = new AggregateError([new Error('a'), 'b'], 'all failed'); console.log(ag.name, ag.message, ag.errors.length, ag instanceof Error, String(ag));
const obj = { name: 'N', message: 'M' }; console.log(Error.prototype.toString.call(obj));`,
  'Date basics': `const d = new Date(Date.UTC(2020, 1, 29, 12, 30, 15, 250)); console.log(d.getTime(), d.toISOString(), d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), d.getUTCDay(), d.getUTCHours(), JSON.stringify({ d }), d.valueOf() === +d, new Date('2021-03-04T05:06:07Z').getTime(), Date.parse('2000-01-01T00:00:00.000Z'), new Date(NaN).getTime(), String(new Date(NaN)), new Date(0).toString(), typeof Date.now());`,
  'console methods': `console.info('info', 1); console.debug('debug'); console.error('to stderr'); console.warn('warn too'); console.log('after');`,
};

describe('JS builtins match Node', () => {
  for (const [name, src] of Object.entries(cases)) {
    it(name, () => {
      expect(runInEngine(src)).toEqual(runInNode(src));
    });
  }
});
