# anext(agen) is an awaitable CPython's iscoroutine accepts (collections.abc.Coroutine): it can
# be a task, be raced against a timeout with wait_for, or gathered; a second anext while the
# first is still running is the generator's RuntimeError.
import asyncio


async def ticks(n, delay):
    try:
        for i in range(n):
            await asyncio.sleep(delay)
            print("tick", i)
            yield i
    finally:
        print("ticks closed")


async def main():
    gen = ticks(4, 0.01)
    first = asyncio.create_task(anext(gen))
    print(asyncio.iscoroutine(anext(gen, None)), first.done())
    await asyncio.sleep(0)
    try:
        await anext(gen)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("first", await first)
    print("wait_for", await asyncio.wait_for(anext(gen), 1))
    try:
        await asyncio.wait_for(anext(gen), 0.001)
    except TimeoutError:
        print("next item too slow")
    results = await asyncio.gather(anext(gen), return_exceptions=True)
    print("gather", results)
    done, pending = await asyncio.wait([asyncio.ensure_future(anext(gen, "end"))])
    print("wait", [t.result() for t in done], len(pending))
    await gen.aclose()


asyncio.run(main())
