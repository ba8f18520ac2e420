import asyncio


async def worker():
    try:
        print("worker sleeping")
        await asyncio.sleep(1)
        print("never")
    except asyncio.CancelledError:
        print("worker cancelled")
        raise
    finally:
        print("worker cleanup")


async def main():
    t = asyncio.create_task(worker())
    await asyncio.sleep(0.1)
    print("cancel ->", t.cancel())
    try:
        await t
    except asyncio.CancelledError:
        print("main saw cancellation", t.cancelled())


asyncio.run(main())
