import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for i in range(3):
        loop.call_later(0.01, lambda: print("late-bound", i))
    for i in range(3):
        loop.call_later(0.02, lambda i=i: print("default arg", i))
    tasks = []
    for name in ["a", "b"]:
        async def work():
            await asyncio.sleep(0.03)
            return name
        tasks.append(asyncio.create_task(work()))
    print(await asyncio.gather(*tasks))
    counter = 0
    async def bump():
        nonlocal counter
        tmp = counter
        await asyncio.sleep(0)
        counter = tmp + 1
    await asyncio.gather(*(bump() for _ in range(5)))
    print("lost updates ->", counter)
    results = []
    async def collect(x):
        results.append(x)
    coros = [collect(x) for x in range(3)]
    print("before awaiting:", results)
    for c in reversed(coros):
        await c
    print("awaited in reverse:", results)
    gen_tasks = [asyncio.create_task(collect(x * 10)) for x in range(3)]
    print("tasks created:", results)
    await asyncio.sleep(0)
    print("after one tick:", results)

asyncio.run(main())
