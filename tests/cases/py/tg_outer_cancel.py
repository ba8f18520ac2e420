# A TaskGroup whose parent task is cancelled from outside: children cancelled, CancelledError propagates.
import asyncio


async def child(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise


async def wrapper():
    try:
        async with asyncio.TaskGroup() as tg:
            # One pending child: CPython cancels several in set (address) order.
            tg.create_task(child("c1"))
            print("wrapper: waiting in the body")
    except asyncio.CancelledError:
        print("wrapper: CancelledError left the group")
        raise


async def failing_with_outer_cancel():
    async def boom():
        await asyncio.sleep(0.01)
        raise RuntimeError("boom")

    # One child again: with several pending, CPython's abort order is a set's (address) order.
    async with asyncio.TaskGroup() as tg:
        tg.create_task(boom())


async def main():
    t = asyncio.create_task(wrapper())
    await asyncio.sleep(0.05)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("main: wrapper cancelled:", t.cancelled())
    u = asyncio.create_task(failing_with_outer_cancel())
    await asyncio.sleep(0.01)
    u.cancel()
    try:
        await u
    except BaseException as e:
        print("main: u ->", type(e).__name__, u.cancelled())


asyncio.run(main())
