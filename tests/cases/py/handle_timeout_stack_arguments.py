# Handles, Timeout, the loop's getters and the exit stacks are Python classes in CPython
# (events.py, timeouts.py, base_events.py, contextlib.py): a call with an argument too many
# or missing fails at the call, naming the method's class.
import asyncio
import contextvars
from contextlib import AsyncExitStack, ExitStack


async def main():
    loop = asyncio.get_running_loop()
    handle = loop.call_later(1, print, "never")
    soon = loop.call_soon(print, "soon")
    timeout = asyncio.timeout(1)
    astack = AsyncExitStack()
    stack = ExitStack()
    calls = {
        "handle.cancel(True)": lambda: handle.cancel(True),
        "soon.cancel(True)": lambda: soon.cancel(True),
        "handle.when(1)": lambda: handle.when(1),
        "handle.cancelled(1)": lambda: handle.cancelled(1),
        "timeout.reschedule()": lambda: timeout.reschedule(),
        "timeout.reschedule(1, 2)": lambda: timeout.reschedule(1, 2),
        "timeout.when(1)": lambda: timeout.when(1),
        "timeout.expired(x=1)": lambda: timeout.expired(x=1),
        "loop.is_running(1)": lambda: loop.is_running(1),
        "loop.stop(now=True)": lambda: loop.stop(now=True),
        "loop.get_debug(1)": lambda: loop.get_debug(1),
        "astack.push_async_callback()": lambda: astack.push_async_callback(),
        "astack.enter_async_context()": lambda: astack.enter_async_context(),
        "astack.push_async_exit()": lambda: astack.push_async_exit(),
        "stack.callback()": lambda: stack.callback(),
        "stack.enter_context()": lambda: stack.enter_context(),
        "stack.push()": lambda: stack.push(),
        "ContextVar('a', 1)": lambda: contextvars.ContextVar("a", 1),
        "copy_context(1)": lambda: contextvars.copy_context(1),
    }
    for text, call in calls.items():
        try:
            call()
            print(text, "accepted")
        except TypeError as e:
            print(text, "->", e)
    handle.cancel()
    print(handle.cancelled(), loop.is_running())
    await asyncio.sleep(0)


asyncio.run(main())
