import asyncio

async def produce(n):
    try:
        for i in range(n):
            await asyncio.sleep(0.05)
            print("produce", i)
            yield i
    finally:
        print("producer cleanup")

async def other():
    for i in range(3):
        print("other", i)
        await asyncio.sleep(0)

async def main():
    t = asyncio.create_task(other())
    async for x in produce(5):
        print("got", x)
        if x == 2:
            break
    print("after loop")
    await asyncio.sleep(0)
    print("after sleep")
    await t
    async for y in produce(2):
        print("y", y)
    else:
        print("else ran")

asyncio.run(main())
print("end")
