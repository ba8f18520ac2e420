import asyncio


async def worker(name, delay, fail=False):
    print(f"{name} start")
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(f"{name} cancelled")
        raise
    if fail:
        print(f"{name} fails")
        raise ValueError(f"{name} broke")
    print(f"{name} done")


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker("fast", 0.1))
            tg.create_task(worker("bad", 0.2, fail=True))
            tg.create_task(worker("slow", 0.3))
            print("tasks created")
        print("not reached")
    except* ValueError as eg:
        print(f"caught {len(eg.exceptions)}: {eg.exceptions[0]}")
    print("main goes on")


asyncio.run(main())
