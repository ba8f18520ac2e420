# `async with`: __aenter__ and __aexit__ are awaited, and each await is a real
# suspension point where other tasks run.
import asyncio


class Connection:
    def __init__(self, name, delay):
        self.name = name
        self.delay = delay

    async def __aenter__(self):
        print(f"{self.name}: opening")
        await asyncio.sleep(self.delay)
        print(f"{self.name}: open")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"{self.name}: closing ({exc_type.__name__ if exc_type else 'clean'})")
        await asyncio.sleep(self.delay)
        print(f"{self.name}: closed")
        return exc_type is KeyError


async def worker(name, delay, fail=None):
    async with Connection(name, delay) as conn:
        print(f"{conn.name}: working")
        await asyncio.sleep(delay)
        if fail:
            raise fail
    print(f"{name}: done")


async def ticker():
    for i in range(4):
        print("tick", i)
        await asyncio.sleep(0.05)


async def main():
    t = asyncio.create_task(ticker())
    await asyncio.gather(worker("fast", 0.03), worker("slow", 0.11), worker("key", 0.07, KeyError("k")))
    try:
        await worker("value", 0.02, ValueError("v"))
    except ValueError as e:
        print("propagated:", e)
    await t


asyncio.run(main())
