# A coroutine takes its function's __name__ and __qualname__ as they are when it is called:
# functools.wraps renames a decorator's wrapper to the function it wraps, and the coroutine,
# its Task's repr and the "never awaited" warning say so.
import asyncio
import functools


def logged(func):
    @functools.wraps(func)
    async def wrapper(*args):
        print("calling", func.__name__, args)
        return await func(*args)

    return wrapper


@logged
async def fetch(n):
    await asyncio.sleep(0)
    return n * 2


async def main():
    c = fetch(1)
    print(c.__name__, c.__qualname__)
    print(await c)
    t = asyncio.create_task(fetch(2))
    print(t.get_coro().__qualname__)
    print(await t)
    fetch(3)  # never awaited


asyncio.run(main())
