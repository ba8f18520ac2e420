// return() as a completion travelling through the body: a finally that breaks out of a loop
// cancels it, catch clauses never see it, a yield* whose inner iterator keeps going on
// return() resumes the outer body afterwards, and a for-of in the body closes its iterator.
function* breaksOut() {
  for (let i = 0; i < 3; i++) {
    try { yield i; } finally { if (i === 0) break; }
  }
  yield 'after loop';
  return 'end';
}
const b = breaksOut();
console.log(b.next(), b.return('R'), b.next(), b.next());
function* catchesAll() {
  try { yield 1; } catch (e) { console.log('never printed', e); }
  yield 'not reached';
}
const c = catchesAll();
c.next();
console.log(c.return('R2'), c.next());
function* stubborn() {
  try { yield 'a'; } finally { yield 'cleanup 1'; yield 'cleanup 2'; }
  return 'stubborn end';
}
function* delegator() {
  const r = yield* stubborn();
  console.log('  delegation finished with', r);
  yield 'outer continues';
  return 'outer end';
}
const d = delegator();
console.log(d.next(), d.return('R3'), d.next(), d.next(), d.next(), d.next());
function* source() { try { yield 1; yield 2; } finally { console.log('  source closed'); } }
function* loops() { for (const x of source()) { yield x * 10; } }
const l = loops();
console.log(l.next(), l.return('R4'), l.next());
function* nested() {
  try {
    try { yield 'inner'; } finally { console.log('  inner finally'); }
  } finally {
    console.log('  outer finally');
  }
}
const n = nested();
n.next();
console.log(n.return('R5'));
function* returnsFromFinally() { try { yield 1; } finally { return 'finally wins'; } }
const rf = returnsFromFinally(); rf.next();
console.log(rf.return('R6'));
function* throwsFromFinally() { try { yield 1; } finally { throw new Error('finally threw'); } }
const tf = throwsFromFinally(); tf.next();
try { tf.return('R7'); } catch (e) { console.log(e.message, tf.next()); }
