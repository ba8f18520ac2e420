# Task and Future are C types: their methods check arguments as Objects/methodobject.c and
# Argument Clinic do. task.result(timeout=5) is concurrent.futures' signature, not asyncio's;
# the loop's Python methods name their class (BaseEventLoop.call_later()).
import asyncio


async def job():
    await asyncio.sleep(0)
    return 42


async def main():
    loop = asyncio.get_running_loop()
    task = asyncio.create_task(job(), name="job")
    fut = loop.create_future()
    calls = {
        "task.result(timeout=5)": lambda: task.result(timeout=5),
        "task.result(5)": lambda: task.result(5),
        "task.done(True)": lambda: task.done(True),
        "task.cancelled(1)": lambda: task.cancelled(1),
        "task.exception(1)": lambda: task.exception(1),
        "task.get_name(1)": lambda: task.get_name(1),
        "task.set_name()": lambda: task.set_name(),
        "task.set_name(value='x')": lambda: task.set_name(value="x"),
        "task.cancelling(1)": lambda: task.cancelling(1),
        "task.uncancel(x=1)": lambda: task.uncancel(x=1),
        "task.get_coro(1)": lambda: task.get_coro(1),
        "task.get_context(1)": lambda: task.get_context(1),
        "fut.result(1)": lambda: fut.result(1),
        "fut.done(x=1)": lambda: fut.done(x=1),
        "fut.get_loop(1)": lambda: fut.get_loop(1),
        "fut.set_result()": lambda: fut.set_result(),
        "fut.set_result(1, 2)": lambda: fut.set_result(1, 2),
        "fut.set_exception(ValueError(), 1)": lambda: fut.set_exception(ValueError(), 1),
        "fut.remove_done_callback()": lambda: fut.remove_done_callback(),
        "loop.call_soon()": lambda: loop.call_soon(),
        "loop.call_later(1)": lambda: loop.call_later(1),
        "loop.call_at(1)": lambda: loop.call_at(1),
        "loop.create_task()": lambda: loop.create_task(),
        "loop.run_until_complete()": lambda: loop.run_until_complete(),
        "asyncio.current_task(None, 1)": lambda: asyncio.current_task(None, 1),
        "asyncio.all_tasks(loop=None, x=1)": lambda: asyncio.all_tasks(loop=None, x=1),
        "asyncio.get_running_loop(1)": lambda: asyncio.get_running_loop(1),
        "asyncio.Future(loop)": lambda: asyncio.Future(loop),
        "asyncio.Future(loop=loop, x=1)": lambda: asyncio.Future(loop=loop, x=1),
        "asyncio.Task()": lambda: asyncio.Task(),
    }
    for text, call in calls.items():
        try:
            call()
            print(text, "accepted")
        except TypeError as e:
            print(text, "->", e)
    for kw in ("nam", "contxt", "eager"):
        coro = job()
        try:
            asyncio.create_task(coro, **{kw: "x"})
        except TypeError as e:
            print(f"create_task({kw}=...) ->", e)
        coro.close()
    print(await task, task.get_name(), task.done())
    fut.set_result("ok")
    print(fut.result())


asyncio.run(main())
