import asyncio

async def bg():
    await asyncio.sleep(0.01)
    raise RuntimeError("background failure")

async def main():
    t = asyncio.create_task(bg())
    await asyncio.sleep(0.05)
    print("main done; task done =", t.done())
    del t

asyncio.run(main())
print("after run")
