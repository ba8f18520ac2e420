console.log('before');
await new Promise(r => setTimeout(r, 10));
console.log('after tla');
const v = await Promise.resolve(5);
console.log(v);
await new Promise(() => {});
console.log('unreachable');
