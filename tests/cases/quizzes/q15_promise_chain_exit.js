// Quiz: https://gennadiy1970.github.io/promise/html/microtasks.html
console.log('program start');
setTimeout(function () {
  console.log('setTimeout 0');
}, 0);
Promise.resolve()
  .then(function () {
    console.log('promise');
  })
  .then(function () {
    console.log('next promise');
  });
console.log('leaving the thread');
console.log('leaving the program');
