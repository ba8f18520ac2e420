// Array methods skip holes where the spec tests HasProperty; map keeps them.
const a = [1, , 3, , 5];
const seen = [];
a.forEach((x, i) => seen.push(i));
console.log('forEach visits', seen);
console.log('map', a.map((x) => x * 10));
console.log('filter', a.filter(() => true));
console.log('some/every', a.some((x) => x === undefined), a.every((x) => x !== undefined));
console.log('reduce', a.reduce((s, x) => s + x), [, , 4].reduce((s, x) => s + x));
console.log('reduceRight', a.reduceRight((s, x) => s + ',' + x));
console.log('indexOf', a.indexOf(undefined), 'includes', a.includes(undefined), 'find', a.find((x) => x === undefined), a.findIndex((x) => x === undefined));
console.log('flat', [1, , [2, , 3]].flat(), 'flatMap', a.flatMap((x) => [x]));
console.log('sort', [3, , 1, undefined, 2].sort(), [, 'b', , 'a'].sort());
console.log('toSorted', [3, , 1].toSorted(), 'toReversed', [1, , 3].toReversed(), 'with', [1, , 3].with(0, 0));
console.log('concat', [1, , 2].concat([, 3], 4));
console.log('slice', a.slice(1, 4), 'reverse', [1, , , 4].reverse());
console.log('fill', new Array(3).fill(0), 'keys', [...[, 1].keys()], 'entries', [...[, 1].entries()]);
console.log('spread', Math.max(...[1, , 3]), 'Array.from', Array.from({ length: 2 }));
try {
  [, ,].reduce((s, x) => s + x);
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
const sparse = [];
sparse[2] = 'c';
sparse.push('d');
console.log(sparse, sparse.length, sparse.lastIndexOf(undefined), sparse.splice(0, 2), sparse);
