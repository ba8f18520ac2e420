process.once('exit', (c) => console.log('once exit', c));
const h = () => console.log('removed');
process.on('exit', h);
process.off('exit', h);
console.log(typeof process.on, typeof process.emit);
await new Promise((r) => setTimeout(r, 10));
console.log('tla done');
