// 10,000 promise chains of ten `.then` links each, all settled through one Promise.all.
const CHAINS = 10000;
const LINKS = 10;
const chains = [];
for (let c = 0; c < CHAINS; c++) {
  let p = Promise.resolve(c);
  for (let k = 0; k < LINKS; k++) p = p.then((v) => v + 1);
  chains.push(p);
}
const values = await Promise.all(chains);
console.log(values.reduce((a, b) => a + b, 0));
