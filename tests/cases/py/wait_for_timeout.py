import asyncio


async def slow(n):
    await asyncio.sleep(n)
    return n


async def main():
    print(await asyncio.wait_for(slow(0.01), timeout=1))
    try:
        await asyncio.wait_for(slow(1), timeout=0.05)
    except TimeoutError:
        print("timed out")
    ev = asyncio.Event()

    async def waiter(i):
        await ev.wait()
        print("waiter", i, "woke")

    tasks = [asyncio.create_task(waiter(i)) for i in range(3)]
    await asyncio.sleep(0)
    print("setting")
    ev.set()
    await asyncio.gather(*tasks)


asyncio.run(main())
