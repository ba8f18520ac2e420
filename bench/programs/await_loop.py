# A plain loop of 100,000 awaits: each sleep(0) yields to the loop once, as the JS twin's
# `await null` takes one microtask hop.
import asyncio

N = 100000


async def main():
    s = 0
    for i in range(N):
        await asyncio.sleep(0)
        s += i
    print(s)


asyncio.run(main())
