import asyncio

async def countdown(n):
    while n > 0:
        print("T-minus", n)
        await asyncio.sleep(0.1)
        n -= 1
    print("liftoff!")

async def watchdog(limit):
    await asyncio.sleep(limit)
    raise TimeoutError("watchdog fired")

async def main():
    try:
        await asyncio.gather(countdown(5), watchdog(0.25))
    except TimeoutError as e:
        print("caught:", e)
    await asyncio.sleep(0.5)
    print("main exits")

asyncio.run(main())
