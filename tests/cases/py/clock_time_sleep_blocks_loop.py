# time.sleep blocks the whole event loop: nothing else runs, late timers fire together.
import asyncio
import time


async def heartbeat(name, period, n):
    loop = asyncio.get_running_loop()
    start = loop.time()
    for i in range(n):
        await asyncio.sleep(period)
        print(f"{name} beat {i} at {loop.time() - start:.2f}")


async def blocker():
    await asyncio.sleep(0.03)
    print("blocker: time.sleep(0.2) starts")
    time.sleep(0.2)
    print("blocker: time.sleep done")
    await asyncio.sleep(0.2)
    print("blocker: asyncio.sleep done")


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    await asyncio.gather(heartbeat("A", 0.05, 4), heartbeat("B", 0.07, 3), blocker())
    print(f"total {loop.time() - t0:.2f}")
    try:
        time.sleep(-1)
    except ValueError as e:
        print("ValueError:", e)
    try:
        time.sleep("1")
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
