# await on objects whose __await__ returns an iterator (a generator, yield from a Future,
# iter([...])): PEP 380 delegation: bare yields go to the loop, a Future is waited for, the
# StopIteration value is the result, cancel throws into the generator, a bad yield is the task's error.
import asyncio

class Ticks:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        for i in range(self.n):
            print("tick", i)
            got = yield
            print("resumed with", got)
        return f"done after {self.n}"

class WaitFut:
    def __await__(self):
        loop = asyncio.get_running_loop()
        fut = loop.create_future()
        loop.call_later(0.01, fut.set_result, "fut value")
        v = yield from fut
        return v.upper()

class Bad:
    def __await__(self):
        yield 42

class Interrupted:
    def __await__(self):
        try:
            yield
            yield
        except ValueError as e:
            print("inner got", repr(e))
            return "recovered"
        finally:
            print("inner finally")

async def other():
    print("other runs")

async def main():
    t = asyncio.create_task(other())
    print(await Ticks(2))
    print(await WaitFut())
    async def victim():
        return await Interrupted()
    v = asyncio.create_task(victim())
    await asyncio.sleep(0)
    v.cancel()
    try:
        await v
    except asyncio.CancelledError:
        print("victim cancelled")
    try:
        await Bad()
    except RuntimeError as e:
        print("RuntimeError", e)
    class It:
        def __await__(self):
            return iter([None, None])
    print(await It())

asyncio.run(main())
