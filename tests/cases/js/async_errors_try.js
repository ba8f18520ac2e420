async function risky(n) {
  await null;
  if (n % 2) throw new Error(`odd ${n}`);
  return n;
}
async function main() {
  for (let i = 0; i < 4; i++) {
    try {
      const v = await risky(i);
      console.log("ok", v);
    } catch (e) {
      console.log("caught", e.message);
    } finally {
      console.log("finally", i);
    }
  }
  return "main done";
}
main().then(console.log);
console.log("main called");
