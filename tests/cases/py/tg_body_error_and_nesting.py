# TaskGroup: an error in the body itself, nested groups, results from children.
import asyncio


async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
        return name.upper()
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise


async def inner_group():
    async with asyncio.TaskGroup() as tg:
        t1 = tg.create_task(child("inner-1", 0.02))
        t2 = tg.create_task(child("inner-2", 0.04))
    return [t1.result(), t2.result()]


async def main():
    async with asyncio.TaskGroup() as tg:
        nested = tg.create_task(inner_group())
        other = tg.create_task(child("outer", 0.03))
    print("nested:", nested.result(), "other:", other.result())

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("sibling", 0.2))
            await asyncio.sleep(0.01)
            raise KeyError("from the body")
    except ExceptionGroup as eg:
        print("group:", [repr(e) for e in eg.exceptions])

    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(child("x", 0.05))
            raise asyncio.CancelledError()
    except asyncio.CancelledError:
        print("body CancelledError propagates as itself")

    tg = asyncio.TaskGroup()
    coro = child("never", 0)
    try:
        tg.create_task(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
