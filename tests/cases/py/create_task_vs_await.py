import asyncio

async def worker(name, delay):
    print(f"{name} start")
    await asyncio.sleep(delay)
    print(f"{name} done after {delay}")
    return name.upper()

async def main():
    t1 = asyncio.create_task(worker("a", 0.03))
    t2 = asyncio.create_task(worker("b", 0.01))
    print("tasks created")
    r = await worker("c", 0.02)
    print("c returned", r)
    print(await t1, await t2)
    results = await asyncio.gather(worker("x", 0.01), worker("y", 0.01))
    print(results, type(results).__name__)

asyncio.run(main())
