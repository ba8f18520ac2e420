# asyncio.Runner copies the context once (runners.py _lazy_init) and runs every main task
# in it: a ContextVar set by one run() is still set in the next, unless run() gets its own
# context=. Tasks the main task creates copy that context, as usual.
import asyncio
import contextvars

visits = contextvars.ContextVar("visits", default=0)


async def visit(label):
    visits.set(visits.get() + 1)
    child = asyncio.create_task(peek(label))
    await child
    return visits.get()


async def peek(label):
    visits.set(visits.get() + 100)
    print(label, "child sees", visits.get())


with asyncio.Runner() as runner:
    print("first", runner.run(visit("first")))
    print("second", runner.run(visit("second")))
    print("fresh", runner.run(visit("fresh"), context=contextvars.Context()))
    print("third", runner.run(visit("third"), context=None))
print("outside", visits.get())
with asyncio.Runner() as runner:
    print("new runner", runner.run(visit("new runner")))
