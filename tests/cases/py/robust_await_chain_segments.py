# A deep await chain that suspends, is cancelled and raises at its bottom (issue 10): the
# engine cuts a task's chain into segments of 100 frames (models/python/await-segments.ts);
# what the program sees must be what it sees inline in CPython.
import asyncio

log = []


async def down(n, bottom):
    if n == 0:
        return await bottom()
    try:
        value = await down(n - 1, bottom)
    finally:
        if n % 100 == 0:
            log.append(n)
    return value + 1


async def sleepy():
    await asyncio.sleep(0)
    await asyncio.sleep(0.01)
    return 0


async def failing():
    await asyncio.sleep(0)
    raise ValueError("at the bottom")


async def forever():
    await asyncio.Event().wait()


outer = None


async def running_outer():
    # The outermost coroutine of the chain is running while the bottom runs.
    return 0 if outer.cr_running and not outer.cr_suspended else -1000


async def catching(n):
    if n == 0:
        await asyncio.sleep(0)
        raise KeyError(n)
    try:
        return await catching(n - 1)
    except KeyError as e:
        if n % 150 == 0:
            return f"caught {e} at {n}"
        raise


async def main():
    print("sleepy", await down(350, sleepy), log)
    log.clear()
    try:
        await down(250, failing)
    except ValueError as e:
        print("failing", e, log)
    log.clear()
    task = asyncio.create_task(down(320, forever))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("cancelled", task.cancelled(), log)
    log.clear()
    global outer
    outer = down(280, running_outer)
    print("running", await outer, outer.cr_running, outer.cr_suspended)
    print("caught", await catching(320))
    results = await asyncio.gather(*(down(200 + 50 * i, sleepy) for i in range(3)))
    print("gather", results)


asyncio.run(main())
