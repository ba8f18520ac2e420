import asyncio

def on_done(f):
    pass

class Watcher:
    def seen(self, f):
        pass

async def job(n):
    await asyncio.sleep(n / 100)
    return n

async def inner():
    await asyncio.sleep(0.05)
    return "x" * 50

async def outer():
    r = await inner()
    return r

async def fail():
    await asyncio.sleep(0)
    raise ValueError("nope")

async def me():
    print("me:", asyncio.current_task())
    return list(range(20))

@staticmethod
def deco(f):
    return f

def identity(f):
    return f

@identity
async def decorated():
    await asyncio.sleep(0.01)

async def main():
    asyncio.current_task().set_name("main")
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    f.add_done_callback(on_done)
    print(f)
    f.add_done_callback(Watcher().seen)
    print(f)
    f.add_done_callback(lambda x: None)
    print(f)
    f.add_done_callback(print)
    print(f)
    f.set_result({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5})
    print(f)
    g = loop.create_future()
    g.set_result("y" * 40)
    print(g)
    h = loop.create_future()
    h.set_exception(ValueError("bad"))
    print(h)
    h.exception()
    t = asyncio.create_task(outer(), name="t1")
    print(t)
    await asyncio.sleep(0)
    print(t)
    t2 = asyncio.create_task(me(), name="t2")
    await t2
    print(t2)
    t3 = asyncio.create_task(fail(), name="t3")
    await asyncio.sleep(0.001)
    print(t3)
    t3.exception()
    t4 = asyncio.create_task(job(3), name="t4")
    await asyncio.sleep(0)
    t4.cancel()
    print(t4)
    await asyncio.sleep(0)
    print(t4)
    t5 = asyncio.create_task(decorated(), name="t5")
    print(t5)
    await t5
    print(t5)
    w = asyncio.create_task(job(1), name="t6")
    waiter = asyncio.create_task(asyncio.wait_for(w, 1), name="t7")
    await asyncio.sleep(0)
    print(w)
    print(waiter)
    await waiter
    print(t)
    await t
    print(t)
    print(repr(t).startswith("<Task"))
    q = asyncio.Queue()
    print(q)
    print(repr(q).split(" at ")[0])
    getter = asyncio.create_task(q.get(), name="t8")
    await asyncio.sleep(0)
    print(q)
    q.put_nowait(3)
    print(q)
    await getter
    print(q)
    q.task_done()
    print(q)
    q2 = asyncio.Queue(1)
    q2.put_nowait("a")
    p = asyncio.create_task(q2.put("b"), name="t9")
    await asyncio.sleep(0)
    print(q2)
    q2.get_nowait()
    await p
    print(q2)
    print(asyncio.Queue(maxsize=0))

asyncio.run(main())
