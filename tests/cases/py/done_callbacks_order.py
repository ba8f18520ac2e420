import asyncio

async def a():
    print("a start")
    await asyncio.sleep(0)
    print("a end")
    return "A"

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("callback 1:", f.result()))
    fut.add_done_callback(lambda f: print("callback 2"))
    t = asyncio.ensure_future(a())
    t.add_done_callback(lambda t: print("task done cb", t.result()))
    loop.call_soon(fut.set_result, 42)
    print("awaiting fut")
    print("got", await fut)
    print("awaiting task")
    print("got", await t)
    f2 = loop.create_future()
    def cb(f):
        print("removed? no:", f.result())
    f2.add_done_callback(cb)
    print(f2.remove_done_callback(cb))
    f2.set_result(1)
    await asyncio.sleep(0)
    print(fut, f2)

asyncio.run(main())
