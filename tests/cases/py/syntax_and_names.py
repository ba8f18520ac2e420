import asyncio


async def main():
    print("about to fail")
    print(missing_variable)


asyncio.run(main())
