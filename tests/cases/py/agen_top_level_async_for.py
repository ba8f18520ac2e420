import asyncio
async def ag():
    for i in range(3):
        await asyncio.sleep(0.01)
        yield i
async for x in ag():
    print(x)
print([y async for y in ag()])
def g():
    yield from range(2)
print(list(g()))
