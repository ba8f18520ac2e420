// console.group/count/assert/dir/table: indentation, per-label counters, table layout; stderr lines are not stdout.
console.group('Group A');
console.log('inside a');
console.group();
console.info('nested info', { x: [1, 2] });
console.groupEnd();
console.warn('warn goes to stderr');
console.error('error goes to stderr');
console.groupEnd();
console.log('outside');
console.count(); console.count('k'); console.count(); console.countReset(); console.count();
console.assert(1 === 2, 'assertion msg');
console.assert(true, 'never');
console.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
console.table([{ a: 1, b: 'x' }, { a: 2, c: true }]);
console.debug('debug line');
console.log();
console.log('%c styled', 'color: red');
console.log('multi\nline', 'x');
