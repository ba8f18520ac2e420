# Example from CPython Doc/library/asyncio-runner.rst, section "Running an asyncio Program" (the import is added)
import asyncio

async def main():
    await asyncio.sleep(1)
    print('hello')

asyncio.run(main())
