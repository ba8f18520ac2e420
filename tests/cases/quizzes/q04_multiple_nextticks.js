// Quiz: https://leyaa.ai/codefly/learn/nodejs/part-2/nodejs-setimmediate-vs-processnexttick/challenge (problem 2)
console.log('start');
process.nextTick(() => console.log('tick1'));
process.nextTick(() => console.log('tick2'));
setImmediate(() => console.log('immediate'));
console.log('end');
