// Node's global is the global object, in a CommonJS script and an ES module alike.
console.log(typeof global, global === globalThis);
global.counter = 1;
counter += 1;
console.log(globalThis.counter, global.global === global);
const d = Object.getOwnPropertyDescriptor(globalThis, 'global');
console.log(d.writable, d.enumerable, d.configurable);
