const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
async function main() {
  const r1 = await Promise.race([sleep(50, 'slow'), sleep(10, 'fast')]);
  console.log('race', r1);
  const r2 = await Promise.allSettled([sleep(10, 1), Promise.reject(new Error('boom')), 3]);
  console.log(r2.map((r) => r.status + ":" + (r.value ?? r.reason.message)));
  try {
    await Promise.any([Promise.reject(new Error('a')), Promise.reject(new TypeError('b'))]);
  } catch (e) {
    console.log(e.constructor.name, e.message, e.errors.map(x => x.message));
  }
  const all = await Promise.all([1, sleep(20, 2), Promise.resolve(3)]);
  console.log(all, all.length);
}
main().then(() => console.log('done'));
