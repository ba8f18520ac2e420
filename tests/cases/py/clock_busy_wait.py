# A busy-wait on the clock ends: virtual time advances with every clock read.
import asyncio
import time


async def ticker():
    for i in range(3):
        await asyncio.sleep(0.01)
        print(f"tick {i}")


async def spin(seconds):
    end = time.monotonic() + seconds
    reads = 0
    while time.monotonic() < end:
        reads += 1
    print(f"spun {seconds}s: {reads} reads")


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.sleep(0)
    await spin(0.02)
    print("after spin, ticker has not run yet")
    await t
    start = time.perf_counter()
    while time.perf_counter() - start < 0.005:
        pass
    print("perf_counter loop done", round(time.perf_counter() - start, 3))
    print(time.monotonic_ns() > 0, time.perf_counter_ns() > 0)


asyncio.run(main())
