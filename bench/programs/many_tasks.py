# Task-heavy: 2,000 tasks ping-ponging through the ready queue with sleep(0).
import asyncio


async def worker(i, rounds):
    total = 0
    for r in range(rounds):
        total += i * r
        await asyncio.sleep(0)
    return total


async def main():
    results = await asyncio.gather(*[worker(i, 10) for i in range(2000)])
    print(sum(results))


asyncio.run(main())
