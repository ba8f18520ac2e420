import asyncio
async def main():
    await asyncio.sleep(0)
    {"a": 1}["missing key"]
asyncio.run(main())
