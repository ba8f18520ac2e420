for (var i = 0; i < 3; i++) {
  setTimeout(() => console.log('var i', i), 10);
}
for (let j = 0; j < 3; j++) {
  setTimeout(() => console.log('let j', j), 10);
}
const fns = [];
for (const k of ['a', 'b']) fns.push(async () => k.toUpperCase());
Promise.all(fns.map(f => f())).then(v => console.log(v));
const arr = [3, 1, 2];
arr.forEach(async (x) => {
  await new Promise(r => setTimeout(r, x * 30));
  console.log('forEach', x);
});
console.log('sync done');
(async () => {
  for (const x of arr) {
    await null;
    console.log('for-of', x);
  }
})();
