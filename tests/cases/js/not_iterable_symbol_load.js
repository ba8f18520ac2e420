// A property read of Symbol.iterator from null or undefined: V8 words it as a failed iteration.
const n = null, u = undefined, o = { p: null };
for (const f of [() => null[Symbol.iterator], () => n[Symbol.iterator], () => u[Symbol.iterator], () => o.p[Symbol.iterator](), () => undefined[Symbol.asyncIterator], () => { const k = Symbol.iterator; return n[k]; }, () => Reflect.get(n, Symbol.iterator)]) {
  try { f(); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
}
function firstOf(iterable) {
  const it = iterable[Symbol.iterator]();
  return it.next().value;
}
console.log(firstOf([7, 8]), firstOf('hi'), firstOf(new Set([3])));
for (const bad of [null, undefined]) {
  try {
    firstOf(bad);
  } catch (e) {
    console.log(`${e.name}: ${e.message}`);
  }
}
const settings = {};
try {
  settings.items?.[Symbol.iterator]; // optional chain: no error
  console.log('optional ok');
  settings.items[Symbol.iterator]();
} catch (e) {
  console.log(e.message);
}
