# TaskGroup: a failing child cancels its siblings and the body; errors come out grouped.
import asyncio


async def work(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name}: cancelled")
        raise
    finally:
        print(f"{name}: finally")
    if fail:
        raise ValueError(f"{name} failed")
    print(f"{name}: done")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(work("a", 0.05))
        b = tg.create_task(work("b", 0.1))
        print(repr(tg))
    print("all done:", a.result(), b.result(), repr(tg))

    try:
        async with asyncio.TaskGroup() as tg:
            slow = tg.create_task(work("slow", 1))
            tg.create_task(work("bad1", 0.03, fail=True))
            tg.create_task(work("bad2", 0.03, fail=True))
            tg.create_task(work("quick", 0.01))
            try:
                await asyncio.sleep(0.5)
            except asyncio.CancelledError:
                print("body: cancelled by the group")
                raise
            print("not reached")
    except ExceptionGroup as eg:
        print("caught:", repr(eg))
        print("message:", eg.message, "| count:", len(eg.exceptions))
        print("slow cancelled:", slow.cancelled())
    try:
        tg.create_task(work("late", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    print("current task still fine:", asyncio.current_task().cancelling())


asyncio.run(main())
