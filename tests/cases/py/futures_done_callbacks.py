import asyncio


async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback got", f.result()))

    async def waiter():
        print("waiter waiting")
        v = await fut
        print("waiter got", v)

    t = asyncio.create_task(waiter())
    await asyncio.sleep(0)
    loop.call_soon(print, "soon before set")
    fut.set_result(41 + 1)
    print("set done", fut.done())
    await t
    try:
        fut.set_result(1)
    except asyncio.InvalidStateError:
        print("second set_result refused")


asyncio.run(main())
