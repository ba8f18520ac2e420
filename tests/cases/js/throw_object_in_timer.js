setTimeout(() => console.log('first timer'), 10);
setTimeout(() => { throw { code: 42, reason: 'custom object' }; }, 20);
setTimeout(() => console.log('never'), 100);
