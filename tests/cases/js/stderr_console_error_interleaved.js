// console.error, console.warn and process.stderr.write go to stderr, among the stdout lines
// where they were written: `.catch(console.error)` on a rejected promise is the classic
// demo. Stack frames are left out of the comparison (they name Node's own files).
async function load(id) {
  await null;
  if (id === 2) throw new Error(`no item ${id}`);
  return { id };
}
console.log('start');
for (const id of [1, 2, 3]) {
  load(id)
    .then((item) => console.log('loaded', item.id))
    .catch(console.error);
}
console.warn('warned while loading');
setTimeout(() => {
  process.stderr.write('partial ');
  process.stderr.write('stderr line\n');
  console.error('%s failed after %d ms', 'job', 5);
  console.log('timer done');
}, 5);
Promise.reject(new TypeError('bad input')).catch((e) => console.error('caught:', e.message));
console.group('group');
console.error('indented on stderr');
console.groupEnd();
console.log('end of script');
