# async with Lock / Semaphore / BoundedSemaphore: FIFO handoff, no queue jumping.
import asyncio


async def main():
    lock = asyncio.Lock()
    order = []

    async def locker(name, hold):
        async with lock:
            order.append(name)
            print(f"{name} has the lock ({lock.locked()})")
            await asyncio.sleep(hold)

    tasks = [asyncio.create_task(locker(f"L{i}", 0.02)) for i in range(4)]
    await asyncio.sleep(0.01)
    late = asyncio.create_task(locker("late", 0))
    await asyncio.gather(*tasks, late)
    print("lock order:", order, lock.locked())

    sem = asyncio.Semaphore(2)

    async def worker(name, hold):
        async with sem:
            print(f"{name} in (value {sem._value})")
            await asyncio.sleep(hold)
        print(f"{name} out")

    await asyncio.gather(*(worker(f"W{i}", 0.03 + 0.01 * (i % 2)) for i in range(5)))
    print(repr(sem).split("[")[1])

    bsem = asyncio.BoundedSemaphore(1)
    async with bsem:
        print("bounded held:", bsem.locked())
    try:
        bsem.release()
    except ValueError as e:
        print("ValueError:", e)

    try:
        async with asyncio.Lock() as got:
            print("lock as-target:", got)
            raise KeyError("inside")
    except KeyError:
        print("lock released after error")


asyncio.run(main())
