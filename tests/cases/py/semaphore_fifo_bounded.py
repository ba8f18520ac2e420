import asyncio

def state(x):
    r = repr(x)
    return r.split(" object at ")[0] + " [" + r.split(" [")[1]

async def worker(sem, i, d):
    print("want", i, sem.locked())
    await sem.acquire()
    try:
        print("enter", i, state(sem))
        await asyncio.sleep(d)
    finally:
        sem.release()
        print("leave", i)

async def canceller(sem):
    await sem.acquire()
    print("canceller got it")

async def main():
    sem = asyncio.Semaphore(2)
    print(state(sem), sem.locked())
    await asyncio.gather(*(worker(sem, i, (3 - i % 3) / 100 + i / 1000) for i in range(6)))
    print(state(sem))
    b = asyncio.BoundedSemaphore(1)
    await b.acquire()
    print(state(b), b.locked())
    t = asyncio.create_task(canceller(b), name="c")
    t2 = asyncio.create_task(canceller(b), name="c2")
    await asyncio.sleep(0)
    print(state(b))
    b.release()
    t.cancel()
    await asyncio.sleep(0)
    print(state(b), t.cancelled(), t2.done())
    await asyncio.sleep(0)
    print(state(b), t2.done())
    b.release()
    try:
        b.release()
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.Semaphore(-1)
    except ValueError as e:
        print("ValueError:", e)
    z = asyncio.Semaphore(0)
    print(z.locked())
    z.release()
    print(z.locked(), await z.acquire())
    lock = asyncio.Lock()
    ev = asyncio.Event()
    print(state(lock), state(ev))
    await lock.acquire()
    w = asyncio.create_task(lock.acquire(), name="w")
    e = asyncio.create_task(ev.wait(), name="e")
    await asyncio.sleep(0)
    print(state(lock), state(ev))
    lock.release()
    ev.set()
    print(state(lock), state(ev))
    await asyncio.sleep(0)
    print(state(lock), state(ev))
    print(type(sem).__module__, type(lock).__module__, asyncio.BoundedSemaphore.__mro__[1].__name__)

asyncio.run(main())
