// Generators: next(v) feeding yield expressions, return() running finally blocks, throw()
// caught inside, unstarted and finished generators, and how Node prints them.
function* counter(limit) {
  let total = 0;
  try {
    for (let i = 0; i < limit; i++) {
      const sent = yield i;
      if (sent !== undefined) total += sent;
      console.log('  step', i, 'sent', sent);
    }
    return total;
  } finally {
    console.log('  counter finally, total', total);
  }
}
const c = counter(3);
console.log(c, typeof c, String(c), Object.prototype.toString.call(c));
console.log(c.next('ignored'), c.next(10), c.next(20), c.next(30), c.next());
const r = counter(5);
console.log(r.next(), r.return(99), r.next());
const t = counter(5);
t.next();
try { t.throw(new Error('boom')); } catch (e) { console.log('thrown out:', e.message); }
console.log(t.next());
function* catcher() {
  while (true) {
    try { yield 'waiting'; } catch (e) { console.log('  caught inside:', e); yield 'recovered'; }
  }
}
const k = catcher();
console.log(k.next(), k.throw('oops'), k.next(), k.return('bye'));
const fresh = counter(2);
console.log(fresh.return('early'), fresh.next());
const fresh2 = counter(2);
try { fresh2.throw(new Error('before start')); } catch (e) { console.log('unstarted throw:', e.message); }
console.log(fresh2.next());
function* finallyYields() {
  try { yield 1; } finally { yield 'cleanup'; console.log('  after cleanup yield'); }
}
const fy = finallyYields();
console.log(fy.next(), fy.return('r'), fy.next(), fy.next());
function* overrides() { try { yield 1; } finally { return 'from finally'; } }
const ov = overrides(); ov.next(); console.log(ov.return('ignored'));
const obj = { *items() { yield 'a'; yield 'b'; }, async *later() {} };
class Tree { constructor(v, kids = []) { this.v = v; this.kids = kids; } *[Symbol.iterator]() { yield this.v; for (const k of this.kids) yield* k; } static *range(n) { for (let i = 0; i < n; i++) yield i; } }
console.log([...obj.items()], [...new Tree(1, [new Tree(2, [new Tree(3)]), new Tree(4)])], Array.from(Tree.range(4)));
console.log(obj.items, obj.later, Tree.range, counter, [obj.items()], { g: obj.items() });
console.log(counter.constructor.name, Object.getPrototypeOf(counter) === Object.getPrototypeOf(function* () {}), typeof counter.prototype);
console.log(Object.getPrototypeOf(c) === counter.prototype, c instanceof counter, c[Symbol.iterator]() === c);
const noYield = (function* () {})();
console.log(noYield.next(), [...noYield]);
function* args() { yield arguments.length; yield [...arguments]; yield this === undefined ? 'no this' : this.name; }
console.log([...args.call({ name: 'ctx' }, 1, 2)]);
