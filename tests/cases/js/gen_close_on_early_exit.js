// A generator consumed by for-of / destructuring / spread: leaving early (break, return,
// throw, a short pattern) calls return(), so its finally blocks run at that moment.
function* resource(name, n) {
  console.log('open', name);
  try {
    for (let i = 1; i <= n; i++) yield i;
  } finally {
    console.log('close', name);
  }
}
for (const x of resource('loop-break', 5)) { if (x === 2) break; console.log('got', x); }
function first() { for (const x of resource('loop-return', 5)) return x * 100; }
console.log('first ->', first());
try { for (const x of resource('loop-throw', 5)) throw new Error('fail at ' + x); } catch (e) { console.log(e.message); }
const [a, b] = resource('destructure', 5);
console.log('destructured', a, b);
const [p, ...rest] = resource('rest', 3);
console.log('rest', p, rest);
console.log('spread', [...resource('spread', 3)], Math.max(...resource('args', 4)));
outer: for (const i of resource('outer', 3)) {
  for (const j of resource('inner' + i, 3)) {
    if (j === 2) continue outer;
    console.log('pair', i, j);
  }
}
function* take(n, it) { if (n <= 0) return; for (const x of it) { yield x; if (--n <= 0) return; } }
function* naturals() { let i = 0; try { while (true) yield i++; } finally { console.log('naturals closed at', i); } }
function* map(f, it) { for (const x of it) yield f(x); }
function* filter(p, it) { for (const x of it) if (p(x)) yield x; }
console.log([...take(5, filter((x) => x % 3 === 0, map((x) => x * x, naturals())))]);
const gen = resource('manual', 3);
console.log(gen.next(), gen.return('stop'), gen.next());
const [z = 'default'] = (function* () { console.log('lazy start'); })();
console.log(z);
