# asyncio's primitives are not threading's: their methods take no timeout/blocking
# arguments (wrap them in asyncio.wait_for / asyncio.timeout instead). A threading-style
# call fails at the call, as a call of locks.py's / queues.py's Python methods does, and a
# Queue(maxsize=None) (not a way to say "unbounded") fails at its first put.
import asyncio


async def main():
    ev = asyncio.Event()
    lock = asyncio.Lock()
    sem = asyncio.BoundedSemaphore(2)
    cond = asyncio.Condition()
    q = asyncio.Queue()
    barrier = asyncio.Barrier(2)
    calls = {
        "ev.wait(5)": lambda: ev.wait(5),
        "ev.wait(timeout=5)": lambda: ev.wait(timeout=5),
        "ev.set(True)": lambda: ev.set(True),
        "lock.acquire(blocking=False)": lambda: lock.acquire(blocking=False),
        "lock.acquire(False)": lambda: lock.acquire(False),
        "lock.release(1)": lambda: lock.release(1),
        "sem.acquire(timeout=1)": lambda: sem.acquire(timeout=1),
        "sem.release(2)": lambda: sem.release(2),
        "cond.wait(1)": lambda: cond.wait(1),
        "cond.wait_for(bool, 1)": lambda: cond.wait_for(bool, 1),
        "cond.wait_for()": lambda: cond.wait_for(),
        "cond.notify(1, 2)": lambda: cond.notify(1, 2),
        "q.get(timeout=1)": lambda: q.get(timeout=1),
        "q.get(False)": lambda: q.get(False),
        "q.put(1, block=False)": lambda: q.put(1, block=False),
        "q.put()": lambda: q.put(),
        "q.put_nowait(1, 2)": lambda: q.put_nowait(1, 2),
        "q.task_done(1)": lambda: q.task_done(1),
        "q.join(1)": lambda: q.join(1),
        "q.shutdown(True, 1)": lambda: q.shutdown(True, 1),
        "barrier.wait(1)": lambda: barrier.wait(1),
        "asyncio.TaskGroup(1)": lambda: asyncio.TaskGroup(1),
    }
    for text, call in calls.items():
        try:
            call()
            print(text, "accepted")
        except TypeError as e:
            print(text, "->", e)
    # The right way: the primitive's own call inside a timeout.
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print("ev.wait() timed out")
    async with cond:
        cond.notify(n=1)
        print("notify(n=1) fine")
    unbounded = asyncio.Queue(maxsize=None)
    print(unbounded.empty(), unbounded.maxsize)
    try:
        unbounded.put_nowait("job")
    except TypeError as e:
        print("Queue(maxsize=None):", e)
    odd = asyncio.Queue(maxsize=1.5)
    odd.put_nowait(1)
    print(odd.full(), odd.qsize())
    odd.put_nowait(2)
    print(odd.full(), odd)


asyncio.run(main())
