import asyncio

async def main():
    loop = asyncio.get_running_loop()
    def cb(x):
        print("cb", x)
        raise ValueError("in callback")
    loop.call_soon(cb, 1)
    await asyncio.sleep(0.01)
    print("still running")
    fut = loop.create_future()
    fut.set_exception(ZeroDivisionError("div"))
    fut2 = loop.create_future()
    fut2.cancel()
    print(fut2.cancelled(), fut.done(), fut.exception())
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
