const p1 = Promise.reject(new Error('one'));
const p2 = Promise.reject(new Error('two'));
setTimeout(() => {
  p1.catch(() => console.log('handled one'));
}, 0);
