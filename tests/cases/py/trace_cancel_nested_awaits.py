# Lane-trace edge cases of cancellation through await chains (tests/trace): a throw goes down
# the chain first; the awaiting frame resumes only when the awaited coroutine finishes, by
# raising or by returning; a task cancelled before its first step never starts.
import asyncio

async def leaf_returns():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("leaf_returns caught")
        return 5

async def mid_returns():
    r = await leaf_returns()
    print("mid_returns got", r)
    return r

async def leaf_resuspends():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("leaf_resuspends caught")
        await asyncio.sleep(0.05)
        return 6

async def mid_resuspends():
    return await leaf_resuspends()

async def never_started():
    print("never printed")

async def quick():
    return 1

async def boom():
    await asyncio.sleep(0)
    raise ValueError("boom")

async def mid_catches():
    try:
        await boom()
    except ValueError as e:
        print("mid_catches", e)
    return await quick()

async def main():
    a = asyncio.create_task(mid_returns())
    b = asyncio.create_task(mid_resuspends())
    c = asyncio.create_task(never_started())
    c.cancel()
    await asyncio.sleep(0.03)
    a.cancel()
    b.cancel()
    print(await a, await b)
    print(await mid_catches())
    try:
        await c
    except asyncio.CancelledError:
        print("c cancelled")
    fut = asyncio.get_running_loop().create_future()
    fut.set_result(3)
    print(await fut)

asyncio.run(main())
