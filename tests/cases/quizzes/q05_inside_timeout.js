// Quiz: https://leyaa.ai/codefly/learn/nodejs/part-2/nodejs-setimmediate-vs-processnexttick/challenge (problem 3)
setImmediate(() => console.log('setImmediate'));
process.nextTick(() => console.log('nextTick'));
setTimeout(() => {
  setImmediate(() => console.log('setImmediate inside timeout'));
  process.nextTick(() => console.log('nextTick inside timeout'));
}, 0);
