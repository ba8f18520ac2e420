# A Future's iterator (_asyncio.FutureIter) outside an await, and unpacking an endless
# iterator: the fuzzer's input 155,315 of seed 10002 (`d, = asyncio.ensure_future(...)`)
# grew one host array until V8 aborted the process (issue 10).
import asyncio
import itertools


async def work(name):
    await asyncio.sleep(0.1)
    return name


async def main():
    fut = asyncio.get_running_loop().create_future()
    it = iter(fut)
    print(next(it) is fut)
    try:
        next(it)
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        (d,) = asyncio.ensure_future(work("d"))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        print(list(asyncio.ensure_future(work("e"))))
    except Exception as e:
        print(type(e).__name__, e)
    try:
        await fut.__await__()
    except TypeError as e:
        print("TypeError:", e)
    try:
        len(fut.__await__())
    except TypeError as e:
        print("TypeError:", e)
    fut.set_result(5)
    try:
        (d,) = fut
    except ValueError as e:
        print("ValueError:", e)
    done = fut.__await__()
    print(list(done), list(done))
    try:
        a, b = itertools.count()
    except ValueError as e:
        print("ValueError:", e)

    def gen():
        yield 1
        yield 2
        print("not reached")
        yield 3

    try:
        (x,) = gen()
    except ValueError as e:
        print("ValueError:", e)
    first, *rest = itertools.islice(itertools.count(), 5)
    print(first, rest)
    print(await asyncio.gather(work("g"), return_exceptions=True))


asyncio.run(main())
