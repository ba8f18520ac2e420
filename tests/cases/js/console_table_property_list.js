// console.table's property list is read with for…of: a hole is the column `undefined`,
// a number is its string, and a column no row has is empty. A fuzzed `[, '']` once
// stopped the engine with an internal error (issue 10).
const rows = [
  { status: "ok", tags: ["a"], meta: { y: 2 } },
  { status: "", 1: "one" },
];
console.table(rows, [, ""]);
console.table(rows, ["status", undefined, 1]);
console.table(rows, []);
