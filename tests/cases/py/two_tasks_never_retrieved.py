import asyncio
async def boom(i):
    await asyncio.sleep(0.01 * i)
    raise RuntimeError(f"task {i} exploded")
async def main():
    tasks = [asyncio.create_task(boom(i)) for i in range(1, 3)]
    await asyncio.sleep(0.05)
    print("main exits without awaiting")
asyncio.run(main())
