import asyncio

async def fetch(i):
    await asyncio.sleep(0.01 * i)
    if i == 2:
        raise ValueError(f"bad item {i}")
    return i * 10

async def main():
    res = await asyncio.gather(*(fetch(i) for i in range(4)), return_exceptions=True)
    print(res)
    for r in res:
        if isinstance(r, Exception):
            print("error:", type(r).__name__, r)
        else:
            print("value:", r)
    try:
        await asyncio.gather(fetch(1), fetch(2), fetch(3))
    except ValueError as e:
        print("gather raised", e)
    await asyncio.sleep(0.05)
    print("end")

asyncio.run(main())
