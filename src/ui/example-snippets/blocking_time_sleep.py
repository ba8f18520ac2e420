import asyncio
import time


async def heartbeat(start):
    loop = asyncio.get_running_loop()
    for i in range(4):
        await asyncio.sleep(0.1)
        print(f"beat {i} at {loop.time() - start:.2f}")


async def crunch():
    print("crunch: time.sleep(0.35) blocks the loop")
    time.sleep(0.35)
    print("crunch: done")


async def main():
    start = asyncio.get_running_loop().time()
    beat = asyncio.create_task(heartbeat(start))
    await asyncio.sleep(0.15)
    await crunch()
    await beat


asyncio.run(main())
