import asyncio

async def job(n):
    await asyncio.sleep(n / 100)
    return n

async def helper():
    print("helper sees", asyncio.current_task())
    await asyncio.sleep(0)
    print("helper again", asyncio.current_task())

async def main():
    asyncio.current_task().set_name("main")
    print(asyncio.current_task())
    await helper()
    s = asyncio.create_task(asyncio.sleep(0.5), name="sleeper")
    s0 = asyncio.create_task(asyncio.sleep(0), name="sleeper0")
    q = asyncio.Queue()
    g = asyncio.create_task(q.get(), name="getter")
    print(s, s0, g, sep="\n")
    await asyncio.sleep(0)
    print(s, s0, g, sep="\n")
    a = asyncio.create_task(job(1), name="a")
    b = asyncio.create_task(job(2), name="b")
    gf = asyncio.gather(a, b)
    print(gf)
    print(a)
    w = asyncio.create_task(asyncio.wait([a, b]), name="waiter")
    await asyncio.sleep(0)
    print(a)
    print(w)
    print(await gf)
    print(gf)
    print(w)
    s.cancel()
    g.cancel()
    await asyncio.sleep(0)
    print(s, g, sep="\n")
    ev = asyncio.Event()
    e = asyncio.create_task(ev.wait(), name="ev")
    lk = asyncio.Lock()
    await lk.acquire()
    l = asyncio.create_task(lk.acquire(), name="lk")
    await asyncio.sleep(0)
    print(e, l, sep="\n")
    ev.set()
    lk.release()
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(e, l, sep="\n")
    x = asyncio.create_task(job(1), name="x")
    wf = asyncio.create_task(asyncio.wait_for(x, 0), name="wf")
    await asyncio.sleep(0)
    print(x)
    print(wf)
    try:
        await wf
    except TimeoutError:
        print("timeout")
    f = asyncio.ensure_future(asyncio.sleep(0.001))
    f.set_name("ens")
    print(f)
    class Aw:
        def __await__(self):
            return asyncio.sleep(0, "aw").__await__()
    print(await asyncio.gather(job(0), return_exceptions=True))

asyncio.run(main())
