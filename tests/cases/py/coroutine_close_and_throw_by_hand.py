# Driving coroutines by hand: close() of a suspended coroutine throws GeneratorExit in at its
# await (the coroutine it awaits is closed first, so both run their finally blocks), a
# coroutine that awaits again instead is a RuntimeError, and a finished coroutine takes
# neither send() nor throw().
import asyncio
import types


@types.coroutine
def pause():
    yield


async def inner():
    try:
        await pause()
    finally:
        print("inner finally")


async def outer():
    try:
        await inner()
    except GeneratorExit:
        print("outer sees GeneratorExit")
        raise
    finally:
        print("outer finally")


coro = outer()
coro.send(None)
coro.close()
print("closed; close again:", coro.close())
try:
    coro.send(None)
except RuntimeError as e:
    print("send after close:", e)


async def stubborn():
    try:
        await pause()
    except GeneratorExit:
        print("stubborn ignores GeneratorExit")
        await pause()


s = stubborn()
s.send(None)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    s.send(None)
except StopIteration:
    print("stubborn finished")


async def returns_on_exit():
    try:
        await pause()
    except GeneratorExit:
        return "ignored value"


r = returns_on_exit()
r.send(None)
print("close of a coroutine that returns:", r.close())


async def raises_other():
    try:
        await pause()
    finally:
        raise ValueError("from finally")


x = raises_other()
x.send(None)
try:
    x.close()
except ValueError as e:
    print("close propagates:", e)


async def one():
    return 1


done = one()
try:
    done.send(None)
except StopIteration as e:
    print("returned", e.value)
for exc in (KeyError("k"), GeneratorExit()):
    try:
        done.throw(exc)
    except RuntimeError as e:
        print("throw into a finished coroutine:", type(exc).__name__, "->", e)
unstarted = one()
unstarted.close()
try:
    unstarted.throw(KeyError("k"))
except RuntimeError as e:
    print("throw into a closed coroutine:", e)


async def main():
    w = inner().__await__()
    next(w)
    w.close()
    print("wrapper closed")


asyncio.run(main())
