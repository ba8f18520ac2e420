import asyncio


async def quick(n):
    print("quick", n)
    return n


async def slow(n):
    print("slow start", n)
    await asyncio.sleep(0)
    print("slow end", n)
    return n


async def main():
    t1 = asyncio.create_task(quick(1))
    print("after create quick", t1.done())
    t2 = asyncio.create_task(slow(2))
    print("after create slow", t2.done())
    print(await t1, await t2)
    g = asyncio.gather(quick(3), quick(4))
    print("gather done?", g.done())
    print(await g)


asyncio.run(main())
