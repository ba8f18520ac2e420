# return inside async with keeps its value across an awaiting __aexit__; a suppressed
# exception lets the function continue; __aexit__ raising replaces the exception.
import asyncio


class Guard:
    def __init__(self, suppress=False, fail=False):
        self.suppress = suppress
        self.fail = fail

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        return self

    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0.01)
        if self.fail:
            raise OSError("aexit failed")
        return self.suppress


async def compute():
    async with Guard():
        return "value kept"


async def swallow():
    async with Guard(suppress=True):
        raise IndexError("gone")
    return "continued"


async def replace():
    async with Guard(fail=True):
        raise IndexError("original")


async def main():
    print(await compute())
    print(await swallow())
    try:
        await replace()
    except OSError as e:
        print("OSError:", e, "context:", repr(e.__context__))
    results = await asyncio.gather(compute(), swallow(), return_exceptions=True)
    print(results)


asyncio.run(main())
