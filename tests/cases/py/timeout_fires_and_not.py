# asyncio.timeout: firing (TimeoutError at the async with), not firing, None, repr, expired().
import asyncio


async def slow(name, delay):
    try:
        await asyncio.sleep(delay)
        print(f"{name}: finished")
    except asyncio.CancelledError:
        print(f"{name}: cancelled by the timeout")
        raise


async def main():
    try:
        async with asyncio.timeout(0.05) as cm:
            print("entered:", cm.when() is not None, cm.expired())
            await slow("A", 1)
        print("not reached")
    except TimeoutError as e:
        print("TimeoutError:", repr(e), "| cause:", type(e.__cause__).__name__)
        print("expired:", cm.expired(), repr(cm))

    async with asyncio.timeout(0.5) as cm:
        await slow("B", 0.05)
    print("B in time:", cm.expired(), repr(cm))

    async with asyncio.timeout(None) as cm:
        await slow("C", 0.1)
    print("no deadline:", cm.when(), repr(cm))

    try:
        async with asyncio.timeout(0):
            print("deadline already passed: body still starts")
            await asyncio.sleep(0)
            print("not reached")
    except TimeoutError:
        print("timeout(0) fired at the first await")

    try:
        async with asyncio.timeout(0.05):
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print("swallowed the cancellation")
        print("no TimeoutError when the block swallows it")
    except TimeoutError:
        print("unexpected")

    loop = asyncio.get_running_loop()
    r = await asyncio.wait_for(slow("D", 0.01), timeout=1)
    try:
        await asyncio.wait_for(slow("E", 1), timeout=0.03)
    except TimeoutError:
        print("wait_for timed out at", round(loop.time(), 2))


asyncio.run(main())
