async function boom() {
  await null;
  throw new TypeError('cannot read config');
}
boom();
setTimeout(() => console.log('timer should not run?'), 10);
console.log('sync');
