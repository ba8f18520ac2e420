# Example from CPython Doc/library/asyncio-runner.rst, section "Runner context manager" (the import is added)
import asyncio

async def main():
    await asyncio.sleep(1)
    print('hello')

with asyncio.Runner() as runner:
    runner.run(main())
