# An eager task (eager_task_factory) runs its first step in its own copy of the context:
# what it sets there is not seen by the task that created it.
import asyncio
import contextvars

v = contextvars.ContextVar("v", default="d")

async def child():
    print("child start", v.get())
    v.set("child")
    await asyncio.sleep(0)
    print("child after", v.get())

async def main():
    v.set("parent")
    loop = asyncio.get_running_loop()
    loop.set_task_factory(asyncio.eager_task_factory)
    t = asyncio.create_task(child())
    print("parent after eager start", v.get())
    await t
    print("parent end", v.get())

asyncio.run(main())
