import asyncio
def bad_cb(f):
    raise ValueError("cb failed")
async def boom():
    raise KeyError("k")
async def main():
    loop = asyncio.get_running_loop()
    seen = []
    def handler(loop, ctx):
        seen.append(ctx)
        print("handler:", ctx["message"], "|", sorted(ctx), "|", type(ctx.get("exception")).__name__)
    loop.set_exception_handler(handler)
    f = loop.create_future()
    f.add_done_callback(bad_cb)
    f.set_result(1)
    await asyncio.sleep(0)
    print(seen[-1]["handle"])
    loop.call_soon(bad_cb, None)
    await asyncio.sleep(0)
    print(seen[-1]["handle"])
    loop.call_exception_handler({"message": "custom", "extra": 1})
    print(loop.get_exception_handler() is handler)
    t = asyncio.ensure_future(boom())
    await asyncio.sleep(0)
    del t
    async def never():
        await asyncio.sleep(10)
    asyncio.ensure_future(never())
asyncio.run(main())
