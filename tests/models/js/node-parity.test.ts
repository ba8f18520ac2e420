/**
 * Edge cases of the js model checked against the real Node on this machine
 * (tests/oracle/node-oracle.ts runs each program as an ES module with the capture hook):
 * stdout and the uncaught error must match exactly. Node's timers run on a real clock, so
 * timers whose order the program relies on are kept well apart (≥ 20 ms) unless they were
 * created in the same loop iteration (same start time, so their order is fixed).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runProgram } from '../../../src/engine/engine';
import { runInNode } from '../../oracle/node-oracle';

const programs: Record<string, string> = {
  'promise subclass keeps its species': `
class MyP extends Promise {}
const p = MyP.resolve(1);
console.log(p instanceof MyP, p.then(() => {}) instanceof MyP, Promise.resolve(p) === p);
p.then((v) => console.log('sub then', v));
Promise.resolve(2).then((v) => console.log('plain then', v));
`,
  'withResolvers is not in Node 20': `
console.log(typeof Promise.withResolvers);
`,
  'executor and then type errors': `
try { new Promise(5); } catch (e) { console.log(e.constructor.name, e.message); }
try { Promise(() => {}); } catch (e) { console.log(e.constructor.name, e.message); }
try { Promise.prototype.then.call({}, () => {}); } catch (e) { console.log(e.constructor.name, e.message); }
`,
  'interval cleared inside its callback, unref and immediates': `
let n = 0;
const iv = setInterval(() => { n++; console.log('iv', n); if (n === 3) clearInterval(iv); }, 5);
setTimeout(() => console.log('unref never'), 100).unref();
setImmediate(() => console.log('immediate'));
const im = setImmediate(() => console.log('cleared immediate'));
clearImmediate(im);
setTimeout((a, b) => console.log('args', a, b), 40, 'x', 'y');
`,
  'process.exit stops everything': `
setTimeout(() => console.log('never'), 1);
Promise.resolve().then(() => { console.log('micro'); process.exit(0); console.log('not after exit'); });
Promise.resolve().then(() => console.log('also never'));
console.log('sync');
`,
  'a microtask that throws crashes at once': `
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2'));
queueMicrotask(() => { console.log('qm'); throw new RangeError('in qm'); });
process.nextTick(() => console.log('tick'));
`,
  'a throw after a top-level await surfaces 4 ticks later': `
await null;
let p = Promise.resolve();
for (let i = 1; i <= 8; i++) p = p.then(() => console.log('m' + i));
throw new TypeError('late');
`,
  'rejection handled in a later macrotask is too late': `
const p = Promise.reject(new Error('early'));
setTimeout(() => p.catch(() => console.log('too late')), 0);
console.log('end');
`,
  'a non-Error rejection': `
Promise.reject(42);
`,
  'async function errors and finally ordering': `
async function f() { try { await null; throw new Error('x'); } finally { console.log('finally f'); } }
f().catch((e) => console.log('caught', e.message)).finally(() => console.log('done'));
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3')).then(() => console.log('t4'));
`,
  'await a thenable that throws and a getter that throws': `
const bad = { then() { throw new Error('then threw'); } };
try { await bad; } catch (e) { console.log('caught', e.message); }
const worse = { get then() { throw new Error('getter threw'); } };
try { await worse; } catch (e) { console.log('caught', e.message); }
const p = Promise.resolve(1); Object.defineProperty(p, 'constructor', { get() { console.log('constructor read'); return Promise; } });
console.log(await p);
`,
  'combinators with non-iterables and empty inputs': `
Promise.all(5).catch((e) => console.log(e.constructor.name));
Promise.any([]).catch((e) => console.log(e.constructor.name, e.message, e.errors.length));
Promise.race([]).then(() => console.log('never settles'));
Promise.allSettled([Promise.reject(new Error('r')), 1]).then((rs) => console.log(JSON.stringify(rs.map((r) => r.status))));
`,
  'unsettled top-level await': `
console.log('before');
await new Promise(() => {});
console.log('never');
`,
  'timers created in a timer share its instant': `
setTimeout(() => {
  setTimeout(() => console.log('inner 10'), 10);
  setTimeout(() => console.log('inner 5'), 5);
}, 10);
setTimeout(() => console.log('outer 40'), 40);
`,
  'finally variants': `
Promise.resolve(1).finally(() => { throw new Error('fin'); }).catch((e) => console.log('a', e.message));
Promise.reject(new Error('r')).finally(() => Promise.resolve(9)).catch((e) => console.log('b', e.message));
Promise.resolve(2).finally(() => new Promise((r) => setTimeout(r, 5))).then((v) => console.log('c', v));
Promise.resolve(3).finally().then((v) => console.log('d', v));
let q = Promise.resolve(); for (let i = 1; i <= 6; i++) q = q.then(() => console.log('tick', i));
`,
  'Promise.resolve of thenables and nextTick after await': `
Promise.resolve({ then(r) { console.log('then called'); r('t'); } }).then((v) => console.log('got', v));
async function f() { await null; process.nextTick(() => console.log('tick from f')); Promise.resolve().then(() => console.log('micro from f')); }
f();
let q = Promise.resolve(); for (let i = 1; i <= 4; i++) q = q.then(() => console.log('tick', i));
`,
  'immediate before timeout inside a timer callback': `
setTimeout(() => {
  setTimeout(() => console.log('timeout 0'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
}, 5);
setTimeout(() => console.log('string delay'), '50');
`,
  'async methods, arrows and this': `
class A { constructor() { this.n = 1; } async m() { await null; return this.n + 1; } static async s() { return 's'; } }
const a = new A();
const arrow = async (x) => { await Promise.resolve(); return x * 2; };
console.log(await a.m(), await A.s(), await arrow(21));
`,
  'a rejected async call awaited too late crashes': `
async function fail() { throw new Error('lost'); }
const p = fail();
setTimeout(async () => { try { await p; } catch (e) { console.log('never', e.message); } }, 0);
console.log('end');
`,
  'race and any over timers': `
const d = (ms, v, bad) => new Promise((res, rej) => setTimeout(() => (bad ? rej(new Error(v)) : res(v)), ms));
console.log(await Promise.race([d(30, 'slow'), d(10, 'fast')]));
console.log(await Promise.any([d(5, 'e1', true), d(20, 'ok'), d(10, 'e2', true)]));
try { await Promise.race([d(5, 'boom', true), d(10, 'late')]); } catch (e) { console.log('race rejected', e.message); }
console.log(JSON.stringify(await Promise.all([d(10, 1), 2, Promise.resolve(3)])));
`,
};

describe('js model matches real Node on edge cases', () => {
  for (const [name, source] of Object.entries(programs)) {
    it(name, () => {
      const real = runInNode(source);
      const r = runProgram(source, { lang: 'js', model: 'js', recordEvents: false });
      expect({ stdout: r.stdout, error: r.error, warnings: r.warnings }).toEqual({
        stdout: real.stdout,
        error: real.error,
        warnings: real.warnings,
      });
    });
  }
});

/**
 * Programs that listen for 'uncaughtException' themselves, run by plain `node file.cjs`: the
 * capture hook's own 'unhandledRejection' listener would take their rejections before Node
 * hands them, wrapped as ERR_UNHANDLED_REJECTION, to the program's listener.
 */
