let n = 0;
const id = setInterval(() => {
  n++;
  console.log(`interval ${n}`);
  if (n === 3) clearInterval(id);
}, 20);
setTimeout(() => console.log("timeout 50"), 50);
const t = setTimeout(() => console.log("never"), 30);
setTimeout(() => clearTimeout(t), 10);
