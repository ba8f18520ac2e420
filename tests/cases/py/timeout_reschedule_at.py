# Timeout.reschedule / timeout_at / nested timeouts / Timeout state errors.
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(0.05) as cm:
        cm.reschedule(loop.time() + 0.2)
        await asyncio.sleep(0.1)
        print("extended deadline held")
        cm.reschedule(None)
        await asyncio.sleep(0.1)
        print("deadline removed:", cm.when())

    try:
        async with asyncio.timeout_at(loop.time() + 0.03) as cm:
            await asyncio.sleep(0.1)
    except TimeoutError:
        print("timeout_at fired:", cm.expired())

    try:
        async with asyncio.timeout(0.2):
            try:
                async with asyncio.timeout(0.04):
                    await asyncio.sleep(1)
            except TimeoutError:
                print("inner timeout fired first")
            await asyncio.sleep(1)
    except TimeoutError:
        print("outer timeout fired next")

    t = asyncio.Timeout(None)
    print(repr(t))
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        t.reschedule(1)
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(f"{loop.time():.2f}")


asyncio.run(main())
