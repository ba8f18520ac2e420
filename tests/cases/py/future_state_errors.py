import asyncio

def attempt(label, fn, *args):
    try:
        r = fn(*args)
        print(label, "->", repr(r))
    except BaseException as e:
        print(label, "raised", type(e).__name__, repr(str(e)), e.args)

async def job():
    await asyncio.sleep(0.01)
    return 7

async def boom():
    await asyncio.sleep(0)
    raise ValueError("bad")

async def main():
    loop = asyncio.get_running_loop()
    f = loop.create_future()
    print(repr(f))
    attempt("result pending", f.result)
    attempt("exception pending", f.exception)
    f.set_result(5)
    print(repr(f))
    attempt("set_result twice", f.set_result, 6)
    attempt("set_exception after", f.set_exception, ValueError("x"))
    attempt("cancel done", f.cancel)
    attempt("result", f.result)
    attempt("exception", f.exception)
    await asyncio.sleep(0)
    g = loop.create_future()
    attempt("cancel msg", g.cancel, "stop it")
    print(repr(g))
    attempt("result cancelled", g.result)
    attempt("exception cancelled", g.exception)
    attempt("set_result cancelled", g.set_result, 1)
    h = loop.create_future()
    h.set_exception(KeyError("k"))
    print(repr(h))
    attempt("exception()", h.exception)
    attempt("result()", h.result)
    s = loop.create_future()
    attempt("set StopIteration", s.set_exception, StopIteration(3))
    attempt("exc of s", s.exception)
    n = loop.create_future()
    attempt("set non-exception", n.set_exception, 42)
    c = loop.create_future()
    attempt("cancel plain", c.cancel)
    attempt("result plain cancelled", c.result)
    t = asyncio.create_task(job())
    attempt("task result pending", t.result)
    attempt("task exception pending", t.exception)
    attempt("task set_result", t.set_result, 1)
    attempt("task set_exception", t.set_exception, ValueError())
    print(await t)
    t2 = asyncio.create_task(job())
    await asyncio.sleep(0)
    t2.cancel("because")
    try:
        await t2
    except asyncio.CancelledError as e:
        print("await cancelled", repr(e), e.args)
    attempt("t2 result", t2.result)
    attempt("t2 exception", t2.exception)
    t3 = asyncio.create_task(boom())
    try:
        await t3
    except ValueError as e:
        print("t3", repr(e))
    attempt("t3 exception", t3.exception)
    attempt("t3 result", t3.result)
    t4 = asyncio.create_task(job())
    t4.cancel("early")
    try:
        await t4
    except asyncio.CancelledError as e:
        print("t4", repr(e), e.args)
    attempt("t4 result", t4.result)

asyncio.run(main())
