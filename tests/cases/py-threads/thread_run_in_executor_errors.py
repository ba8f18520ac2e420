# loop.run_in_executor: the future is returned at once, the result or the exception comes back later.
import asyncio
import time


def compute(x, y):
    print(f"compute({x}, {y}) in a thread")
    return x * y


def fails():
    time.sleep(0.05)
    raise ValueError("bad input")


def no_loop_here():
    try:
        asyncio.get_running_loop()
    except RuntimeError as e:
        return f"RuntimeError: {e}"


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, compute, 6, 7)
    print("future made:", isinstance(fut, asyncio.Future))
    print("result:", await fut)
    try:
        await loop.run_in_executor(None, fails)
    except ValueError as e:
        print("ValueError from the thread:", e)
    print(await asyncio.to_thread(no_loop_here))
    print(await asyncio.to_thread(sorted, [3, 1, 2], reverse=True))


asyncio.run(main())
