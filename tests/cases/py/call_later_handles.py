import asyncio

async def ping(n):
    for i in range(n):
        print("ping", i)
        await asyncio.sleep(0.02)

async def pong(n):
    await asyncio.sleep(0.01)
    for i in range(n):
        print("pong", i)
        await asyncio.sleep(0.02)

async def main():
    loop = asyncio.get_running_loop()
    start = loop.time()
    await asyncio.gather(ping(3), pong(3))
    elapsed = loop.time() - start
    print(f"elapsed {elapsed:.2f}s")
    h = loop.call_later(0.05, print, "never printed")
    print(type(h).__name__, h.cancelled())
    h.cancel()
    print(h.cancelled())
    loop.call_at(loop.time() + 0.01, lambda: print("call_at fired"))
    await asyncio.sleep(0.02)

asyncio.run(main())
