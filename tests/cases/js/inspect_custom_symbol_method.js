// Node 20 prints an object with a [Symbol.for('nodejs.util.inspect.custom')] method (util.inspect.custom)
// as that method's result: a string as is (new lines indented to the level), another value
// inspected in its place; it gets (depth left, options, util.inspect); not for a prototype
// object or when it returns the object itself; its errors propagate out of console.log.
import util from 'node:util';
const custom = Symbol.for('nodejs.util.inspect.custom');
class Temp {
  constructor(c) { this.c = c; }
  [custom]() { return `Temp<${this.c}C>`; }
}
console.log(new Temp(20));
console.log([new Temp(1), { t: new Temp(2) }], 'and', new Temp(3));
class Multi { [custom]() { return 'line1\nline2'; } }
console.log({ a: { m: new Multi() } });
class Args {
  [custom](depth, options, inspect) {
    console.log('args', depth, options.depth, Object.keys(options).join(','), options.stylize('s', 'special'), inspect === util.inspect, this instanceof Args);
    return { nested: [1, { deep: { deeper: 1 } }] };
  }
}
console.log(new Args());
console.log({ a: { b: new Args() } });
console.log([new Args()]);
class Self { [custom]() { return this; } }
console.log(new Self());
const proto = { [custom]() { return 'never for the prototype'; } };
function Ctor() {}
Ctor.prototype = proto;
proto.constructor = Ctor;
console.log(proto, new Ctor());
class Num { [custom]() { return 42; } }
console.log(new Num(), [new Num()]);
const obj = { [custom]: 'not a function', x: 1 };
console.log(obj);
console.log(util.inspect(new Temp(5)), util.inspect({ deep: { er: new Args() } }, { depth: 0 }));
console.log(`${util.format('%s|%o', new Temp(7), new Temp(8))}`);
class Throws { [custom]() { throw new Error('from custom'); } }
try { console.log('before', new Throws()); } catch (e) { console.log('caught', e.message); }
console.log(util.inspect.custom === custom, typeof util.inspect.custom);
class ViaUtil { [util.inspect.custom](d) { return `ViaUtil(${d})`; } }
console.log(new ViaUtil(), util.inspect(new ViaUtil(), { depth: 5 }), util.inspect(new ViaUtil(), { depth: null }));
