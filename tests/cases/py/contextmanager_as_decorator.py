# A manager made by @contextmanager / @asynccontextmanager also decorates a function
# (contextlib.py ContextDecorator / AsyncContextDecorator): each call runs the function
# inside a fresh manager (_recreate_cm); an exception the generator swallows makes the
# call return None. The async wrapper is a coroutine function: its calls can be tasks.
import asyncio
from contextlib import asynccontextmanager, contextmanager


@contextmanager
def logged(label):
    print("enter", label)
    try:
        yield
    except KeyError as e:
        print("swallowed", repr(e))
    finally:
        print("exit", label)


@logged("add")
def add(a, b):
    print("adding", a, b)
    if a < 0:
        raise KeyError(a)
    return a + b


@asynccontextmanager
async def span(label):
    print("open", label)
    await asyncio.sleep(0)
    try:
        yield
    finally:
        await asyncio.sleep(0)
        print("close", label)


@span("fetch")
async def fetch(n, delay):
    print("fetch start", n)
    await asyncio.sleep(delay)
    if n == 3:
        raise ValueError("bad item")
    return n * 10


async def main():
    print(add(1, 2), add(-1, 2), add.__name__, add.__wrapped__.__name__)
    print(fetch.__name__, fetch.__qualname__)
    coro = fetch(1, 0)
    print(type(coro).__name__, coro.__name__)
    print(await coro)
    results = await asyncio.gather(fetch(2, 0.02), fetch(3, 0.01), return_exceptions=True)
    print(results)
    task = asyncio.create_task(fetch(4, 0))
    print(await task)


asyncio.run(main())
