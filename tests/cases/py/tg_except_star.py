# TaskGroup errors handled with except*: matching by type, the rest re-raised.
import asyncio


async def fail(exc, delay):
    await asyncio.sleep(delay)
    raise exc


async def ok(delay):
    await asyncio.sleep(delay)
    return delay


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail(ValueError("v1"), 0.01))
            tg.create_task(fail(TypeError("t1"), 0.01))
            tg.create_task(ok(0.5))
    except* ValueError as eg:
        print("ValueErrors:", [str(e) for e in eg.exceptions])
    except* TypeError as eg:
        print("TypeErrors:", [str(e) for e in eg.exceptions])

    try:
        try:
            async with asyncio.TaskGroup() as tg:
                tg.create_task(fail(KeyError("k"), 0.02))
                tg.create_task(fail(ValueError("v2"), 0.02))
        except* ValueError:
            print("handled the ValueError only")
    except ExceptionGroup as rest:
        print("left over:", repr(rest))

    async with asyncio.TaskGroup() as tg:
        results = [tg.create_task(ok(d)) for d in (0.03, 0.01, 0.02)]
    print("results:", [t.result() for t in results])


asyncio.run(main())
