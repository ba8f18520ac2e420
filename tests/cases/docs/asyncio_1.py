# Example from CPython Doc/library/asyncio.rst, section "asyncio — Asynchronous I/O" (Hello World)
import asyncio

async def main():
    print('Hello ...')
    await asyncio.sleep(1)
    print('... World!')

asyncio.run(main())
