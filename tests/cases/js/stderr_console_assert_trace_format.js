// The other ways console writes to stderr: console.assert's "Assertion failed", console.trace's
// first line (its stack frames name Node's files and are left out of the comparison),
// console.warn with format specifiers and objects, and console.error inside a group.
const job = { id: 7, tags: ['a', 'b'], nested: { deep: { deeper: { deepest: 1 } } } };
console.assert(1 + 1 === 2, 'never printed');
console.assert(false, 'job %d is %s', job.id, 'late');
console.assert(false);
console.assert(0, job);
console.warn('%o and %j', job.tags, { k: 1 });
console.warn('job:', job);
console.trace('tracing %s', 'here');
console.group('outer');
console.error(new Map([[1, { x: [1, 2, 3] }]]));
console.group();
console.warn('two levels', null, undefined, 10n, Symbol('s'));
console.groupEnd();
console.groupEnd();
setTimeout(() => {
  console.error('in a timer');
  Promise.resolve().then(() => console.warn('in a microtask'));
  console.log('stdout in the timer');
}, 1);
