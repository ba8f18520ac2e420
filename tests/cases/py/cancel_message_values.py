import asyncio

async def job(d):
    await asyncio.sleep(d)
    return d

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.cancel(123)
    try:
        f.result()
    except asyncio.CancelledError as e:
        print(repr(e), e.args)
    t = asyncio.create_task(job(1), name="t")
    await asyncio.sleep(0)
    t.cancel(("a", 1))
    try:
        await t
    except asyncio.CancelledError as e:
        print(repr(e), e.args)
    a = asyncio.create_task(job(0.01), name="a")
    b = asyncio.create_task(job(1), name="b")
    c = asyncio.create_task(job(1), name="c")
    await asyncio.sleep(0)
    b.cancel()
    c.cancel("why")
    res = await asyncio.gather(a, b, c, return_exceptions=True)
    print([repr(x) for x in res])

asyncio.run(main())
