// import asyncio


async function worker(name, delay) {
  print(`${name} starts`);
  await asyncio.sleep(delay);
  print(`${name} done`);
}


async function main() {
  await asyncio.gather(worker("a", 0.02), worker("b", 0.01));
  print("all done");
}


asyncio.run(main());
