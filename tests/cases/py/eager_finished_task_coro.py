import asyncio

async def bad():
    raise ValueError("boom")

async def quick():
    return 42

async def main():
    asyncio.current_task().set_name("main")
    t = asyncio.create_task(bad(), name="bad")
    q = asyncio.create_task(quick(), name="quick")
    print(q)
    await asyncio.sleep(0.01)
    print(t.get_coro() is None, q.get_coro() is None)
    print(q)

asyncio.run(main())
