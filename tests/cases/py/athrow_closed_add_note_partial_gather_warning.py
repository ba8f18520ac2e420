# Small things CPython 3.14 does: athrow() of a closed async generator returns None,
# inspect's and asyncio's iscoroutinefunction look through functools.partial, add_note()'s
# TypeError, and an unretrieved gather() exception is named by the future's class.
import asyncio
import functools
import inspect


async def agen():
    yield 1


async def add(a, b):
    return a + b


async def main():
    g = agen()
    await g.aclose()
    print("athrow after aclose:", await g.athrow(ValueError("x")))

    p = functools.partial(add, 1)
    print(inspect.iscoroutinefunction(p), asyncio.iscoroutinefunction(p), await p(2))

    try:
        ValueError("v").add_note(5)
    except TypeError as e:
        print("TypeError:", e)

    gathered = asyncio.gather(asyncio.sleep(1))
    await asyncio.sleep(0)
    gathered.cancel()
    await asyncio.sleep(0.01)
    print("gather cancelled:", gathered.cancelled())


asyncio.run(main())
