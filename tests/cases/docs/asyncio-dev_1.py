# Example from CPython Doc/library/asyncio-dev.rst, section "Detect never-awaited coroutines"
import asyncio

async def test():
    print("never scheduled")

async def main():
    test()

asyncio.run(main())
