import asyncio

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def quick(x):
    print("quick start", x)
    await asyncio.sleep(0)
    print("quick end", x)
    return x

async def slow(x, d):
    await asyncio.sleep(d)
    if x < 0:
        raise ValueError(f"neg {x}")
    return x

async def main():
    asyncio.current_task().set_name("main")
    tk = asyncio.create_task(ticker(12), name="ticker")
    await asyncio.sleep(0)
    ta = asyncio.create_task(quick(1), name="q1")
    tb = asyncio.create_task(quick(2), name="q2")
    for f in asyncio.as_completed([ta, tb]):
        print("got", await f)
    await tk
    loop = asyncio.get_running_loop()
    futs = [loop.create_future() for _ in range(3)]
    loop.call_soon(futs[2].set_result, "c")
    loop.call_soon(futs[0].set_result, "a")
    tk = asyncio.create_task(ticker(8), name="ticker2")
    it = asyncio.as_completed(futs + [futs[0]])
    print(type(it).__name__, iter(it) is it)
    await asyncio.sleep(0)
    futs[1].set_result("b")
    for f in it:
        print("got", await f)
    try:
        next(it)
    except StopIteration:
        print("exhausted")
    await tk
    for f in asyncio.as_completed([slow(-1, 0.01), slow(2, 0.02)]):
        try:
            print("ok", await f)
        except ValueError as e:
            print("err", e)
    try:
        for f in asyncio.as_completed([slow(1, 0.01), slow(5, 0.5)], timeout=0.1):
            print("timed", await f)
    except TimeoutError as e:
        print("TimeoutError", repr(e))
    await asyncio.sleep(0.5)
    try:
        asyncio.as_completed(slow(1, 0))
    except TypeError as e:
        print("TypeError:", e)
    print(list(asyncio.as_completed([])))
    t1 = asyncio.create_task(slow(7, 0.01), name="seven")
    ait = asyncio.as_completed([t1])
    first = await ait.__anext__()
    print(first is t1, first.result())
    try:
        await ait.__anext__()
    except StopAsyncIteration:
        print("StopAsyncIteration")

asyncio.run(main())
