// Promise.all / allSettled / any resolve their result array through the ordinary resolve
// function, which looks up `then` on the array (and so can be hijacked).
let lookups = 0;
Object.defineProperty(Array.prototype, 'then', {
  get() {
    lookups++;
    return undefined;
  },
  configurable: true,
});
Promise.all([1, Promise.resolve(2)]).then((v) => console.log('all', v, lookups));
Promise.allSettled([1]).then((v) => console.log('allSettled', v, lookups));
Promise.any([Promise.reject(new Error('x')), 3]).then((v) => console.log('any', v, lookups));
Promise.all([]).then((v) => console.log('all empty', v, lookups));
delete Array.prototype.then;

// A callable `then` makes the array a thenable: one more job before the result settles.
Array.prototype.then = function (resolve) {
  console.log('array then called, length', this.length);
  resolve('replaced');
};
const ticks = (n) => {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => console.log('tick', i));
};
ticks(5);
Promise.all([1, 2]).then((v) => console.log('all ->', v));
Promise.allSettled([]).then((v) => console.log('allSettled [] ->', v));
await null;
await null;
await null;
await null;
await null;
delete Array.prototype.then;
console.log('awaited array:', await [1, 2]);
