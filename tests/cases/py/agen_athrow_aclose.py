import asyncio

async def numbers():
    n = 0
    try:
        while True:
            try:
                got = yield n
                if got is not None:
                    n = got
                await asyncio.sleep(0.01)
                n += 1
            except ValueError as e:
                print("agen handled", e)
                await asyncio.sleep(0.01)
                n = -1
    finally:
        print("agen cleanup starts")
        await asyncio.sleep(0.02)
        print("agen cleanup done")

async def main():
    ag = numbers()
    print(await ag.asend(None))
    print(await ag.asend(10))
    print(await ag.athrow(ValueError("reset")))
    print(await anext(ag))
    print(ag.ag_running)
    await ag.aclose()
    print("closed")
    try:
        await anext(ag)
    except StopAsyncIteration:
        print("exhausted after aclose")
    await ag.aclose()

    ag2 = numbers()
    await ag2.aclose()
    print("closing an unstarted generator runs nothing")

    async def ignores():
        try:
            yield 1
        except GeneratorExit:
            yield 2

    ig = ignores()
    await anext(ig)
    try:
        await ig.aclose()
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def leaks():
        yield 1
        raise StopAsyncIteration

    lk = leaks()
    await anext(lk)
    try:
        await anext(lk)
    except RuntimeError as e:
        print("RuntimeError:", e)

    async def plain():
        yield 0

    aw = anext(plain())
    print(await aw)
    try:
        await aw
    except RuntimeError as e:
        print("RuntimeError:", e)

    class Ticks:
        def __init__(self):
            self.i = 0
        def __aiter__(self):
            return self
        async def __anext__(self):
            self.i += 1
            if self.i > 2:
                raise StopAsyncIteration
            return self.i

    t = Ticks()
    print(await anext(t), await anext(t), await anext(t, "no more"))
    try:
        anext(5)
    except TypeError as e:
        print("TypeError:", e)
    try:
        aiter(5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
