# Unbounded recursion through `await` (each coroutine driven inline by its caller) ends in
# RecursionError, which the program can catch; so does plain recursion inside a task.
import asyncio

depth = 0


async def dive():
    global depth
    depth += 1
    await dive()


try:
    await dive()
except RecursionError as e:
    print("await recursion:", type(e).__name__, e, depth)


def sync_dive(n):
    return sync_dive(n + 1)


async def in_task():
    try:
        sync_dive(0)
    except RecursionError as e:
        print("sync recursion in a task:", e)
    return "task done"


print(await asyncio.create_task(in_task()))
print(await asyncio.gather(in_task(), in_task()))