const listening: Record<string, string> = {
  'a rejection reason that is not an Error, named as Node wraps it': `
process.on('uncaughtException', (e, origin) => console.log(origin, e.name, e.code, e.message.slice(e.message.indexOf('reason') + 7)));
class Foo {}
for (const r of [{ a: 1 }, [1, 2], 'str', 42, undefined, null, Symbol('s'), 10n, () => 1, new Map([[1, 2]]), Object.create(null), new Foo(), true, 1.5, [], { toString() { return 'custom'; } }, new RangeError('an error'), "it's", -0, 'a\\nb'])
  Promise.reject(r);
`,
  'uncaughtExceptionMonitor sees each error before the uncaughtException listener': `
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', origin, e.code, e.message.slice(0, 20)));
process.on('uncaughtException', (e, origin) => console.log('handler', origin, e.message.slice(0, 20)));
setTimeout(() => { throw new Error('timer throws'); }, 0);
Promise.reject(new Error('rejected'));
Promise.reject(42);
setTimeout(() => console.log('the loop goes on'), 20);
`,
};

describe('js model matches plain Node where the program listens for uncaught exceptions', () => {
  for (const [name, source] of Object.entries(listening)) {
    it(name, () => {
      const dir = mkdtempSync(join(tmpdir(), 'async-lanes-node-plain-'));
      try {
        const file = join(dir, 'program.cjs');
        writeFileSync(file, source);
        const real = spawnSync(process.execPath, [file], { encoding: 'utf8' });
        const r = runProgram(source, { lang: 'js', model: 'js', jsMode: 'commonjs', recordEvents: false });
        expect(r.stdout).toEqual(real.stdout.split('\n').slice(0, -1));
        expect(real.status).toBe(0);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
