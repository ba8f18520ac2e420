async function a() { console.log('a1'); await b(); console.log('a2'); return 'A'; }
async function b() { console.log('b1'); await c(); console.log('b2'); }
async function c() { console.log('c1'); return Promise.resolve('C'); }
const order = [];
a().then((v) => console.log('a then', v));
Promise.resolve('x').then((v) => console.log('p1', v)).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4')).then(() => console.log('p5')).then(() => console.log('p6'));
queueMicrotask(() => console.log('qm1'));
(async () => { console.log('iife1'); await 0; console.log('iife2'); await new Promise((r) => r()); console.log('iife3'); })();
console.log('sync end');
