# The coroutine asyncio.sleep(0) returns: each call makes a new one, an awaited one cannot be
# awaited again, and one that is never awaited warns, however it was held: by a name, by a
# walrus, by functools.lru_cache, in a list, or not at all.
import asyncio
import functools


async def again(label, c):
    # A new sleep(0) made in between, not awaited yet: it must not be the one held.
    fresh = asyncio.sleep(0)
    try:
        await c
        print(label, "awaited twice")
    except RuntimeError as e:
        print(label, e)
    print(label, "fresh is another:", fresh is not c)
    fresh.close()


async def spin(n):
    for _ in range(n):
        await asyncio.sleep(0)


async def forever():
    while True:
        await asyncio.sleep(0)


async def main():
    c = asyncio.sleep(0)
    await c
    await spin(3)
    await again("name", c)

    await (x := asyncio.sleep(0))
    await spin(3)
    await again("walrus", x)

    cached = functools.lru_cache(asyncio.sleep)
    await cached(0)
    await spin(3)
    await again("lru_cache", cached(0))

    held = [asyncio.sleep(0) for _ in range(3)]
    for h in held:
        await h
    await spin(5)
    for i, h in enumerate(held):
        await again(f"list {i}", h)

    a = asyncio.sleep(0)
    await asyncio.sleep(0)
    b = asyncio.sleep(0)
    print("new each time:", a is not b, a is not c, b is not x)
    a.close()
    b.close()

    t = asyncio.create_task(forever())
    await spin(2)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("cancelled at sleep(0)")
    await spin(3)

    results = await asyncio.gather(*(asyncio.sleep(0, result=i) for i in range(3)))
    print("results", results, await asyncio.sleep(0, "r"))
    left = asyncio.sleep(0)
    await spin(2)
    print("done")


asyncio.run(main())
