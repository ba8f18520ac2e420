let n = 0;
const id = setInterval((a, b) => {
  n++;
  console.log('interval', n, a, b);
  if (n === 3) {
    clearInterval(id);
    console.log('cleared');
  }
}, 80, 'x', 'y');
setTimeout(console.log, 40, 'timeout args', 1, { two: 2 });
const t = setTimeout(() => console.log('never'), 60);
clearTimeout(t);
console.log(typeof id, typeof t);
setTimeout(() => console.log('1ms'), 1);
setTimeout(() => console.log('0ms'), 0);
setTimeout(() => console.log('neg'), -5);
