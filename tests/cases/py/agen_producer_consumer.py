# Producer/consumer: consumers iterate an async generator that reads a queue.
import asyncio

async def produce(queue, n):
    for i in range(n):
        await asyncio.sleep(0.05)
        await queue.put(f"item{i}")
        print("put", i)
    await queue.put(None)

async def items(queue):
    while True:
        item = await queue.get()
        if item is None:
            print("stream ended")
            return
        yield item

async def consume(queue):
    seen = []
    async for item in items(queue):
        print("consume", item)
        await asyncio.sleep(0.08)
        seen.append(item)
    return seen

async def heartbeat():
    for i in range(4):
        await asyncio.sleep(0.1)
        print("beat", i)

async def main():
    queue = asyncio.Queue(maxsize=2)
    producer = asyncio.create_task(produce(queue, 5))
    beats = asyncio.create_task(heartbeat())
    seen = await consume(queue)
    await producer
    await beats
    print("seen", seen)

asyncio.run(main())
