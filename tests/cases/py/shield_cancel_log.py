import asyncio

async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0)

async def work(x, d, fail=False):
    await asyncio.sleep(d)
    print("work done", x)
    if fail:
        raise ValueError(f"work {x} failed")
    return x

async def guarded(inner):
    try:
        return await asyncio.shield(inner)
    except asyncio.CancelledError:
        print("guarded cancelled; inner done?", inner.done())
        raise

async def main():
    asyncio.current_task().set_name("main")
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    tk = asyncio.create_task(ticker(6), name="ticker")
    await asyncio.sleep(0)
    loop.call_soon(f.set_result, "F")
    print("shielded", await asyncio.shield(f))
    await tk
    done = loop.create_future()
    done.set_result(1)
    print(asyncio.shield(done) is done)
    s = asyncio.shield(work(1, 0.01))
    print(type(s).__name__)
    print(await s)
    inner = asyncio.create_task(work(2, 0.05), name="inner")
    g = asyncio.create_task(guarded(inner), name="guarded")
    await asyncio.sleep(0.01)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("g cancelled", g.cancelled(), inner.done())
    print(await inner)
    bad = asyncio.create_task(work(3, 0.02, fail=True), name="bad")
    g2 = asyncio.create_task(guarded(bad), name="guarded2")
    g3 = asyncio.create_task(guarded(bad), name="guarded3")
    await asyncio.sleep(0.01)
    g2.cancel()
    g3.cancel()
    await asyncio.sleep(0.05)
    print(g2.cancelled(), g3.cancelled(), bad.done())
    victim = asyncio.create_task(work(4, 0.5), name="victim")
    sh = asyncio.shield(victim)
    await asyncio.sleep(0)
    victim.cancel()
    try:
        await sh
    except asyncio.CancelledError:
        print("outer cancelled too", sh.cancelled())
    e = asyncio.create_task(work(5, 0.01, fail=True), name="e")
    try:
        await asyncio.shield(e)
    except ValueError as err:
        print("ValueError", err)

asyncio.run(main())
