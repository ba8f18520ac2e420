// BigInt literals and arithmetic.
const a = 10n;
const b = 3n;
console.log(a + b, a - b, a * b, a / b, a % b, a ** b, -a, a << 2n, a >> 1n, a & b, a | b, a ^ b, ~a);
console.log(typeof a, 0x1fn, 1_000_000n, 2n ** 64n, -(2n ** 63n));
console.log(BigInt(42), BigInt('9007199254740993'), BigInt(true), BigInt.asUintN(8, 257n), BigInt.asIntN(8, 255n));
console.log(String(12n), `${12n}`, (255n).toString(16), 12n.toString(), (5n).toLocaleString());
console.log(1n < 2, 2n > 1.5, 1n == 1, 1n === 1, 0n == false, 1n == '1', 2n > '1', [1n, 2n, 3n].includes(2n));
console.log([10n, 1n, 5n].sort(), [10n, 1n, 5n].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0)));
console.log(Boolean(0n), !!1n, 0n ? 'truthy' : 'falsy', Number(123n), parseInt('77n'), Number.isInteger(5n));
console.log({ id: 1n, list: [1n, 2n] }, [2n ** 70n]);
let counter = 0n;
counter++;
counter += 5n;
console.log(counter, counter--, counter);
const t = (f) => {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
};
t(() => 1n + 1);
t(() => 2 * 3n);
t(() => 1n / 0n);
t(() => BigInt(1.5));
t(() => BigInt('abc'));
t(() => JSON.stringify({ big: 1n }));
t(() => Math.max(1n, 2n));
t(() => +1n);
t(() => 1n >>> 1n);
t(() => 2n ** -1n);
t(() => new BigInt(1));
t(() => BigInt(undefined));
console.log(Object.prototype.toString.call(1n), 1n.constructor === BigInt, BigInt.name, BigInt.length);
t(() => BigInt.asUintN(-1, 1n));
t(() => BigInt.asIntN(8, 1));
