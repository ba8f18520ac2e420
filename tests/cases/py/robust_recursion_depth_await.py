# How deep async recursion goes before RecursionError under asyncio.run (issue 10): every
# coroutine an await chain runs is a frame on CPython's stack, with asyncio's own frames
# below; the count decides, never the interpreter's host stack. Each line prints the
# deepest level entered, so a host overflow before CPython's depth shows.
import asyncio

reached = 0


async def awaiting(n):
    global reached
    reached = n
    return 1 + await awaiting(n + 1)


async def awaiting_method(obj, n):
    global reached
    reached = n
    return 1 + await obj.dive(n + 1)


class Diver:
    async def dive(self, n):
        return await awaiting_method(self, n)


def plain(n):
    global reached
    reached = n
    return 1 + plain(n + 1)


async def calls_plain():
    return plain(1)


async def measure(name, start):
    global reached
    reached = 0
    try:
        await start()
        print(name, "completed", reached)
    except RecursionError as e:
        print(name, "RecursionError at", reached, e)


async def main():
    await measure("await", lambda: awaiting(1))
    await measure("await of a method", lambda: Diver().dive(1))
    await measure("plain recursion in a task", lambda: asyncio.create_task(calls_plain()))
    await measure("await in a task", lambda: asyncio.create_task(awaiting(1)))


asyncio.run(main())
