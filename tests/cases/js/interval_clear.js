// Real timers in the oracle: keep every ordering decided by due times set in the same
// macrotask, or by wide margins, so a loaded machine cannot reorder them.
let n = 0;
const id = setInterval(() => {
  n++;
  console.log(`interval ${n}`);
  if (n === 3) clearInterval(id);
}, 20);
setTimeout(() => console.log("timeout 200"), 200);
const t = setTimeout(() => console.log("never"), 300);
setTimeout(() => clearTimeout(t), 10);
