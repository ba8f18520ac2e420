const o = { get g() { return 1; }, set s(v) {}, get gs() { return 2; }, set gs(v) {}, m() {}, arrow: () => 1, async am() {} };
console.log(o);
class Range {
  constructor(a, b) { this.a = a; this.b = b; }
}
const it = { from: 1, to: 3, [Symbol.iterator]() { let c = this.from, t = this.to; return { next: () => (c <= t ? { value: c++, done: false } : { value: undefined, done: true }) }; } };
console.log([...it], Array.from(it, x => x * 2), Math.max(...it));
const m = new Map(Object.entries({ a: 1, b: 2 }));
for (const [k, v] of m) console.log(k, v);
console.log([...m.keys()], Object.fromEntries(m), m.size, m.get('z'), m.has('a'));
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log('ij', i, j);
  }
}
function sw(x) {
  switch (x) {
    case 1: console.log('one');
    case 2: console.log('two (fall)'); break;
    default: console.log('default');
    case 3: console.log('three');
  }
}
sw(1); sw(3); sw(9);
function args() { return arguments.length + ':' + Array.prototype.slice.call(arguments).join('-'); }
console.log(args(1, 2, 3));
function defaults(a, b = a * 2, { c = 3, d } = {}, ...rest) { return [a, b, c, d, rest]; }
console.log(defaults(1), defaults(1, undefined, { d: 4 }, 5, 6));
console.log(typeof Range, String(Symbol.iterator), [1, 2, 3].includes(2), 'abc'.at(-1), [1, [2, [3, [4]]]].flat(Infinity));
