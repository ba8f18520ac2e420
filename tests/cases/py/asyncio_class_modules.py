# Where asyncio's classes live, as type() and except-clause debugging prints them:
# Task and Future are the C types of _asynciomodule.c, the queue exceptions come from
# asyncio/queues.py and the handles from asyncio/events.py.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.current_task()
    print(type(task), type(task).__mro__)
    print(type(loop.create_future()), asyncio.Future.__module__)
    handle = loop.call_later(1, print)
    print(type(handle).__mro__)
    handle.cancel()
    q = asyncio.Queue(1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except Exception as e:
        print("caught", type(e), type(e).__module__)
    try:
        asyncio.Queue().get_nowait()
    except asyncio.QueueEmpty as e:
        print("caught", type(e).__qualname__, repr(e), asyncio.QueueShutDown)
    for cls in (asyncio.Lock, asyncio.Barrier, asyncio.BrokenBarrierError, asyncio.TaskGroup, asyncio.Timeout):
        print(cls)


asyncio.run(main())
