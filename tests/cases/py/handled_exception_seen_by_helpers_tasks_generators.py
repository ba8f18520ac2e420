# sys.exception() / sys.exc_info() and a bare `raise` read the exception being handled by
# the stack, not only by the enclosing function: a helper called from an except clause
# re-raises it; a coroutine awaited from a handler sees it after its own awaits; a generator
# suspended in an except clause keeps its exception to itself; a finally block sees the
# exception on its way out, and so does `__exit__` / `__aexit__`; an eager task's first step
# runs inside its creator's handler.
import asyncio
import sys


def reraise(tag):
    print(tag, "handling", type(sys.exception()).__name__)
    raise


def describe():
    # The traceback (exc_info()[2]) is left out: the engine has no traceback objects.
    t, v, _ = sys.exc_info()
    return f"{t.__name__ if t else None}:{v!r}"


async def later_reraise():
    await asyncio.sleep(0)
    print("later sees", repr(sys.exception()))
    raise


async def peek(name):
    print(name, "first step sees", repr(sys.exception()))
    await asyncio.sleep(0)
    print(name, "second step sees", repr(sys.exception()))


def gen():
    try:
        yield "start"
    except KeyError:
        yield f"gen handles {sys.exception()!r}"
        yield f"gen still handles {sys.exception()!r}"
    yield f"gen after {sys.exception()!r}"


async def agen():
    try:
        raise ValueError("in agen")
    except ValueError:
        await asyncio.sleep(0)
        yield repr(sys.exception())
        await asyncio.sleep(0)
        yield repr(sys.exception())


class Suppressing:
    def __enter__(self):
        return self

    def __exit__(self, t, v, tb):
        print("exit sees", repr(sys.exception()))
        return True


class AsyncSuppressing:
    async def __aenter__(self):
        return self

    async def __aexit__(self, t, v, tb):
        await asyncio.sleep(0)
        print("aexit sees", repr(sys.exception()))
        return True


async def main():
    print("outside:", describe())
    try:
        try:
            raise ValueError("v")
        except ValueError:
            print("inside:", describe())
            reraise("helper")
    except ValueError as e:
        print("caught", repr(e))

    try:
        try:
            raise KeyError("k")
        except KeyError:
            await later_reraise()
    except KeyError as e:
        print("caught again", repr(e))

    try:
        raise LookupError("making tasks")
    except LookupError:
        t = asyncio.create_task(peek("task"))
    await t

    g = gen()
    print(next(g))
    print(g.throw(KeyError("thrown in")))
    print("main between:", repr(sys.exception()))
    print(next(g))
    print(next(g))

    async for item in agen():
        print("agen:", item, "| main sees", repr(sys.exception()))

    try:
        try:
            raise OSError("on its way out")
        finally:
            print("finally sees", repr(sys.exception()))
    except OSError:
        pass

    with Suppressing():
        raise KeyError("in with")
    with Suppressing():
        pass
    async with AsyncSuppressing():
        raise ValueError("in async with")

    try:
        reraise("no handler")
    except RuntimeError as e:
        print("caught", repr(e))
    print("outside again:", describe())


asyncio.run(main())
