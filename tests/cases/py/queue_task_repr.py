import asyncio

async def job(n):
    await asyncio.sleep(n / 100)
    return n

async def main():
    q = asyncio.Queue(maxsize=2)
    print(q)
    await q.put(1)
    print(q)
    t = asyncio.create_task(job(1), name="worker")
    print(t)
    await t
    print(t)
    t2 = asyncio.create_task(job(5), name="victim")
    await asyncio.sleep(0)
    t2.cancel()
    try:
        await t2
    except asyncio.CancelledError:
        pass
    print(t2)

asyncio.run(main())
