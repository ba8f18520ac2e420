import asyncio


async def child():
    print("child runs")
    await asyncio.sleep(0.01)
    return undefined_name


async def main():
    print("main starts")
    value = await child()
    print("never", value)


asyncio.run(main())
