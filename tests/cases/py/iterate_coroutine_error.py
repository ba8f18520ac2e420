import asyncio

async def numbers():
    return [1, 2, 3]

async def main():
    for n in numbers():
        print(n)

asyncio.run(main())
