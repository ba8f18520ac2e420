// yield*: over arrays, strings and generators; next/throw/return forwarded to the inner
// iterator; the inner result objects passed through as they are; the return value of yield*.
function* inner() {
  try {
    const a = yield 'i1';
    console.log('  inner got', a);
    const b = yield 'i2';
    console.log('  inner got', b);
    return 'inner result';
  } catch (e) {
    console.log('  inner caught', e);
    yield 'after catch';
    return 'recovered';
  } finally {
    console.log('  inner finally');
  }
}
function* outer() {
  yield* [1, 2];
  yield* 'hi';
  const r = yield* inner();
  console.log('  yield* returned', r);
  return 'outer done';
}
const o = outer();
const seen = [];
for (let s = o.next(); !s.done; s = o.next('sent-' + seen.length)) seen.push(s.value);
console.log(seen);
const t = outer();
for (let i = 0; i < 5; i++) t.next();
console.log(t.throw('E'), t.next(), t.next());
const rt = outer();
for (let i = 0; i < 5; i++) rt.next();
console.log(rt.return('R'), rt.next());
const raw = { [Symbol.iterator]() { let i = 0; return { next(v) { console.log('  raw next', v); i++; return { value: i, done: i > 2, extra: 'kept' }; } }; } };
function* passRaw() { const r = yield* raw; console.log('  raw result', r); }
const pr = passRaw();
console.log(pr.next('a'), pr.next('b'), pr.next('c'));
const noThrow = { [Symbol.iterator]() { return { next: () => ({ value: 'x', done: false }), return() { console.log('  closed before TypeError'); return {}; } }; } };
function* viaNoThrow() { yield* noThrow; }
const nt = viaNoThrow();
nt.next();
try { nt.throw(new Error('into')); } catch (e) { console.log(e.constructor.name, e.message); }
const withReturn = { [Symbol.iterator]() { return { next: () => ({ value: 'y', done: false }), return(v) { console.log('  inner return got', v); return { value: 'inner says ' + v, done: true }; } }; } };
function* viaReturn() { try { yield* withReturn; } finally { console.log('  outer finally'); } }
const vr = viaReturn();
vr.next();
console.log(vr.return('R2'));
function* fib() { let [a, b] = [0, 1]; for (;;) { yield a; [a, b] = [b, a + b]; } }
function* takeWhile(p, it) { for (const x of it) { if (!p(x)) return; yield x; } }
function* concat(...its) { for (const it of its) yield* it; }
console.log([...concat(takeWhile((x) => x < 50, fib()), new Set(['s']), new Map([['k', 'v']]))]);
