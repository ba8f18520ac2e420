const log = (...a) => console.log(...a);
async function returnsPromise() { return Promise.resolve('rp'); }
async function returnsValue() { return 'rv'; }
async function returnsThenable() { return { then(r) { r('rt'); } }; }
returnsPromise().then(log);
returnsValue().then(log);
returnsThenable().then(log);
Promise.resolve().then(() => log('m1')).then(() => log('m2')).then(() => log('m3')).then(() => log('m4')).then(() => log('m5'));
const p = Promise.resolve(7);
log(Promise.resolve(p) === p, new Promise(r => r(p)) === p);
new Promise(r => r(p)).then(v => log('wrapped', v));
p.then(5, null).then(v => log('passthrough', v));
(async () => { try { await Promise.reject('str'); } catch (e) { log('caught', typeof e, e); } finally { await null; log('finally after await'); } })();
