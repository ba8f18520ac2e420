// import asyncio


async function step(n) {
  print("step", n, "starts");
  await asyncio.sleep(0.01 * n);
  return n * 10;
}


async function main() {
  const first = step(3);
  const second = step(1);
  print("both called");
  print(await second, await first);
}


asyncio.run(main());
