// import asyncio


async function log_later(msg) {
  print("log_later starts", msg);
  await asyncio.sleep(0.01);
  print("logged", msg);
}


async function main() {
  log_later("forgotten");
  print("main continues");
  await asyncio.sleep(0.02);
  print("main done");
}


asyncio.run(main());
