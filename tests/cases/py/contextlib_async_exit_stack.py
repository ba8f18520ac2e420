# AsyncExitStack: async and sync managers and callbacks unwound in reverse, each await a
# real suspension where another task runs; aclose and errors while unwinding.
import asyncio
from contextlib import AsyncExitStack


class Conn:
    def __init__(self, name, delay, fail=None):
        self.name = name
        self.delay = delay
        self.fail = fail

    async def __aenter__(self):
        await asyncio.sleep(self.delay)
        print("open", self.name)
        return self

    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(self.delay)
        print("close", self.name, et.__name__ if et else None)
        if self.fail:
            raise self.fail


class SyncRes:
    def __enter__(self):
        print("sync enter")
        return "sync"

    def __exit__(self, *a):
        print("sync exit")


async def cleanup(label):
    await asyncio.sleep(0.01)
    print("async callback", label)


async def ticker():
    for i in range(6):
        print("tick", i)
        await asyncio.sleep(0.02)


async def main():
    t = asyncio.create_task(ticker())
    async with AsyncExitStack() as stack:
        conns = [await stack.enter_async_context(Conn(n, 0.03)) for n in ("db", "cache")]
        print("sync value", stack.enter_context(SyncRes()))
        stack.push_async_callback(cleanup, "one")
        stack.callback(print, "sync callback")
        print("using", [c.name for c in conns])
    try:
        async with AsyncExitStack() as stack:
            await stack.enter_async_context(Conn("a", 0.01, fail=RuntimeError("a failed")))
            await stack.enter_async_context(Conn("b", 0.01))
            raise ValueError("body")
    except RuntimeError as e:
        print("raised:", repr(e), "context:", repr(e.__context__))
    stack = AsyncExitStack()
    await stack.enter_async_context(Conn("manual", 0.01))
    await stack.aclose()
    try:
        await stack.enter_async_context(SyncRes())
    except TypeError as e:
        print("TypeError:", e)
    await t


asyncio.run(main())
