import asyncio

async def main():
    await asyncio.sleep(0.01)

asyncio.run(main())
asyncio.run(main)
