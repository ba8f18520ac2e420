# loop.set_exception_handler refuses what it could not call (base_events.py), before any
# error needs it; the handler that is set keeps working.
import asyncio


def handler(loop, context):
    print("handler got:", context["message"], repr(context.get("exception")))


async def main():
    loop = asyncio.get_running_loop()
    for bad in (5, "print", [1, 2]):
        try:
            loop.set_exception_handler(bad)
        except TypeError as e:
            print("TypeError:", e)
    print(loop.get_exception_handler() is handler)
    loop.set_exception_handler(handler)
    loop.call_soon(lambda: 1 / 0)
    await asyncio.sleep(0)
    loop.call_exception_handler({"message": "by hand"})
    loop.set_exception_handler(None)
    print(loop.get_exception_handler() is handler)


asyncio.run(main())
