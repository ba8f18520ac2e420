// A property of the global object is a name every scope can read (ECMA-262 §9.1.1.4 global
// environment records), in a CommonJS script and in an ES module alike.
globalThis.answer = 42;
console.log(answer, typeof answer, 'answer' in globalThis);
function readIt() {
  return answer + 1;
}
console.log(readIt());
globalThis.answer = 7;
console.log(readIt());
console.log(typeof notThere, typeof globalThis.setTimeout);
