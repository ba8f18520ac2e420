import asyncio

async def main():
    await asyncio.sleep(0.01)
    data = {"a": [1, 2]}
    print(data["a"][2])

asyncio.run(main())
