import asyncio, functools
def cb(x, y=2):
    pass
class K:
    def m(self): pass
async def main():
    loop = asyncio.get_running_loop()
    print(loop.call_soon(cb, 1))
    print(loop.call_soon(print, "x"))
    print(loop.call_soon(lambda: None))
    print(loop.call_soon(K().m))
    print(loop.call_soon(functools.partial(cb, 5, y=3)))
    print(loop.call_soon(functools.partial(cb, 5), 7))
    h = loop.call_later(1.5, cb, 3)
    print(h)
    h.cancel()
    print(h)
    h2 = loop.call_soon(cb, 1); h2.cancel(); print(h2)
    print(loop.call_at(loop.time() + 2, cb, 1))
    t = asyncio.ensure_future(asyncio.sleep(0))
    print(repr(loop.call_soon(t.cancel)))
    f = loop.create_future()
    f.add_done_callback(cb)
    print(f)
    await asyncio.sleep(0)
asyncio.run(main())
