async function a() { console.log('a1'); await b(); console.log('a2'); }
async function b() { console.log('b1'); await null; console.log('b2'); }
Promise.resolve().then(() => console.log('p1')).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4'));
a();
new Promise(res => { console.log('executor'); res(); }).then(() => console.log('exec then'));
const thenable = { then(r) { console.log('thenable.then called'); r('T'); } };
(async () => { const v = await thenable; console.log('got', v); })();
console.log('end');
