// A throw that ends an ES module (here after a top-level await) reaches Node 20's
// triggerUncaughtException as a rejection: the monitor and an 'uncaughtException' listener
// both see it with origin 'unhandledRejection', and the program carries on.
process.on('uncaughtExceptionMonitor', (e, origin) => console.log('monitor', e.message, origin));
process.on('uncaughtException', (e, origin) => console.log('handler', e.message, origin));
setTimeout(() => console.log('later timer'), 20);
await null;
throw new Error('top');
