// import asyncio


async function download(name) {
  print(`${name} start`);
  try {
    await asyncio.sleep(0.3);
    print(`${name} finished`);
  } catch (e) {
    if (!(e instanceof asyncio.CancelledError)) throw e;
    print(`${name} cancelled, cleaning up`);
    throw e;
  }
}


const task = asyncio.ensure_future(download("report"));
await asyncio.sleep(0.1);
print("cancelling");
task.cancel();
try {
  await task;
} catch (e) {
  if (!(e instanceof asyncio.CancelledError)) throw e;
  print("main saw CancelledError");
}
print(`cancelled: ${task.cancelled()}`);
