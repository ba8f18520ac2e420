# Producer/consumer with Queue.shutdown (3.13+): consumers drain, then QueueShutDown ends them.
import asyncio


async def producer(q, n):
    for i in range(n):
        await q.put(i)
        print(f"put {i}")
        await asyncio.sleep(0.01)
    q.shutdown()
    print("producer: shutdown")
    try:
        await q.put(99)
    except asyncio.QueueShutDown:
        print("producer: put after shutdown -> QueueShutDown")


async def consumer(name, q):
    while True:
        try:
            item = await q.get()
        except asyncio.QueueShutDown:
            print(f"{name}: queue shut down")
            return
        print(f"{name} got {item}")
        await asyncio.sleep(0.025)
        q.task_done()


async def main():
    q = asyncio.Queue(maxsize=2)
    await asyncio.gather(producer(q, 5), consumer("c1", q), consumer("c2", q))

    q2 = asyncio.Queue()
    for i in range(3):
        q2.put_nowait(i)

    async def joiner():
        await q2.join()
        print("join released")

    j = asyncio.create_task(joiner())
    waiting = asyncio.create_task(q2.put(5))
    await asyncio.sleep(0)
    q2.shutdown(immediate=True)
    print("after immediate shutdown: empty", q2.empty())
    await j
    await waiting
    try:
        q2.get_nowait()
    except asyncio.QueueShutDown:
        print("get_nowait -> QueueShutDown")


asyncio.run(main())
