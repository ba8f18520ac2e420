const tests = [
  () => 'a-b-c'.split('-', 2), () => 'abc'.at(-1), () => 'Hello'.replaceAll('l', 'L'), () => 'abc'.padEnd(6, '12'),
  () => '  x '.trim() + '|', () => 'ab'.repeat(3), () => 'abc'.includes('bc'), () => 'abc'.indexOf('z'), () => 'a,b'.split(''),
  () => 'ABC'.toLowerCase(), () => 'straße'.toUpperCase(), () => 'abc'.charAt(5), () => 'abc'.codePointAt(0), () => 'abc'.substring(2, 0),
  () => 'abcdef'.slice(-3, -1), () => 'abc'.localeCompare('abd'), () => 'a\tb'.length, () => 'x'.concat(1, null), () => 'abc'.startsWith('b', 1),
  () => [3, 1, 2].toSorted?.() ?? 'no toSorted', () => [1, 2, 3].toReversed?.() ?? 'no', () => [1, 2, 3].with?.(0, 9) ?? 'no',
  () => [1, 2, 3, 4].findLast((x) => x % 2), () => [1, 2, 3].findLastIndex((x) => x > 5), () => [[1, 2], [3]].flatMap((x) => x),
  () => Array.from('abc', (c) => c + c), () => Array.of(7, 8), () => [1, 2, 3].fill(0, 1), () => [1, 2, 3].copyWithin(0, 1),
  () => [1, 2, 3].lastIndexOf(3), () => [1, 2, 3].entries().next(), () => [...[1, 2].keys()], () => [10, 1, 2].sort(),
  () => ['b', 'a'].sort().join(), () => [1, 2, 3].reduceRight((a, b) => a + '-' + b), () => [NaN].includes(NaN), () => [NaN].indexOf(NaN),
  () => Object.entries({ a: 1 }).map(([k, v]) => `${k}=${v}`), () => Object.assign({}, { a: 1 }, null, { b: 2 }),
  () => Object.keys('ab'), () => Object.getOwnPropertyNames([1]), () => Object.fromEntries([['x', 1]]), () => ({ ...'hi' }),
  () => Number.parseFloat('1.5e3x'), () => (1234.5678).toFixed(2), () => (0.1).toFixed(20), () => (1e21).toFixed(2), () => (123.456).toPrecision(4),
  () => (255).toString(2), () => Number('  12  '), () => Number(null), () => Number(undefined), () => Number([5]), () => Number.isSafeInteger(2 ** 53),
  () => Math.round(2.5), () => Math.round(-2.5), () => Math.trunc(-4.7), () => Math.sign(-3), () => Math.hypot(3, 4), () => Math.cbrt(27),
  () => Math.min(), () => Math.max(), () => Math.abs(-0), () => 0.1 * 3, () => 9007199254740993, () => 1 / 0, () => -1 / 0, () => 0 / 0,
  () => parseInt('101', 2), () => parseInt('ff', 16), () => (25).toString(36), () => +'3.0', () => '3' * '4', () => '3' + 4, () => true + 1,
  () => [] == false, () => null == undefined, () => null === undefined, () => NaN == NaN, () => typeof typeof 1, () => void 0,
  () => JSON.stringify({ a: [1, { b: 2 }] }, null, '--'), () => JSON.stringify('he said "hi"\n'), () => JSON.stringify({ date: new Date(0) }),
  () => JSON.stringify([undefined, () => 1, Symbol('s')]), () => JSON.stringify({ a: 1, b: 2 }, ['b']),
  () => JSON.parse('{"a":[1,2,{"b":null}]}', (k, v) => (typeof v === 'number' ? v * 10 : v)), () => new Date(0).toISOString(),
  () => new Date(2024, 0, 31, 12).getDate(), () => new Date('2024-03-01T00:00:00Z').getTime(), () => String(new Date(NaN)),
];
tests.forEach((t, i) => {
  try { console.log(i, t()); } catch (e) { console.log(i, e.constructor.name, e.message); }
});
