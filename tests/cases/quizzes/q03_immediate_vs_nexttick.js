// Quiz: https://leyaa.ai/codefly/learn/nodejs/part-2/nodejs-setimmediate-vs-processnexttick/challenge (problem 1)
console.log('start');
process.nextTick(() => console.log('nextTick'));
setImmediate(() => console.log('setImmediate'));
console.log('end');
