# contextvars across awaits, nested tasks and Token.reset; asyncio.to_thread runs the function
# in a copy of the caller's context (Lib/asyncio/threads.py).
import asyncio
from contextvars import ContextVar

depth = ContextVar("depth", default=0)

async def recurse(n):
    tok = depth.set(depth.get() + 1)
    try:
        if n:
            await recurse(n - 1)
            await asyncio.create_task(recurse(n - 1))
        print("at", n, depth.get())
    finally:
        depth.reset(tok)

async def main():
    await recurse(2)
    print("back", depth.get())
    def in_thread():
        return depth.get()
    depth.set(42)
    print("thread", await asyncio.to_thread(in_thread))

asyncio.run(main())
