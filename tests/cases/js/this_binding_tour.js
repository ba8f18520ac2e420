const obj = {
  name: 'obj',
  regular() { return this?.name; },
  arrow: () => typeof this,
  nested() { return [1].map(function () { return this; })[0]; },
  nestedArrow() { return [1].map(() => this.name)[0]; },
  async asyncMethod() { await null; return this.name; },
  delayed() { return new Promise((r) => setTimeout(function () { r(this === undefined ? 'undefined' : typeof this); }, 10)); },
};
console.log(obj.regular(), obj.arrow(), obj.nested(), obj.nestedArrow());
const { regular } = obj;
console.log(regular());
obj.asyncMethod().then((v) => console.log('async', v));
obj.delayed().then((v) => console.log('setTimeout this:', v));
const bound = obj.regular.bind({ name: 'other' });
console.log(bound(), obj.regular.call({ name: 'called' }), obj.regular.apply({ name: 'applied' }, []));
class Counter { count = 0; inc() { this.count++; return this; } }
const c = new Counter();
const inc = c.inc;
try { inc(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(c.inc().inc().count);
