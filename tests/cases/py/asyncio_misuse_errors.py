import asyncio

async def main():
    try:
        asyncio.run(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    coro = asyncio.sleep(0)
    try:
        asyncio.run(coro)
    except RuntimeError as e:
        print("RuntimeError:", e)
    await coro
    try:
        await asyncio.gather(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        asyncio.create_task(lambda: 1)
    except TypeError as e:
        print("TypeError:", str(e).split(" at ")[0])
    try:
        await asyncio.wait([])
    except ValueError as e:
        print("ValueError:", e)
    try:
        await asyncio.sleep(-1)
        print("negative sleep ok")
        await asyncio.sleep("1")
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
