const fns = [];
for (let i = 0; i < 3; i++) fns.push(() => i);
var vs = [];
for (var j = 0; j < 3; j++) vs.push(() => j);
console.log(fns.map((f) => f()), vs.map((f) => f()));
let count = 0;
outer: for (const a of [1, 2, 3]) {
  for (const b of [1, 2, 3]) {
    if (b === 2) continue outer;
    if (a === 3) break outer;
    count += a * b;
  }
}
const { x, y: [first, ...others] = [], z = "dflt" } = { x: 1, y: [2, 3, 4] };
console.log(count, x, first, others, z);
let k = 0;
do {
  k += 2;
} while (k < 7);
switch (k) {
  case 8:
    console.log("eight");
  case 9:
    console.log("fallthrough");
    break;
  default:
    console.log("default");
}
const obj = { a: 1, get double() { return this.a * 2; }, ["comp" + "uted"]: true };
for (const key in obj) console.log(key, obj[key]);
console.log(obj?.missing?.deep, obj.a ?? 5, null ?? "n");
