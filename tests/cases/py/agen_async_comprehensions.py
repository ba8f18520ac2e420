import asyncio

async def agen(n):
    for i in range(n):
        await asyncio.sleep(0.01)
        yield i

async def double(x):
    await asyncio.sleep(0)
    return x * 2

async def main():
    print([x async for x in agen(4)])
    print([x * 10 async for x in agen(5) if x % 2 == 0])
    print({x: await double(x) async for x in agen(3)})
    print({x async for x in agen(3)})
    print([await double(x) for x in range(3)])
    print([(x, y) async for x in agen(2) for y in "ab"])
    print([(x, y) for x in range(2) async for y in agen(2)])
    class Counter:
        def __init__(self, n):
            self.n = n
        def __aiter__(self):
            return self
        async def __anext__(self):
            if self.n == 0:
                raise StopAsyncIteration
            self.n -= 1
            await asyncio.sleep(0)
            return self.n
    async for c in Counter(3):
        print("c", c)
    print([c async for c in Counter(2)])
    try:
        async for z in 5:
            pass
    except TypeError as e:
        print("TE", e)
    ag = agen(2)
    print(aiter(ag) is ag)
    print(type(ag.__anext__()).__name__)

asyncio.run(main())
