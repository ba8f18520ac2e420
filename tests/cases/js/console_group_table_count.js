const results = [];
const sleep = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
async function job(id, ms) {
  console.group(`job ${id}`);
  console.log('start', { id, ms });
  await sleep(ms);
  console.log('done');
  console.groupEnd();
  results.push({ id, ms, status: ms > 40 ? 'slow' : 'fast', tags: ['a', 'b', 'c', 'd'], meta: { x: 1, y: 2, z: 3 } });
}
(async () => {
  await job(1, 30);
  await job(2, 60);
  console.table(results);
  console.table(results, ['id', 'status']);
  console.table([1, 'two', { three: 3 }, [4, 5]]);
  console.table({ alice: { age: 30 }, bob: { age: 25, city: 'Paris' } });
  console.table(['x']);
  console.table(5);
  console.table([]);
  console.group('outer');
  console.group('inner');
  console.log({ long: 'a'.repeat(30), other: 'b'.repeat(30), more: [1, 2, 3] });
  console.groupEnd();
  console.groupEnd();
  console.groupEnd();
  console.log('back');
  console.countReset('nope');
  console.count('x'); console.count('x'); console.countReset('x'); console.count('x');
  console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: null });
  console.dir({ a: { b: { c: { d: { e: 1 } } } } }, { depth: 1 });
  console.assert(false, { not: 'a string' });
  console.timeEnd('missing');
})();
