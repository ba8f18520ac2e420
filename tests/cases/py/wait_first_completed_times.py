import asyncio

async def tick(name, n, delay):
    for i in range(n):
        await asyncio.sleep(delay)
        print(f"{name}:{i} t={asyncio.get_running_loop().time():.2f}")
    return name

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    done, pending = await asyncio.wait(
        [asyncio.create_task(tick("a", 3, 0.1)), asyncio.create_task(tick("b", 2, 0.25))],
        return_when=asyncio.FIRST_COMPLETED,
    )
    print("first done:", [t.result() for t in done], "pending:", len(pending))
    await asyncio.wait(pending)
    print(f"total {loop.time() - start:.2f}")
    try:
        async def slow():
            await asyncio.sleep(1)
        await asyncio.wait_for(asyncio.shield(slow()), 0.1) if hasattr(asyncio, "shield") else None
    except TimeoutError:
        print("timeout")

asyncio.run(main())
