import asyncio

async def main():
    ev = asyncio.Event()
    order = []
    async def waiter(i):
        order.append(f"wait{i}")
        await ev.wait()
        order.append(f"woke{i}")
    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    ev.set()
    order.append("set")
    await asyncio.sleep(0)
    order.append("after1")
    await asyncio.sleep(0)
    order.append("after2")
    print(order)
    ev.clear()
    print(ev.is_set())
    lock = asyncio.Lock()
    async def hold(i):
        async def inner():
            await lock.acquire()
            order.append(f"lock{i}")
            await asyncio.sleep(0)
            lock.release()
        await inner()
    order.clear()
    await asyncio.gather(hold(1), hold(2), hold(3))
    print(order)
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

asyncio.run(main())
