// Mapped arguments: in a sloppy function (a CommonJS script) arguments[i] and the i-th
// parameter are one variable; in strict code (an ES module, "use strict") they are not.
function f(a, b) {
  arguments[0] = 10;
  console.log('a after arguments[0] = 10:', a);
  b = 20;
  console.log('arguments[1] after b = 20:', arguments[1], 'length', arguments.length);
  console.log('spread:', [...arguments].join(','));
}
f(1, 2, 3);

function notPassed(a, b) {
  b = 9;
  console.log('unpassed b is not mapped:', arguments.length, arguments[1]);
}
notPassed(1);

function strict(a) {
  'use strict';
  arguments[0] = 5;
  console.log('strict function:', a);
}
strict(1);

function withDefault(a = 0) {
  arguments[0] = 5;
  console.log('defaults make it unmapped:', a);
}
withDefault(1);

async function later(x) {
  await null;
  arguments[0] = 'changed';
  console.log('after await:', x);
}
later('original').then(() => console.log('done'));
