# asyncio.to_thread: a blocking function runs in a worker thread while the loop keeps ticking.
import asyncio
import time


def blocking_io(n):
    print(f"blocking_io {n} starts")
    time.sleep(0.25)
    print(f"blocking_io {n} done")
    return n * 10


async def ticker():
    for i in range(3):
        print(f"tick {i}")
        await asyncio.sleep(0.2)


async def main():
    loop = asyncio.get_running_loop()
    t0 = loop.time()
    results = await asyncio.gather(asyncio.to_thread(blocking_io, 1), ticker())
    print(results, round(loop.time() - t0, 1))


asyncio.run(main())
