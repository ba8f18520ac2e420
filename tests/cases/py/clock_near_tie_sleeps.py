# Deadlines that coincide only on paper: 0.5 s twice vs 1 s once, 0.1 s x3 vs 0.3 s.
# CPython's clock moves while code runs, so the single long sleep is due first.
import asyncio


async def sleeper(name, delay, times):
    loop = asyncio.get_running_loop()
    for _ in range(times):
        await asyncio.sleep(delay)
    print(f"{name} woke")
    loop.call_soon(print, f"{name}: call_soon after waking")


async def main():
    await asyncio.gather(sleeper("0.5 twice", 0.5, 2), sleeper("1.0 once", 1.0, 1))
    await asyncio.gather(sleeper("0.1 x3", 0.1, 3), sleeper("0.3 x1", 0.3, 1), sleeper("0.15 x2", 0.15, 2))
    loop = asyncio.get_running_loop()
    t = loop.time()
    loop.call_at(t + 0.2, print, "call_at t+0.2")
    loop.call_later(0.2, print, "call_later 0.2")
    await asyncio.sleep(0.25)
    print("done")


asyncio.run(main())
