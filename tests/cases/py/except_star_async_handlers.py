# except* in coroutines: handlers that await, errors gathered from tasks into an
# ExceptionGroup, and a group that escapes asyncio.run.
import asyncio


async def job(name, delay, error=None):
    await asyncio.sleep(delay)
    print("finished", name)
    if error:
        raise error
    return name


async def collect():
    results = await asyncio.gather(
        job("a", 0.05),
        job("b", 0.01, ValueError("bad b")),
        job("c", 0.09, KeyError("c")),
        job("d", 0.13, ValueError("bad d")),
        return_exceptions=True,
    )
    errors = [r for r in results if isinstance(r, BaseException)]
    print("results", [r for r in results if not isinstance(r, BaseException)])
    if errors:
        raise ExceptionGroup("jobs failed", errors)


async def ticker():
    for i in range(3):
        print("tick", i)
        await asyncio.sleep(0.04)


async def main():
    t = asyncio.create_task(ticker())
    try:
        await collect()
    except* ValueError as group:
        print("values:", [str(e) for e in group.exceptions])
        await asyncio.sleep(0.02)
        print("after awaiting in the handler")
    except* KeyError as group:
        print("keys:", repr(group))
        await asyncio.sleep(0.01)
    await t

    try:
        try:
            await collect()
        except* KeyError:
            await asyncio.sleep(0.01)
            raise RuntimeError("key handler failed")
    except ExceptionGroup as eg:
        print("combined:", repr(eg))
        print("context of the new error:", repr(eg.exceptions[0].__context__))

    try:
        await job("naked", 0.01, OSError("disk"))
    except* OSError as g:
        print("naked became", repr(g))

    await collect()


asyncio.run(main())
