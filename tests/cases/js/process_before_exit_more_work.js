let again = false;
process.on('exit', (code) => console.log('exit event, code', code, typeof code));
process.on('beforeExit', (code) => {
  console.log('beforeExit', code);
  if (!again) {
    again = true;
    setTimeout(() => console.log('work scheduled from beforeExit'), 10);
    Promise.resolve().then(() => console.log('microtask from beforeExit'));
  }
});
console.log('main');
setTimeout(() => console.log('timer'), 10);
