# call_later/call_at given what is not a number of seconds: CPython computes
# `self.time() + delay`, so the operator's TypeError comes out; None is refused by name;
# a NaN deadline runs at the next turn (`nan >= end_time` is false). A fuzzed program
# with `call_later(RuntimeError, ...)` used to spin the loop forever (issue 10).
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, print, "half")
    loop.call_later(float("nan"), print, "nan")
    for bad in (RuntimeError, "soon", None, [1]):
        try:
            loop.call_later(bad, print, "never")
        except TypeError as e:
            print("call_later:", e)
    try:
        loop.call_at(None, print, "never")
    except TypeError as e:
        print("call_at:", e)
    loop.call_later(True, print, "a bool is an int")
    await asyncio.sleep(2)
    print("done")


asyncio.run(main())
