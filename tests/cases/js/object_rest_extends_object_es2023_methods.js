// Object rest skips the pattern's own keys before reading them (their getters run once);
// `class … extends Object` makes instances of the subclass; ES2023's toSpliced and the
// well-formed string checks (Node 20 has them all).
const source = {
  get a() {
    console.log('get a');
    return 1;
  },
  get b() {
    console.log('get b');
    return 2;
  },
  c: 3,
};
const { a, ...rest } = source;
console.log(a, rest);

class Point extends Object {
  constructor(x) {
    super(x);
    this.x = x;
  }
  double() {
    return this.x * 2;
  }
}
const p = new Point(21);
console.log(p, p instanceof Point, p instanceof Object, p.double(), Object.getPrototypeOf(p) === Point.prototype);
class Plain extends Object {}
console.log(new Plain(), new Plain(5), Object.keys(new Plain({ k: 1 })));

const xs = [1, , 3, 4];
console.log(xs.toSpliced(1, 1, 'x', 'y'), xs, xs.toSpliced(), xs.toSpliced(-1), xs.toSpliced(2), xs.toSpliced(1, -5, 'z'));
console.log('ab'.isWellFormed(), 'a\uD800b'.isWellFormed(), '\uDC00x'.isWellFormed(), '😀'.isWellFormed());
console.log(JSON.stringify('a\uD800b\uDC00'.toWellFormed()), '😀'.toWellFormed(), 'ok'.toWellFormed());
