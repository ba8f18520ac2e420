import asyncio


async def main():
    loop = asyncio.get_running_loop()
    order = []
    loop.call_later(0.02, print, "timer 20ms")
    loop.call_later(0.01, print, "timer 10ms")
    loop.call_soon(print, "soon 1")
    h = loop.call_later(0.015, print, "cancelled timer")
    loop.call_soon(lambda: print("soon 2 via lambda"))
    h.cancel()
    print("before sleep", h.cancelled())
    await asyncio.sleep(0.03)
    print("after sleep", round(loop.time(), 2))


asyncio.run(main())
