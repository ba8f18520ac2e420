# Methods of asyncio's classes called through the class with no instance. CPython writes
# Lock, Event, Semaphore, Queue, Condition, Handle, TaskGroup and Timeout in Python, so the
# call fails as a Python function does; Future, Task and coroutine are C types, whose
# method descriptors say "unbound method". A fuzzed program calling `asyncio.Lock.release()`
# (the class, not an instance) was an internal engine error (issue 10).
import asyncio


def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "->", e)


async def main():
    attempt("Lock.release", lambda: asyncio.Lock.release())
    attempt("Lock.locked", lambda: asyncio.Lock.locked())
    attempt("Event.set", lambda: asyncio.Event.set())
    attempt("Event.is_set", lambda: asyncio.Event.is_set())
    attempt("Semaphore.release", lambda: asyncio.Semaphore.release())
    attempt("BoundedSemaphore.locked", lambda: asyncio.BoundedSemaphore.locked())
    attempt("Queue.qsize", lambda: asyncio.Queue.qsize())
    attempt("Queue.get_nowait", lambda: asyncio.Queue.get_nowait())
    attempt("LifoQueue.empty", lambda: asyncio.LifoQueue.empty())
    attempt("Condition.notify_all", lambda: asyncio.Condition.notify_all())
    attempt("Handle.cancel", lambda: asyncio.Handle.cancel())
    attempt("TimerHandle.when", lambda: asyncio.TimerHandle.when())
    attempt("Future.result", lambda: asyncio.Future.result())
    attempt("Task.get_name", lambda: asyncio.Task.get_name())

    async def work():
        return 1

    coro = work()
    attempt("coroutine.send", lambda: type(coro).send())
    attempt("coroutine.send(5)", lambda: type(coro).send(5, None))
    coro.close()
    # Through the class with an instance, as CPython allows.
    lock = asyncio.Lock()
    await lock.acquire()
    print("locked:", asyncio.Lock.locked(lock))
    asyncio.Lock.release(lock)
    print("locked:", lock.locked())


asyncio.run(main())
