import asyncio

async def helper():
    print("helper ran")

async def main():
    helper()
    asyncio.sleep(1)
    await asyncio.sleep(0.01)
    print("end")

asyncio.run(main())
