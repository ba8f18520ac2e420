import asyncio


async def save(item):
    print("saving", item)
    await asyncio.sleep(0.01)


async def main():
    save("a")
    print("called save without await")
    await save("b")
    print("done")


asyncio.run(main())
