const original = { id: 1, tags: ['a', { deep: true }], when: new Date(0), map: new Map([['k', [1]]]), set: new Set([1, 2]) };
original.self = original;
const copy = structuredClone(original);
console.log(copy.tags[1] !== original.tags[1], copy.self === copy, copy.map.get('k'), copy.set.has(2), copy.when.getTime(), copy.when instanceof Date);
copy.tags[1].deep = false;
console.log(original.tags[1].deep, copy.tags[1].deep);
try { structuredClone({ fn() {} }); } catch (e) { console.log(e.name, e.constructor.name, e instanceof Error); }
try { structuredClone(Symbol('s')); } catch (e) { console.log(e.name, e.message); }
class Point { constructor() { this.x = 1; } get len() { return 1; } }
const p = structuredClone(new Point());
console.log(p, p instanceof Point, p.constructor === Object);
const e = structuredClone(new RangeError('boom'));
console.log(e instanceof RangeError, e.message, e.name);
const t0 = performance.now();
setTimeout(() => {
  const dt = performance.now() - t0;
  console.log('elapsed ok:', dt >= 45 && dt < 500, typeof performance.now());
}, 50);
console.log(encodeURIComponent('a b&c=d/é?'), decodeURIComponent('a%20b%26'), encodeURI('http://x.com/a b?q=1&r=é'), decodeURI('%E2%82%AC'));
try { decodeURIComponent('%E0%A4%A'); } catch (err) { console.log(err.name, err.message); }
console.log(typeof globalThis, globalThis.setTimeout === setTimeout, globalThis.globalThis === globalThis, typeof globalThis.Promise);
const d = new DOMException('custom message', 'NotFoundError');
console.log(d.name, d.message, d.code, d instanceof DOMException, d instanceof Error, String(d), Object.prototype.toString.call(d));
