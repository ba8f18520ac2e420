import asyncio

async def job(n):
    await asyncio.sleep(n / 100)
    return n

class Svc:
    async def fetch(self):
        return 1
    def cb(self, f):
        print("Svc.cb", f.result())

def plain():
    return 1

def on_done(f):
    print("on_done", f.cancelled())

async def main():
    loop = asyncio.get_running_loop()
    print(loop.is_running(), loop.is_closed())
    t0 = loop.time()
    print(await asyncio.sleep(0.02, result="slept"))
    print(round(loop.time() - t0, 3))
    print(asyncio.iscoroutinefunction(job), asyncio.iscoroutinefunction(plain), asyncio.iscoroutinefunction(Svc().fetch), asyncio.iscoroutinefunction(Svc.fetch))
    t = asyncio.create_task(job(5), name="first")
    print(t.get_name(), t.done(), t.cancelled())
    t.set_name("renamed")
    t.set_name(123)
    print(repr(t.get_name()))
    t.add_done_callback(on_done)
    s = Svc()
    t.add_done_callback(s.cb)
    print(t.remove_done_callback(s.cb))
    t.add_done_callback(print)
    print(t.remove_done_callback(print))
    await asyncio.sleep(0)
    print(t.cancel("stop now"))
    print(t.cancel("again"), t.cancelling())
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancelled:", e.args)
    print(t.done(), t.cancelled(), t.cancel())
    u = asyncio.create_task(job(1), name="u")
    u.add_done_callback(on_done)
    print(await u, u.result(), u.exception(), u.done())
    fired = []
    h = loop.call_at(loop.time() + 0.01, fired.append, "at")
    h2 = loop.call_later(0.005, fired.append, "later")
    print(type(h).__name__, h.cancelled())
    await asyncio.sleep(0.02)
    print(fired)
    h3 = loop.call_at(loop.time() + 0.01, fired.append, "never")
    h3.cancel()
    print(h3.cancelled())
    await asyncio.sleep(0.02)
    print(fired)
    print(await asyncio.sleep(0, "zero"))

asyncio.run(main())
loop = asyncio.new_event_loop()
print(loop.is_running(), loop.is_closed())
loop.close()
print(loop.is_closed())
