// import from Node's timers module (ES module): named exports, the default export, node: prefix.
// Its timers are 10 ms or more apart, so a real run on a loaded machine keeps their order.
import { setTimeout as st, setImmediate as si, clearTimeout as ct } from 'timers';
import timers from 'node:timers';
const t = st(() => console.log('never'), 5);
ct(t);
si(() => console.log('immediate via timers module', typeof timers.setInterval, timers.setTimeout === globalThis.setTimeout));
const iv = setInterval(() => { console.log('interval tick'); iv.close(); }, 20);
const t2 = setTimeout(() => console.log('cleared by clearInterval (never)'), 30);
clearInterval(t2);
clearTimeout(undefined); clearTimeout(null); clearTimeout('nope'); clearImmediate(undefined);
const t3 = setTimeout(() => console.log('t3 fired'), 40);
console.log(t3.hasRef(), t3.unref().hasRef(), t3.ref().hasRef(), typeof t3.refresh());
