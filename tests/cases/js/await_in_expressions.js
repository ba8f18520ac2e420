const log = (m) => console.log(m);
const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
let polls = 0;
async function ready() { polls++; await null; return polls >= 3; }
async function main() {
  while (!(await ready())) log(`poll ${polls}`);
  log(`ready after ${polls}`);
  const label = (await delay(10, true)) ? 'yes' : 'no';
  log(`ternary ${label} ${await delay(10, 'in-template')}`);
  log(Math.max(await delay(10, 3), await delay(10, 7)));
  const obj = { a: await delay(10, 1), b: [await delay(10, 2)] };
  log(JSON.stringify(obj));
  const p = new Promise(async (resolve) => { await null; resolve('async executor'); });
  log(await p);
  const chained = await Promise.resolve(1).then((v) => delay(10, v + 1)).then((v) => { throw new Error('at ' + v); }).catch((e) => e.message).then(
    (v) => v + '!',
    () => 'never',
  );
  log(chained);
  const r = await Promise.reject(new Error('x')).then(() => 'fulfilled', (e) => 'onRejected ' + e.message);
  log(r);
  try { await Promise.resolve().then(() => { throw new RangeError('in then'); }).catch((e) => { throw new TypeError('rethrown from catch: ' + e.message); }); }
  catch (e) { log(`${e.name}: ${e.message}`); }
}
main().then(() => log('main resolved'));
Promise.resolve().then(() => log('tick A')).then(() => log('tick B'));
