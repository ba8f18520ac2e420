import asyncio
import random

random.seed(2024)

async def worker(name):
    delay = round(random.uniform(0.01, 0.1), 3)
    print(f"{name} sleeps {delay}s")
    await asyncio.sleep(delay)
    roll = random.randint(1, 6)
    print(f"{name} woke up and rolled {roll}")
    return name, roll

async def main():
    results = await asyncio.gather(*(worker(f"w{i}") for i in range(4)))
    best = max(results, key=lambda r: r[1])
    print("results", results, "best", best)
    print("winner by lottery:", random.choice([name for name, _ in results]))

asyncio.run(main())
