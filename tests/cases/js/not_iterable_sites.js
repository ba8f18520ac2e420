// Iteration sites and their V8 messages (spread in calls, arrays, declarations, for-of).
const tries = [
  () => [...5], () => [...{}], () => { const o = { a: 1 }; [...o]; }, () => { const o = { a: {} }; for (const x of o.a) {} },
  () => { let u; for (const x of u) {} }, () => { const [a] = null; }, () => { const [a] = 5; }, () => Math.max(...{}),
  () => Math.max(...null), () => { const f = (...a) => a; f(...undefined); }, () => { function g([a]) {} g(1); },
  () => { const m = new Map(); for (const [k] of m.get('x')) {} }, () => Array.from(5).length, () => new Map([1]),
  () => Promise.all(5), () => { for (const x of { length: 2 }) {} }, () => { let n = null; [a] = n; var a; },
];
for (const t of tries) { try { t(); console.log('ok'); } catch (e) { console.log(e.constructor.name + ': ' + e.message); } }
