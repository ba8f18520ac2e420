# contextvars under asyncio: every task runs in a copy of the context it was created in (or
# context=), and loop callbacks in the context current when they were scheduled.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
log = []

async def handler(n):
    request_id.set(f"req-{n}")
    await asyncio.sleep(0.01 * (3 - n))
    log.append(f"{n}:{request_id.get()}")
    return request_id.get()

async def main():
    print("main sees", request_id.get())
    request_id.set("main")
    rs = await asyncio.gather(*(handler(i) for i in range(3)))
    print(rs, request_id.get(), log)
    t = asyncio.create_task(handler(7))
    request_id.set("changed after create")
    print(await t, request_id.get())
    ctx = contextvars.copy_context()
    ctx.run(request_id.set, "in copy")
    t2 = asyncio.create_task(handler_peek(), context=ctx)
    print(await t2, ctx[request_id])
    print(asyncio.current_task().get_context().get(request_id))
    loop = asyncio.get_running_loop()
    loop.call_soon(lambda: print("call_soon sees", request_id.get()))
    request_id.set("after call_soon")
    loop.call_soon(lambda: print("call_soon 2 sees", request_id.get()), context=ctx)
    loop.call_later(0.01, lambda: print("call_later sees", request_id.get()))
    await asyncio.sleep(0.02)
    fut = loop.create_future()
    fut.add_done_callback(lambda f: print("done cb sees", request_id.get(), f.result()))
    request_id.set("later")
    fut.set_result(1)
    await asyncio.sleep(0)
    async with asyncio.TaskGroup() as tg:
        tg.create_task(handler_peek(), context=ctx)
        tg.create_task(handler(9))
    print("end", request_id.get())

async def handler_peek():
    return "peek:" + request_id.get()

asyncio.run(main())
print("top", request_id.get())
