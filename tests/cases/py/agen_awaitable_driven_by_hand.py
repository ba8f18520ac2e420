import asyncio
async def ticker():
    for i in range(3):
        await asyncio.sleep(0)
        yield i
async def main():
    g = ticker()
    aw = g.asend(None)
    print(aw.send(None))
    try:
        aw.send(None)
    except StopIteration as e:
        print("stop", e.value)
    try:
        aw.send(None)
    except RuntimeError as e:
        print("reuse:", e)
    aw2 = anext(g)
    print(type(aw2).__name__)
    print(await aw2)
    aw3 = g.asend(None)
    aw3.close()
    try:
        await aw3
    except RuntimeError as e:
        print("after close:", e)
    c = g.aclose()
    print(next(iter(c.__await__()), "nothing"))
asyncio.run(main())
