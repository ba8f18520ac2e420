# Uncaught, the RecursionError of unbounded `await` recursion ends the program.
import asyncio


async def dive(n):
    return await dive(n + 1)


print("start")
await asyncio.wait_for(dive(0), timeout=1)
