// Quiz: https://garden.mindulle.kro.kr/tree/Software/Under-the-hood/Nodejs/What-is-the-order-priority-of-`process.nextTick`,-`Promise`,-`setTimeout`,-and-`setImmediate`
// (the page claims start, end, process.nextTick, Promise, setTimeout, setImmediate; the last two race).
console.log('start');
Promise.resolve().then(() => console.log('Promise'));
setTimeout(() => console.log('setTimeout'), 0);
process.nextTick(() => console.log('process.nextTick'));
setImmediate(() => console.log('setImmediate'));
console.log('end');
