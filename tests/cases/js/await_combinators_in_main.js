async function step(label) { console.log(label); }
async function main() {
  const p = step('A');
  console.log('after calling step A');
  await p;
  console.log('after await A');
  const results = await Promise.all([1, 2, 3].map(async (n, i, arr) => { await null; return n * arr.length; }));
  console.log(results);
  const settled = await Promise.allSettled([step('B'), Promise.reject(new RangeError('nope')), 5]);
  console.log(settled.map((s) => s.status), settled[1].reason.name);
  try {
    await Promise.all([Promise.reject(new Error('first')), Promise.reject(new Error('second'))]);
  } catch (e) { console.log('all rejected with', e.message); }
  await null;
  console.log('done main');
}
main();
