class Counter {
  _count = 0;
  static instances = 0;
  constructor(label) { this.label = label; Counter.instances++; }
  increment() { return ++this._count; }
  get value() { return this._count; }
  set value(v) { if (v < 0) throw new RangeError('negative'); this._count = v; }
  async incrementLater(ms) {
    await new Promise(r => setTimeout(r, ms));
    return this.increment();
  }
}
const c = new Counter('c');
c.increment();
c.value = 10;
console.log(c.value, c.label, Counter.instances, c);
try { c.value = -1; } catch (e) { console.log(e.name, e.message); }
Promise.all([c.incrementLater(20), c.incrementLater(10)]).then(r => console.log(r, c.value));
const btn = { handlers: [], on(fn) { this.handlers.push(fn); }, fire() { this.handlers.forEach(h => h()); } };
btn.on(c.increment);
try { btn.fire(); } catch (e) { console.log(e.name + ': ' + e.message); }
btn.handlers = [c.increment.bind(c)];
btn.fire();
console.log(c.value);
