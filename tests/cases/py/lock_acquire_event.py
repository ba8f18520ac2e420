import asyncio

lock = asyncio.Lock()
counter = 0

async def inc(name):
    global counter
    await lock.acquire()
    try:
        v = counter
        await asyncio.sleep(0.01)
        counter = v + 1
        print(name, "->", counter, lock.locked())
    finally:
        lock.release()

async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "woke", ev.is_set())

async def main():
    await asyncio.gather(*(inc(f"w{i}") for i in range(3)))
    print("counter", counter)
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in "ab"]
    await asyncio.sleep(0.02)
    ev.set()
    await asyncio.gather(*tasks)
    print(lock.locked(), ev.is_set())

asyncio.run(main())
