# A worker thread keeps running while the event-loop thread blocks (time.sleep, or a busy-wait
# on the clock in a coroutine): what the thread prints meanwhile comes out during the block,
# before the loop thread's next print, not when the loop next runs its callbacks.
import asyncio
import time


def worker(name, steps):
    for i in range(steps):
        time.sleep(0.1)
        print(f"{name} step {i}")
    return name


async def main():
    loop = asyncio.get_running_loop()
    first = loop.run_in_executor(None, worker, "a", 3)
    print("submitted a")
    time.sleep(0.25)
    print("loop thread slept 0.25 s")
    second = asyncio.ensure_future(asyncio.to_thread(worker, "b", 2))
    await asyncio.sleep(0)
    end = time.monotonic() + 0.15
    while time.monotonic() < end:
        pass
    print("loop thread busy-waited 0.15 s")
    print(await first, await second)


asyncio.run(main())
