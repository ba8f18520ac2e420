# Several async items in one statement enter left to right, exit right to left, and a
# with statement inside an async def that mixes sync and async managers.
import asyncio


class AsyncRes:
    def __init__(self, name, log):
        self.name = name
        self.log = log

    async def __aenter__(self):
        self.log.append(f"enter {self.name}")
        await asyncio.sleep(0)
        return self.name

    async def __aexit__(self, et, e, tb):
        self.log.append(f"exit {self.name} {et.__name__ if et else None}")
        await asyncio.sleep(0)
        return False


class SyncRes:
    def __init__(self, log):
        self.log = log

    def __enter__(self):
        self.log.append("sync enter")
        return "sync"

    def __exit__(self, et, e, tb):
        self.log.append("sync exit")


async def other(log):
    for i in range(3):
        log.append(f"other {i}")
        await asyncio.sleep(0)


async def main():
    log = []
    t = asyncio.create_task(other(log))
    async with AsyncRes("a", log) as a, AsyncRes("b", log) as b:
        with SyncRes(log) as s:
            log.append(f"body {a} {b} {s}")
            await asyncio.sleep(0)
    try:
        async with (AsyncRes("c", log) as c, AsyncRes("d", log)):
            raise ZeroDivisionError
    except ZeroDivisionError:
        log.append("caught ZeroDivisionError")
    await t
    for line in log:
        print(line)

    class Bad:
        async def __aenter__(self):
            return 1

        def __aexit__(self, *a):
            return 5

    try:
        async with Bad() as got:
            print("entered with", got)
    except TypeError as e:
        print("TypeError:", e)

    class BadEnter:
        def __aenter__(self):
            return "not awaitable"

        async def __aexit__(self, *a):
            pass

    try:
        async with BadEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)

    class SyncOnly:
        def __enter__(self):
            return self

        def __exit__(self, *a):
            pass

    try:
        async with SyncOnly():
            pass
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
