import asyncio
async def gen(tag):
    try:
        yield 1
        await asyncio.sleep(0)
        yield 2
    except ValueError as e:
        print(tag, "got", repr(e))
        yield 99
    finally:
        print(tag, "finally")
async def main():
    async for x in gen("loop"):
        break
    g = gen("g")
    await anext(g)
    aw = g.asend(None)
    try:
        print("throw gave", aw.throw(ValueError("direct")))
    except StopIteration as e:
        print("stop", e.value)
    h = gen("h")
    try:
        h.aclose().throw(KeyError("k"))
    except KeyError as e:
        print("created gen: KeyError", e)
    print("main end")
asyncio.run(main())
