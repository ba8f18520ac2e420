// A name shims/asyncio.js does not define reads undefined under js: calling it fails in Node's
// words for the twin, naming the construct (asyncio.wait_for, a task's cancel).
// import asyncio


async function main() {
  const t = asyncio.create_task(asyncio.sleep(0.01));
  try {
    t.cancel();
  } catch (e) {
    print("caught", e.message);
  }
  await asyncio.wait_for(asyncio.sleep(0.02), 0.01);
  print("not reached");
}


asyncio.run(main());
