# A million live tasks, each asleep until all of them exist.
import asyncio


async def main():
    await asyncio.gather(*[asyncio.sleep(1) for _ in range(1_000_000)])
    print("done")


asyncio.run(main())
