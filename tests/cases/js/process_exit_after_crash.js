process.on('exit', (code) => console.log('exit', code));
setTimeout(() => { throw new Error('boom'); }, 10);
setTimeout(() => console.log('never'), 20);
