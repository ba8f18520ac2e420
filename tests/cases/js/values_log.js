console.log(undefined, null, true, 1, 1.5, 0.1 + 0.2, -0, 1e21, 7 / 2, -7 % 3, 2 ** 10, "str");
console.log([1, "a", null, undefined, [2, [3, [4, [5]]]]], { a: 1, "b-c": "x", d: { e: { f: { g: 1 } } } }, [], {});
console.log(String(123), (3.14159).toFixed(2), parseInt("42px"), Number("x"), typeof null, typeof (() => 1), [1, 2, 3].join("-"));
console.log("abc".toUpperCase(), " a ".trim(), "a,b".split(","), "abc".slice(-2), "x".padStart(3, "."), "ab".repeat(2));
console.log([3, 1, 10, 2].sort(), [3, 1, 10, 2].sort((a, b) => a - b), [1, 2, 3].map((x) => x * 2).filter((x) => x > 2), [1, 2, 3].reduce((a, b) => a + b, 0));
console.log(JSON.stringify({ a: [1, { b: 2 }], c: "d" }), JSON.stringify([1, 2], null, 2), Math.max(1, 5, 3), Math.floor(-1.5));
const m = new Map([["x", 1]]); m.set("y", 2);
console.log(m, new Set([1, 2, 2]), m.size, [..."hi"], Object.keys({ p: 1, q: 2 }), Object.entries({ r: 3 }));
