// util.callbackify (Node 20): the callback runs on a nextTick after the promise settles, with
// `this` the callbackified function's; a falsy rejection becomes ERR_FALSY_VALUE_REJECTION; the
// argument checks and a non-promise result fail as Node's do.
const util = require('util');
async function double(a) {
  await null;
  return a * 2;
}
const cbDouble = util.callbackify(double);
console.log(cbDouble.name, cbDouble.length, typeof cbDouble);
cbDouble(21, (err, v) => console.log('cb', err, v));
Promise.resolve().then(() => console.log('micro 1')).then(() => console.log('micro 2')).then(() => console.log('micro 3'));
process.nextTick(() => console.log('tick'));
util.callbackify(async () => { throw null; })((e) => console.log(e.code, e.message, e.reason, e instanceof Error));
util.callbackify(async () => { throw new Error('nope'); })(function (e) { console.log('rejected', e.message, this === obj); }.bind(obj = {}));
var obj;
const o = { k: 5, m: util.callbackify(async function () { return this.k; }) };
o.m(function (e, v) { console.log('this', v, this === o); });
try { util.callbackify(5); } catch (e) { console.log(e.code, e.message); }
try { cbDouble(1); } catch (e) { console.log(e.code, e.message); }
try { util.callbackify(() => 1)((e) => {}); } catch (e) { console.log(e.constructor.name, e.message); }
