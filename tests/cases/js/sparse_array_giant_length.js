// An array's length is not what it holds: one element at index 2**32 - 2 makes a length of
// 4,294,967,295. Node lists, prints, spreads and clones such an array by the elements it
// holds, at once; a walk over every index (indexOf, join, forEach...) would take minutes in
// Node and stops at the engine's step budget instead (tests/engine/limits.test.ts).
const a = [];
a[2 ** 32 - 2] = 1;
a[7] = 'seven';
console.log(a.length);
console.log(a);
console.log(Object.keys(a), Object.values(a), Object.entries(a));
console.log(Object.getOwnPropertyNames(a), Reflect.ownKeys(a));
let n = 0;
for (const k in a) n += Number(k);
console.log(n);
console.log({ ...a }, Object.assign({}, a));
const { 7: seven, ...rest } = a;
console.log(seven, rest);
const copy = structuredClone(a);
console.log(copy.length, copy[7], copy[2 ** 32 - 2], 8 in copy);
console.log(a.at(-1), a.findLast((x) => x !== undefined), a.findLastIndex((x) => x === 1));
try {
  JSON.stringify(a);
} catch (e) {
  console.log(`${e.name}: ${e.message}`);
}
console.log(a.pop(), a.length);
