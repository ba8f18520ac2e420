// import asyncio


async function worker(name, delay) {
  print(`${name} starts`);
  await asyncio.sleep(delay);
  print(`${name} done`);
}


async function main() {
  const a = asyncio.create_task(worker("a", 0.02));
  const b = asyncio.create_task(worker("b", 0.01));
  await asyncio.gather(a, b);
  print("all done");
}


asyncio.run(main());
