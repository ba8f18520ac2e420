import asyncio
async def ticker(n):
    for i in range(n):
        await asyncio.sleep(0.1)
        yield i
    print("ticker done")

async def main():
    ag = ticker(3)
    print(repr(ag).split(" at ")[0])
    print(await ag.__anext__())
    print(await anext(ag))
    print(await ag.asend(None))
    try:
        await anext(ag)
    except StopAsyncIteration:
        print("SAI")
    print(await anext(ag, "default"))
asyncio.run(main())
