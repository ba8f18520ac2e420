import asyncio

async def child(name, delay):
    try:
        await asyncio.sleep(delay)
        print(name, "finished")
        return name
    except asyncio.CancelledError as e:
        print(name, "cancelled with args", e.args)
        raise

async def main():
    g = asyncio.gather(child("a", 0.01), child("b", 0.05))
    await asyncio.sleep(0.02)
    g.cancel()
    try:
        await g
    except asyncio.CancelledError:
        print("gather cancelled", g.cancelled())
    t = asyncio.create_task(child("c", 1))
    await asyncio.sleep(0)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("cancel msg:", e.args, t.cancelling())
    t2 = asyncio.create_task(child("d", 1))
    await asyncio.sleep(0)
    print(t2.cancel(), t2.cancel(), t2.cancelling())
    await asyncio.sleep(0)
    print(t2.done(), t2.cancel())

asyncio.run(main())
