# How deep recursion goes before RecursionError, counted as CPython counts frames
# (sys.getrecursionlimit() Python frames, asyncio's and the harness's included).
import asyncio
import sys


def sync_depth(n=1):
    try:
        return sync_depth(n + 1)
    except RecursionError:
        return n


reached = 0


async def dive(n):
    global reached
    reached = n
    await dive(n + 1)


async def in_task(label):
    print(label, "sync recursion reached", sync_depth())
    return label


print("limit", sys.getrecursionlimit())
print("module sync recursion reached", sync_depth())
try:
    await dive(1)
except RecursionError as e:
    print("await recursion reached", reached, e)
print(await asyncio.create_task(in_task("create_task")))
print(await asyncio.gather(in_task("gather"), asyncio.ensure_future(in_task("ensure_future"))))
await in_task("awaited inline")
loop = asyncio.get_running_loop()
loop.call_soon(lambda: print("call_soon sync recursion reached", sync_depth()))
await asyncio.sleep(0)



async with asyncio.TaskGroup() as tg:
    tg.create_task(in_task("TaskGroup"))

sys.setrecursionlimit(120)
print("limit", sys.getrecursionlimit(), "sync recursion reached", sync_depth())
try:
    sys.setrecursionlimit(5)
except RecursionError as e:
    print(type(e).__name__, e)
sys.setrecursionlimit(1000)
