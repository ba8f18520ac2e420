// timers/promises validates its options as Node 20 lib/timers/promises.js does: a bad
// `options`, `options.signal` (not an AbortSignal) or `options.ref` (not a boolean) rejects
// setTimeout's / setImmediate's promise and throws from setInterval's first next();
// `ref: false` does not keep the process alive.
import { setTimeout as sleep, setImmediate as imm, setInterval as every } from 'timers/promises';
for (const o of [5, null, { signal: 'nope' }, { ref: 'x' }, { signal: {} }, { signal: null }]) {
  await sleep(1, 'v', o).then(
    (v) => console.log('ok', v),
    (e) => console.log(e.code, e.message),
  );
  await imm('v', o).then(
    (v) => console.log('ok', v),
    (e) => console.log(e.code, e.message),
  );
  try {
    for await (const v of every(1, 'v', o)) {
      console.log('interval', v);
      break;
    }
  } catch (e) {
    console.log('interval', e.code, e.message);
  }
}
sleep(10000, 'x', { ref: false }).then(() => console.log('never'));
imm('y', { ref: false }).then((v) => console.log('unref immediate still runs', v));
console.log('an unref timer does not hold the process');
