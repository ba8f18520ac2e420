import asyncio

async def step(name, n):
    for i in range(n):
        print(f"{name}{i}")
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(step("T", 3))
    await step("M", 3)
    await t
    print("---")
    a = asyncio.create_task(step("A", 2))
    b = asyncio.create_task(step("B", 2))
    await asyncio.sleep(0)
    print("main between")
    await asyncio.gather(a, b)

asyncio.run(main())
