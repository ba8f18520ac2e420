process.on('exit', (code) => { console.log('exit', code); setTimeout(() => console.log('never'), 0); });
setTimeout(() => { console.log('t1'); process.exitCode = 3; }, 10);
setTimeout(() => { console.log('t2'); process.exit(); console.log('not reached'); }, 20);
setTimeout(() => console.log('t3 never'), 30);
