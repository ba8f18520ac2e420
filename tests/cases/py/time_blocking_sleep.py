import asyncio
import time

async def main():
    t0 = time.monotonic()
    await asyncio.sleep(0.1)
    print(type(time.time()).__name__)
    time.sleep(0.05)
    print("slept sync")
    import random
    print(0 <= random.random() < 1)

asyncio.run(main())
