import asyncio

async def main():
    callbacks = []
    for i in range(3):
        callbacks.append(lambda: i)
    print([c() for c in callbacks])
    callbacks = [lambda i=i: i for i in range(3)]
    print([c() for c in callbacks])
    async def make(n):
        await asyncio.sleep(0)
        return n * n
    coros = [make(n) for n in range(4)]
    print(await asyncio.gather(*coros))
    loop = asyncio.get_running_loop()
    loop.call_soon(print, "call_soon")
    loop.call_later(0.01, print, "call_later")
    print("before sleep")
    await asyncio.sleep(0.02)
    print("after sleep")
    fut = loop.create_future()
    loop.call_later(0.01, fut.set_result, "future value")
    print(await fut)

asyncio.run(main())
