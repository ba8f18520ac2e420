// Quiz: https://anirbansinha.notion.site/STEP-1-EVENT-LOOP-ASYNC-INTERNALS-FOUNDATION-1e7116f90ef9807f9b62d6ed5681a5ec
console.log('start');
setTimeout(() => console.log('setTimeout'), 0);
setImmediate(() => console.log('setImmediate'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
console.log('end');
