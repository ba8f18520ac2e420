import asyncio

async def child(n):
    print("child", n)
    return n

async def main():
    t = asyncio.create_task(child(1))
    print("created", t.done())
    await asyncio.sleep(0)
    print("after sleep(0)", t.done(), t.result())
    c = child(2)
    print("coroutine object made")
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0.01, "x")), asyncio.create_task(asyncio.sleep(0.05, "y"))], timeout=0.03)
    print(len(done), len(pending), [d.result() for d in done])
    for p in pending:
        p.cancel()

asyncio.run(main())
