function debounce(fn, ms) {
  let t;
  return (...args) => { clearTimeout(t); t = setTimeout(() => fn(...args), ms); };
}
const log = debounce((v) => console.log('debounced', v), 50);
log(1); log(2);
setTimeout(() => log(3), 10);
setTimeout(() => log(4), 200);
const memo = new Map();
async function cached(key) {
  if (!memo.has(key)) memo.set(key, new Promise((r) => setTimeout(() => r(key.toUpperCase()), 30)));
  return memo.get(key);
}
Promise.all([cached('a'), cached('a'), cached('b')]).then((v) => console.log(v, memo.size));
