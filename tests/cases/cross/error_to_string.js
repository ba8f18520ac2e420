// shims/js.py's Error under the Python models: the twin writes ${e} as f"{e}" and String(e) as
// str(e), which CPython prints as the bare message.
async function work() {
  throw new Error("disk full");
}
try {
  await work();
} catch (e) {
  console.log(`caught ${e}`);
  console.log("plain", e);
  console.log(String(e));
}
