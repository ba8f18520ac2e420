# Recursion through `await asyncio.create_task(...)`: every call is a new task with a stack of
# its own, so CPython raises no RecursionError and the memory grows until something stops it.
import asyncio


async def f(n):
    return await asyncio.create_task(f(n + 1))


asyncio.run(f(0))
