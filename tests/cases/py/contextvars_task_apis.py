# contextvars through create_task / ensure_future / wait_for / shield / timeout / as_completed,
# an eager task's first step in its own context, and a variable set before asyncio.run.
import asyncio
import contextvars

user = contextvars.ContextVar("user")

async def show(tag):
    print(tag, user.get("<unset>"))

async def main():
    user.set("alice")
    loop = asyncio.get_running_loop()
    t = loop.create_task(show("loop.create_task"))
    await t
    t = asyncio.ensure_future(show("ensure_future"))
    user.set("bob")
    await t
    await asyncio.wait_for(show("wait_for"), 1)
    r = await asyncio.shield(show("shield"))
    async with asyncio.timeout(1):
        await show("timeout")
    for c in asyncio.as_completed([show("as_completed")]):
        await c

user.set("top")
asyncio.run(main())
print(user.get())

# Runner.run(coro, context=): the main task runs in the given context, which keeps what it set.
counter = contextvars.ContextVar("counter", default=0)


async def bump():
    counter.set(counter.get() + 1)
    return counter.get()


kept = contextvars.copy_context()
with asyncio.Runner() as runner:
    print(runner.run(bump(), context=kept), runner.run(bump(), context=kept), runner.run(bump()), counter.get(), kept[counter])
