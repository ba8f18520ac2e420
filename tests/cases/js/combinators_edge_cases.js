const order = [];
function makeTask(name, ms, fail) {
  return new Promise((resolve, reject) => setTimeout(() => (fail ? reject(new Error(name + ' failed')) : resolve(name)), ms));
}
Promise.race([]).then(() => console.log('never'));
Promise.all([]).then(v => console.log('all empty', v));
Promise.allSettled([]).then(v => console.log('allSettled empty', v));
Promise.race([makeTask('a', 30, true), makeTask('b', 60)]).then(console.log, e => console.log('race rejected:', e.message));
Promise.any([makeTask('c', 30, true), makeTask('d', 60)]).then(v => console.log('any', v));
Promise.all([makeTask('e', 30), makeTask('f', 60, true), makeTask('g', 90, true)]).catch(e => console.log('all rejected:', e.message));
Promise.allSettled([makeTask('h', 30), makeTask('i', 60, true)]).then(rs => rs.forEach(r => console.log(r.status, r.value ?? r.reason.message)));
Promise.all('ab').then(v => console.log('iterable string', v));
Promise.all(5).catch(e => console.log(e.constructor.name, e.message));
