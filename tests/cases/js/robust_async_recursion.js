// Unbounded recursion through `await` rejects the outermost call's promise with the
// RangeError of the host stack, which the program can catch; so does plain recursion.
let depth = 0;
async function dive() {
  depth++;
  await dive();
}
dive().catch((e) => {
  console.log('await recursion:', e instanceof RangeError, e.message, depth > 500);
});

function syncDive(n) {
  return syncDive(n + 1);
}
async function inTask() {
  try {
    syncDive(0);
  } catch (e) {
    console.log('sync recursion in an async function:', e.name, e.message);
  }
  return 'done';
}
Promise.all([inTask(), inTask()]).then((r) => console.log(r));
