# Async context managers from contextlib: aclosing over an async generator, nullcontext
# in async with, AbstractAsyncContextManager's default __aenter__, interleaved with a task.
import asyncio
from contextlib import aclosing, nullcontext, AbstractAsyncContextManager


async def numbers():
    try:
        for i in range(10):
            await asyncio.sleep(0.01)
            yield i
    finally:
        print("generator finalized")


class Pool:
    async def aclose(self):
        print("pool: closing")
        await asyncio.sleep(0.02)
        print("pool: closed")


class Session(AbstractAsyncContextManager):
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print("session exit", exc_type)


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.015)


async def main():
    t = asyncio.create_task(ticker())
    async with aclosing(numbers()) as agen:
        async for n in agen:
            print("got", n)
            if n == 2:
                break
    print("after aclosing")
    async with aclosing(Pool()) as pool:
        print("pool in use", type(pool).__name__)
    async with nullcontext("value") as v:
        print("async nullcontext", v)
    async with Session() as s:
        print("session is", type(s).__name__)
    await t


asyncio.run(main())
