# asyncio's classes and the loop's methods check their arguments as CPython 3.14 does: the
# `loop=` argument of old tutorials is gone since 3.10, print's `end=` is not call_soon's, and
# a task factory receives the keywords create_task does not know.
import asyncio


def attempt(label, make):
    try:
        r = make()
        print(label, "->", type(r).__name__)
    except (TypeError, AttributeError) as e:
        print(label, type(e).__name__, e)


async def job(tag):
    return tag


async def main():
    loop = asyncio.get_running_loop()
    attempt("Lock(loop=loop)", lambda: asyncio.Lock(loop=loop))
    attempt("Event(1)", lambda: asyncio.Event(1))
    attempt("Semaphore(1, loop=loop)", lambda: asyncio.Semaphore(1, loop=loop))
    attempt("BoundedSemaphore(value=2)", lambda: asyncio.BoundedSemaphore(value=2))
    attempt("Queue(maxsize=1, loop=loop)", lambda: asyncio.Queue(maxsize=1, loop=loop))
    attempt("LifoQueue(0, 1)", lambda: asyncio.LifoQueue(0, 1))
    attempt("Condition(lock=5)", lambda: asyncio.Condition(lock=5))
    attempt("Barrier()", lambda: asyncio.Barrier())
    attempt("Barrier(parties=2)", lambda: asyncio.Barrier(parties=2))

    f = loop.create_future()
    attempt("call_soon(print, end=)", lambda: loop.call_soon(print, "x", end="!"))
    attempt("call_later(0, print, end=)", lambda: loop.call_later(0, print, "x", end="!"))
    attempt("add_done_callback(print, 1)", lambda: f.add_done_callback(print, 1))
    attempt("cancel('m', 'n')", lambda: f.cancel("m", "n"))
    attempt("cancel(msg=, extra=)", lambda: f.cancel(msg="m", extra=1))
    attempt("create_future(1)", lambda: loop.create_future(1))
    attempt("set_result()", lambda: f.set_result())
    attempt("current_task(5)", lambda: asyncio.current_task(5))

    coro = job("x")
    attempt("create_task(coro, bogus=1)", lambda: loop.create_task(coro, bogus=1))
    coro.close()

    def factory(loop, coro, priority=0, **kwargs):
        print("factory got priority", priority, sorted(kwargs))
        return asyncio.Task(coro, loop=loop, **kwargs)

    loop.set_task_factory(factory)
    print(await loop.create_task(job("a"), priority=5, name="A"))
    print(await asyncio.create_task(job("b"), priority=7))
    loop.set_task_factory(None)


asyncio.run(main())
