async function one() { console.log('one start'); await two(); console.log('one end'); }
async function two() { console.log('two start'); await three(); console.log('two end'); }
async function three() { console.log('three'); }
console.log('script');
setTimeout(() => console.log('timeout'), 0);
one().then(() => console.log('one resolved'));
Promise.resolve().then(() => console.log('then A')).then(() => console.log('then B')).then(() => console.log('then C'));
queueMicrotask(() => console.log('qm'));
process.nextTick(() => console.log('nt'));
(async () => { await undefined; console.log('iife after await'); await new Promise(r => r()); console.log('iife after 2nd'); })();
console.log('script end');
