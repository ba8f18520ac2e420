# asyncio.create_task takes what asyncio.iscoroutine accepts: besides coroutines, the
# coroutine-like awaitables of an async generator (anext(), asend(), athrow(), aclose()) and
# of contextlib's async context managers. The task drives them as coroutines; get_coro()
# is the object given. Racing two async generators with tasks of anext() is the usual use.
import asyncio
import contextlib


async def ticker(name, delay, count):
    for i in range(count):
        await asyncio.sleep(delay)
        print(f"{name} produces {i}")
        yield f"{name}{i}"


@contextlib.asynccontextmanager
async def resource():
    print("acquire")
    await asyncio.sleep(0)
    yield "handle"
    print("release")


async def merge(*gens):
    pending = {asyncio.create_task(anext(g)): g for g in gens}
    while pending:
        done, _ = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in sorted(done, key=lambda t: t.get_name()):
            g = pending.pop(t)
            try:
                item = t.result()
            except StopAsyncIteration:
                print("exhausted")
                continue
            print("merged", item)
            pending[asyncio.create_task(anext(g))] = g


async def main():
    fast = ticker("fast", 0.01, 3)
    first = anext(fast)
    print(asyncio.iscoroutine(first), asyncio.iscoroutine(fast))
    t = asyncio.create_task(first)
    print(t.get_coro() is first)
    print(repr(t).replace(t.get_name(), "T"))
    print(await t)
    await merge(fast, ticker("slow", 0.025, 2))

    g = ticker("g", 0, 5)
    print(await asyncio.create_task(g.asend(None)))
    try:
        await asyncio.create_task(g.athrow(ValueError("stop")))
    except ValueError as e:
        print("athrow task raised", repr(e))
    print(await asyncio.create_task(g.aclose()))

    cm = resource()
    print(await asyncio.create_task(cm.__aenter__()))
    print(await asyncio.create_task(cm.__aexit__(None, None, None)))

    late = ticker("late", 0, 1)
    print(await asyncio.ensure_future(anext(late)))
    try:
        asyncio.create_task(42)
    except TypeError as e:
        print(e)


asyncio.run(main())
