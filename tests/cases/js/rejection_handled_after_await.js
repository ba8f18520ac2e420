process.on?.call;
async function main() {
  const p = Promise.reject(new Error('early'));
  await new Promise(r => setTimeout(r, 10));
  try { await p; } catch (e) { console.log('caught', e.message); }
}
main();
