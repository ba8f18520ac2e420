import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def connection(name, delay):
    print("connecting", name)
    await asyncio.sleep(delay)
    try:
        yield f"conn:{name}"
    finally:
        print("closing", name)
        await asyncio.sleep(delay)
        print("closed", name)

async def job(name, delay):
    async with connection(name, delay) as conn:
        print("using", conn)
        await asyncio.sleep(delay)
        return name

@asynccontextmanager
async def guard():
    try:
        yield
    except ValueError as e:
        print("guard suppressed", e)
        await asyncio.sleep(0.01)

@asynccontextmanager
async def broken():
    yield 1
    yield 2

async def ticker():
    for i in range(5):
        print("tick", i)
        await asyncio.sleep(0.04)

async def main():
    t = asyncio.create_task(ticker())
    print(await asyncio.gather(job("a", 0.05), job("b", 0.03)))
    async with guard():
        raise ValueError("inside guard")
    try:
        async with guard():
            raise KeyError("k")
    except KeyError as e:
        print("propagated", repr(e))
    try:
        async with broken():
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    await t

asyncio.run(main())
