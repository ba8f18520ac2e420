import asyncio

async def job(tag):
    print("start", tag)
    await asyncio.sleep(0)
    print("end", tag)
    return tag

async def main():
    a = asyncio.create_task(job("eager"), eager_start=True, name="a")
    print("after a")
    b = asyncio.create_task(job("lazy"), eager_start=False, name="b")
    print("after b")
    c = asyncio.create_task(job("default"), name="c")
    print("after c")
    print(await asyncio.gather(a, b, c))
    loop = asyncio.get_running_loop()
    d = loop.create_task(job("loop-eager"), eager_start=True)
    print("after d")
    await d

asyncio.run(main())
