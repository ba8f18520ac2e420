// yield (and await) in every expression position of a generator body: computed keys, object
// literals with methods and accessors, templates, switch, do-while, for heads, call arguments, new.
function* g() {
  const o = { [yield 'key']: yield 'val', arr: [yield 'a', ...(yield 'spread')] };
  console.log(o);
  console.log(`t${yield 'tpl'}t`, typeof (yield 'typeof'), (yield 'cond') ? 'yes' : 'no');
  switch (yield 'sw') { case 1: yield 'one'; break; default: yield 'dflt'; }
  let i = 0;
  do { i++; } while (yield 'dowhile' + i);
  for (let j = yield 'init'; j < (yield 'test'); j++) yield 'body' + j;
  for (const k in { p: 1, q: 2 }) yield 'in-' + k;
  console.log(Math.max(yield "arg1", yield "arg2"));
  label: for (const x of [1, 2]) { for (const y of [1, 2]) { if ((yield 'xy' + x + y) === 'skip') continue label; } }
  const f = new (yield 'ctor')();
  return f;
}
const it = g();
const sends = { spread: [7, 8], cond: 0, sw: 1, dowhile2: false, init: 0, test: 2, arg1: 3, arg2: 4, xy11: 'skip', ctor: class K {} };
let r = it.next();
const seen = [];
while (!r.done) { seen.push(r.value); const key = r.value; r = it.next(key in sends ? sends[key] : key === 'dowhile1' ? true : key); }
console.log(seen.join(','), r.value);
async function* ag() {
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) throw new Error('e' + i);
      yield await new Promise((res) => setTimeout(res, 10, i));
    } catch (e) { yield 'caught ' + e.message; } finally { await null; }
  }
}
(async () => { const out = []; for await (const v of ag()) out.push(v); console.log(out); })();
async function* g2() {
  const o = { [yield 'key']: yield 'val', arr: [yield 'a'], m() { return super.toString === Object.prototype.toString; }, get x() { return 'gx'; }, set x(v) {}, ...{ s: 1 } };
  console.log(o, o.m(), o.x);
  const p = { [await Promise.resolve('ak')]: await 2, async am() {} };
  console.log(p);
}
(async () => { const it = g2(); let r = await it.next(); while (!r.done) r = await it.next(r.value + '!'); })();
