import asyncio

async def a():
    print("a")
    await asyncio.sleep(0)
    print("a2")

async def main():
    asyncio.get_running_loop().call_soon(lambda: print("call_soon"))
    t = asyncio.create_task(a())
    print("main before")
    await asyncio.sleep(0)
    print("main after 1")
    await asyncio.sleep(0)
    print("main after 2")
    f = asyncio.ensure_future(a())
    await f
    print(asyncio.iscoroutine(a()), asyncio.iscoroutinefunction(a), asyncio.isfuture(f))

asyncio.run(main())
