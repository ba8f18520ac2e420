import asyncio

async def boom():
    await asyncio.sleep(0)
    raise ValueError("x")

async def inner():
    try:
        await boom()
    except ValueError:
        pass
    await asyncio.sleep(0.01)

async def outer():
    try:
        await inner()
    finally:
        print("outer sees", asyncio.current_task())

def manual():
    async def g():
        return 5
    c = g()
    try:
        c.send(None)
    except StopIteration as e:
        return e.value

async def viamanual():
    print(manual())
    await asyncio.sleep(0.01)

async def main():
    asyncio.current_task().set_name("main")
    t = asyncio.create_task(outer(), name="o")
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    await asyncio.sleep(0)
    print(t)
    m = asyncio.create_task(viamanual(), name="m")
    await asyncio.sleep(0)
    print(m)
    await t
    await m

asyncio.run(main())
