# Example from CPython Doc/library/asyncio-task.rst, section "Coroutines" (REPL session run as a script)
import asyncio

async def main():
    print('hello')
    await asyncio.sleep(1)
    print('world')

asyncio.run(main())
