const { setTimeout: sleep, setImmediate: immediate } = require('timers/promises');
const util = require('util');
const { promisify } = require('node:util');
console.log(typeof sleep, util.promisify === promisify, typeof util.promisify.custom);
const sleep2 = promisify(setTimeout);
console.log(sleep2 === sleep, setTimeout[util.promisify.custom] === sleep);
function legacy(x, cb) { setTimeout(() => (x < 0 ? cb(new Error('neg')) : cb(null, x * 2)), 5); }
const modern = promisify(legacy);
console.log(modern.name, util.format('%s=%d', 'a', 1), util.inspect({ a: [1, { b: 2 }] }, { depth: 0 }));
(async () => {
  console.log('start');
  const v = await sleep(20, 'slept');
  console.log(v);
  console.log(await immediate('imm'));
  console.log(await modern(21));
  try { await modern(-1); } catch (e) { console.log('rejected', e.message); }
  const ac = new AbortController();
  const p = sleep(1000, 'never', { signal: ac.signal });
  ac.abort();
  try { await p; } catch (e) { console.log(e.name, e.code, e.message); }
  const r = await Promise.race([sleep(10, 'fast'), sleep(20, 'slow')]);
  console.log(r);
  console.log(await sleep2(5, 'via promisify'));
})();
