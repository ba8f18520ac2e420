# Await-heavy: N iterations, each awaiting a coroutine that awaits two more; every leaf
# really suspends (sleep(0) yields to the loop once), as the JS leaf's `await null` does.
import asyncio

N = 100000


async def leaf(i):
    await asyncio.sleep(0)
    return i


async def mid(i):
    return (await leaf(i)) + (await leaf(i + 1))


async def main():
    s = 0
    for i in range(N):
        s += await mid(i)
    print(s)


asyncio.run(main())
