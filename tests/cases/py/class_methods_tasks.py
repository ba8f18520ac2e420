import asyncio


class Counter:
    total = 0

    def __init__(self, name):
        self.name = name
        self.count = 0

    async def tick(self, n):
        for i in range(n):
            self.count += 1
            Counter.total += 1
            print(f"{self.name} tick {i}")
            await asyncio.sleep(0)
        return self.count

    def __repr__(self):
        return f"Counter({self.name!r}, {self.count})"


async def main():
    a, b = Counter("a"), Counter("b")
    ta = asyncio.create_task(a.tick(3))
    tb = asyncio.create_task(b.tick(2))
    print("created", a, b)
    results = await asyncio.gather(ta, tb)
    print(results, Counter.total, [a, b])


asyncio.run(main())
