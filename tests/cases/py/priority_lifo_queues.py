import asyncio

async def main():
    pq = asyncio.PriorityQueue()
    for item in [(3, "c"), (1, "a"), (2, "b"), (1, "z"), (0, "first")]:
        pq.put_nowait(item)
    print(pq)
    out = []
    while not pq.empty():
        out.append(await pq.get())
    print(out)
    lq = asyncio.LifoQueue(maxsize=3)
    for i in range(3):
        await lq.put(i)
    print(lq, lq.full())
    print([lq.get_nowait() for _ in range(3)])
    try:
        lq.get_nowait()
    except asyncio.QueueEmpty:
        print("empty")
    print(type(pq).__mro__[1].__name__, isinstance(lq, asyncio.Queue), type(lq).__module__)
    q = asyncio.PriorityQueue()
    async def consumer():
        while True:
            prio, job = await q.get()
            print("got", prio, job)
            q.task_done()
            if job == "stop":
                break
    c = asyncio.create_task(consumer(), name="consumer")
    await asyncio.sleep(0)
    q.put_nowait((5, "low"))
    q.put_nowait((1, "high"))
    q.put_nowait((9, "stop"))
    await q.join()
    await c
    try:
        q.put_nowait(1)
        q.put_nowait("x")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
