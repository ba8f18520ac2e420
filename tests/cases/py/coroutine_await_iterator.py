# A coroutine driven by Python code through __await__ (coroutine_wrapper): next/send, and StopIteration carrying the return value.
import asyncio
async def f():
    await asyncio.sleep(0)
    return 7
c = f()
w = c.__await__()
print(type(w).__name__)
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("stop", e.value)
def g():
    yield from f()
try:
    list(g())
except TypeError as e:
    print("TypeError", e)
