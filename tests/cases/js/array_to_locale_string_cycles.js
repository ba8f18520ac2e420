// toLocaleString on arrays: each element's own toLocaleString (numbers grouped), nested arrays
// joined with ',', and an array met again inside itself printed as '' (as join does).
const a = [1, 1234.5, null, undefined];
a.push(a);
console.log(a.toLocaleString());
console.log([[1, [2000]], 3, [[]]].toLocaleString());
const b = [a, [a]];
console.log(b.toLocaleString(), String(b));
const o = { toLocaleString: () => 'custom' };
console.log([o, 1e6, 'x'].toLocaleString());
