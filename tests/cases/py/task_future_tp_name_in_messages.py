# asyncio's Task and Future are C types: CPython's messages name them by their tp_name,
# _asyncio.Task and _asyncio.Future (type(t).__name__ is still Task).
import asyncio


async def job():
    return 1


async def main():
    t = asyncio.create_task(job())
    f = asyncio.get_running_loop().create_future()
    attempts = [
        ("call a task", lambda: t()),
        ("task attribute", lambda: t.foo),
        ("future attribute", lambda: f.bar),
        ("subscript", lambda: t[0]),
        ("len", lambda: len(t)),
        ("add", lambda: t + 1),
    ]
    for label, op in attempts:
        try:
            op()
        except Exception as e:
            print(label, type(e).__name__, e)
    print(type(t).__name__, type(f).__name__)
    print(await t)
    f.cancel()


asyncio.run(main())
