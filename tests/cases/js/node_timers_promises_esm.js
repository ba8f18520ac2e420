import { setTimeout as sleep, setImmediate } from 'node:timers/promises';
import util, { promisify } from 'node:util';
console.log(util.promisify === promisify);
console.log(await sleep(10, 'esm sleep'), await setImmediate(7));
const ac = new AbortController();
ac.abort(new Error('stop'));
try { await sleep(10, 'x', { signal: ac.signal }); } catch (e) { console.log(e.name, e.cause.message); }
