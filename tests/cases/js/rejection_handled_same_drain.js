// Unhandled rejection timing: a rejection handled within the same drain is fine; one
// handled in a later macrotask crashes the program first.
async function failSoon(label) {
  await null;
  throw new Error(label);
}
const early = failSoon('handled in time');
Promise.resolve().then(() => Promise.resolve()).then(() => early.catch((e) => console.log('caught:', e.message)));
async function main() {
  const tasks = [failSoon('first'), failSoon('second')];
  try {
    await tasks[0];
  } catch (e) {
    console.log('main caught', e.message);
  }
  console.log('main continues');
  await tasks[1].catch((e) => console.log('second caught', e.message));
}
main().then(() => console.log('main done'));
