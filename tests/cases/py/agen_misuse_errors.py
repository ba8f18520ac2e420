import asyncio

async def agen():
    yield 1

def gen():
    yield 1

async def main():
    try:
        await agen()
    except TypeError as e:
        print("TypeError:", e)
    try:
        for x in agen():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in gen():
            pass
    except TypeError as e:
        print("TypeError:", e)
    try:
        await gen()
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(agen())
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])
    try:
        [x async for x in [1, 2]]
    except TypeError as e:
        print("TypeError:", e)
    ag = agen()
    first = ag.__anext__()
    second = ag.__anext__()
    print(await first)
    try:
        print(await second)
    except StopAsyncIteration:
        print("second anext: StopAsyncIteration")
    jobs = (asyncio.sleep(0.01 * i, result=i) for i in range(3))
    print(await asyncio.gather(*jobs))

asyncio.run(main())
try:
    asyncio.run(agen())
except (TypeError, ValueError) as e:
    print(type(e).__name__, str(e).split(" at ")[0])
