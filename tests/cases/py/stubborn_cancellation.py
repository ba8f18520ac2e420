import asyncio

async def stubborn():
    try:
        await asyncio.sleep(0.05)
    except asyncio.CancelledError:
        print("ignoring cancellation")
        await asyncio.sleep(0.02)
        return "stubborn result"

async def main():
    t = asyncio.create_task(stubborn())
    await asyncio.sleep(0.01)
    t.cancel()
    r = await t
    print("got", r, t.cancelled())
    try:
        r = await asyncio.wait_for(stubborn(), 0.01)
        print("wait_for returned", r)
    except TimeoutError:
        print("timeout")

asyncio.run(main())
