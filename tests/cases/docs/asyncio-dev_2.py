# Example from CPython Doc/library/asyncio-dev.rst, section "Detect never-retrieved exceptions"
import asyncio

async def bug():
    raise Exception("not consumed")

async def main():
    asyncio.create_task(bug())

asyncio.run(main())
