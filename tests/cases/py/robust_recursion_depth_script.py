# How deep recursion goes before RecursionError in a script run with asyncio.run, counted
# as CPython counts frames (asyncio.run's, the loop's and the harness's included).
import asyncio


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


async def child():
    return sync_depth()


async def main():
    print("main sync recursion reached", sync_depth())
    try:
        await dive(1)
    except RecursionError as e:
        print("await recursion reached", reached, e)
    print("task sync recursion reached", await asyncio.create_task(child()))
    print("wait_for sync recursion reached", await asyncio.wait_for(child(), 1))


print("module sync recursion reached", sync_depth())
asyncio.run(main())
with asyncio.Runner() as runner:
    print("Runner task sync recursion reached", runner.run(child()))
loop = asyncio.new_event_loop()
print("run_until_complete sync recursion reached", loop.run_until_complete(child()))
loop.close()
