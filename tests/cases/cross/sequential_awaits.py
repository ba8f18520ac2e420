import asyncio


async def step(n):
    print("step", n, "starts")
    await asyncio.sleep(0.01 * n)
    return n * 10


async def main():
    first = step(3)
    second = step(1)
    print("both called")
    print(await second, await first)


asyncio.run(main())
