// Built-in functions have the spec's `length`/`name`, with the spec's attributes.
const show = (label, f) => console.log(label, f.name, f.length);
show('Promise', Promise);
show('all', Promise.all);
show('allSettled', Promise.allSettled);
show('any', Promise.any);
show('race', Promise.race);
show('resolve', Promise.resolve);
show('reject', Promise.reject);
show('then', Promise.prototype.then);
show('catch', Promise.prototype.catch);
show('finally', Promise.prototype.finally);
show('setTimeout', setTimeout);
show('setInterval', setInterval);
show('setImmediate', setImmediate);
show('clearTimeout', clearTimeout);
show('queueMicrotask', queueMicrotask);
show('padStart', ''.padStart);
show('padEnd', ''.padEnd);
show('map', [].map);
show('captureStackTrace', Error.captureStackTrace);
console.log(Object.getOwnPropertyDescriptor(Promise.all, 'length'));
console.log(Object.getOwnPropertyDescriptor(Promise.all, 'name'));
console.log(Object.getOwnPropertyDescriptor(Promise, 'prototype'));
console.log(Object.getOwnPropertyDescriptor(Math, 'PI'));
console.log(Object.getOwnPropertyDescriptor(Number, 'MAX_SAFE_INTEGER'));
console.log(Object.getOwnPropertyDescriptor(Promise.prototype, 'then'));
function user(a, b = 1, ...rest) {}
console.log(Object.getOwnPropertyDescriptor(user, 'length'), Object.getOwnPropertyDescriptor(user, 'name'));
for (const [obj, key] of [
  [Math, 'PI'],
  [Promise, 'prototype'],
  [Promise.all, 'length'],
]) {
  try {
    obj[key] = 1;
    console.log('assigned', key);
  } catch (e) {
    console.log(e.constructor.name + ': ' + e.message);
  }
}
try {
  delete Math.PI;
} catch (e) {
  console.log(e.constructor.name + ': ' + e.message);
}
console.log(delete Promise.all.length, Promise.all.length);
