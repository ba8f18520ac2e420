# N concurrent tasks, each awaiting sleep(0) ten times (N is set by bench/programs.ts).
import asyncio

N = 1000


async def task(i):
    total = 0
    for r in range(10):
        await asyncio.sleep(0)
        total += i
    return total


async def main():
    totals = await asyncio.gather(*[task(i) for i in range(N)])
    print(sum(totals))


asyncio.run(main())
