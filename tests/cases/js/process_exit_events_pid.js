process.on('exit', (code) => console.log('exit', code));
process.on('beforeExit', () => console.log('beforeExit'));
console.log(process.argv.length > 1, typeof process.env, typeof process.pid, process.exitCode);
setTimeout(() => { process.exitCode = 3; }, 5);
