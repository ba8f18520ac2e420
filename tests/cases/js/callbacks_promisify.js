function fetchData(cb) { setTimeout(() => cb(null, { data: 1 }), 10); }
function fetchFail(cb) { setTimeout(() => cb(new Error('network down')), 20); }
const promisify = (fn) => (...args) => new Promise((res, rej) => fn(...args, (err, val) => (err ? rej(err) : res(val))));
const fd = promisify(fetchData);
const ff = promisify(fetchFail);
fd().then(v => console.log('got', v));
ff().catch(e => console.log('failed:', e.message));
fetchData(function (err, v) { console.log(this === undefined || this === globalThis, err, v); });
