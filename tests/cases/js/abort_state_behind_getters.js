// AbortController / AbortSignal keep their state behind prototype getters (Node 20
// lib/internal/abort_controller.js): no own enumerable properties, and a custom inspect that
// prints `AbortController { signal: AbortSignal { aborted: false } }`.
const util = require('util');
const ac = new AbortController();
console.log(Object.keys(ac), JSON.stringify(ac), 'signal' in ac, { ...ac }, ac);
console.log(Object.keys(ac.signal), JSON.stringify({ s: ac.signal }), ac.signal, [ac.signal]);
console.log(Object.getOwnPropertyNames(AbortSignal.prototype).sort(), Object.getOwnPropertyNames(AbortController.prototype).sort());
console.log(util.inspect({ a: { b: { c: ac } } }), util.inspect(ac, { depth: 0 }));
ac.abort('why');
console.log(ac.signal, ac.signal.aborted, ac.signal.reason, structuredClone(ac));
const t = AbortSignal.timeout(10);
console.log(t, AbortSignal.abort());
try {
  Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({});
} catch (e) {
  console.log(e.code, e.message);
}
try {
  Object.getOwnPropertyDescriptor(AbortController.prototype, 'signal').get.call({});
} catch (e) {
  console.log(e.code, e.message);
}
