import asyncio

async def producer(q, n):
    for i in range(n):
        await asyncio.sleep(0.01)
        await q.put(i)
        print(f"put {i} qsize={q.qsize()}")
    await q.put(None)

async def consumer(q, name):
    total = 0
    while True:
        item = await q.get()
        if item is None:
            q.task_done()
            break
        total += item
        print(f"{name} got {item}")
        q.task_done()
    return total

async def main():
    q = asyncio.Queue(maxsize=2)
    prod = asyncio.create_task(producer(q, 4))
    total = await consumer(q, "c1")
    await prod
    await q.join()
    print("total", total, q.empty())

asyncio.run(main())
