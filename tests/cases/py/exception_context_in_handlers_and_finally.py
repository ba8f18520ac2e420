# Implicit chaining (__context__) where CPython sets it at the raise: an exception raised
# and caught inside a handler, one raised by a finally block while another is on its way
# out, and a cleanup that fails after a cancellation.
import asyncio

try:
    raise ValueError("v")
except ValueError:
    try:
        {}["missing"]
    except KeyError as inner:
        print("caught inside the handler:", repr(inner.__context__))

try:
    try:
        raise ValueError("in flight")
    finally:
        raise KeyError("from finally")
except KeyError as e:
    print("from finally:", repr(e.__context__))

try:
    try:
        pass
    finally:
        raise KeyError("no exception in flight")
except KeyError as e:
    print("nothing in flight:", e.__context__)


async def worker():
    try:
        await asyncio.sleep(1)
    finally:
        raise RuntimeError("cleanup failed")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0)
    t.cancel()
    try:
        await t
    except RuntimeError as e:
        print("cleanup:", e, "| context:", type(e.__context__).__name__)


asyncio.run(main())
