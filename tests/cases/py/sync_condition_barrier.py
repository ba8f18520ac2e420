# Condition (notify, notify_all, wait_for) and Barrier (async with, indexes, abort).
import asyncio


async def main():
    cond = asyncio.Condition()
    items = []

    async def consumer(name):
        async with cond:
            await cond.wait_for(lambda: len(items) > 0)
            print(f"{name} took {items.pop(0)}")

    cs = [asyncio.create_task(consumer(f"C{i}")) for i in range(3)]
    await asyncio.sleep(0)
    for n in range(3):
        async with cond:
            items.append(n)
            cond.notify()
        await asyncio.sleep(0.01)
    await asyncio.gather(*cs)

    async def sleeper(name):
        async with cond:
            await cond.wait()
            print(f"{name} woke")

    ss = [asyncio.create_task(sleeper(f"S{i}")) for i in range(3)]
    await asyncio.sleep(0)
    print(repr(cond).split("[")[1])
    async with cond:
        cond.notify_all()
    await asyncio.gather(*ss)
    try:
        cond.notify()
    except RuntimeError as e:
        print("RuntimeError:", e)

    barrier = asyncio.Barrier(3)

    async def party(name, delay):
        await asyncio.sleep(delay)
        print(f"{name} arrives")
        async with barrier as index:
            print(f"{name} passes with index {index}")

    await asyncio.gather(party("p1", 0.02), party("p2", 0.01), party("p3", 0.03))
    print(repr(barrier).split("[")[1], barrier.parties, barrier.n_waiting, barrier.broken)

    b2 = asyncio.Barrier(2)

    async def stuck():
        try:
            await b2.wait()
        except asyncio.BrokenBarrierError as e:
            print("BrokenBarrierError:", e)

    t = asyncio.create_task(stuck())
    await asyncio.sleep(0.01)
    await b2.abort()
    await t
    print("broken:", b2.broken)


asyncio.run(main())
