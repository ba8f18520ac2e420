import asyncio

async def job(n=1):
    await asyncio.sleep(0)
    return n

def attempt(label, fn, *a, **k):
    try:
        r = fn(*a, **k)
        print(label, "ok", type(r).__name__)
        if asyncio.iscoroutine(r):
            r.close()
    except TypeError as e:
        print(label, "TypeError:", e)

async def main():
    attempt("sleep3", asyncio.sleep, 0.01, 1, 2)
    attempt("sleep0", asyncio.sleep)
    attempt("sleepkw", asyncio.sleep, 1, bogus=2)
    attempt("sleepdup", asyncio.sleep, 1, delay=2)
    attempt("waitfor1", asyncio.wait_for, 1)
    attempt("wait_kw", asyncio.wait, [], timeout=1, bogus=2)
    attempt("wait_pos", asyncio.wait, [], 1)
    attempt("shield0", asyncio.shield)
    attempt("ascomp2", asyncio.as_completed, [], 1)
    attempt("gatherkw", asyncio.gather, bogus=1)
    c = job()
    attempt("ct2", asyncio.create_task, c, "name")
    attempt("ctkw", asyncio.create_task, c, bogus=1)
    c.close()
    attempt("ef2", asyncio.ensure_future, 1, 2)
    attempt("icf0", asyncio.iscoroutinefunction)
    attempt("run0", asyncio.run)
    coros = [job(i) for i in range(2)]
    try:
        await asyncio.gather(coros)
    except TypeError as e:
        print("TypeError:", e)
    try:
        await asyncio.gather(job(1), {"a": 1})
    except TypeError as e:
        print("TypeError:", e)
    for c in coros:
        c.close()

asyncio.run(main())
