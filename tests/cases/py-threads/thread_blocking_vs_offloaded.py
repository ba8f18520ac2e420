# time.sleep in a coroutine blocks the loop; the same call in to_thread does not.
import asyncio
import time


async def heartbeat(n):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(n):
        await asyncio.sleep(0.1)
        print(f"beat {i} at {loop.time() - start:.1f}")


async def blocking():
    time.sleep(0.35)
    print("blocking sleep over")


async def offloaded():
    await asyncio.to_thread(time.sleep, 0.35)
    print("offloaded sleep over")


async def main():
    print("-- blocking")
    await asyncio.gather(heartbeat(3), blocking())
    print("-- offloaded")
    await asyncio.gather(heartbeat(3), offloaded())


asyncio.run(main())
