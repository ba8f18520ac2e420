import asyncio

class Resource:
    count = 0
    def __init__(self, name):
        self.name = name
        Resource.count += 1
    async def fetch(self, x):
        await asyncio.sleep(0.01)
        return f"{self.name}:{x}"
    def __repr__(self):
        return f"Resource({self.name!r})"

class Cached(Resource):
    def __init__(self, name):
        super().__init__(name)
        self.cache = {}
    async def fetch(self, x):
        if x in self.cache:
            return self.cache[x] + " (cached)"
        v = await super().fetch(x)
        self.cache[x] = v
        return v

async def main():
    c = Cached("db")
    print(await c.fetch(1))
    print(await c.fetch(1))
    print(c, Resource.count, c.cache, isinstance(c, Resource))
    print([c], {"r": c}, str(c))
    print(await asyncio.gather(c.fetch(2), Resource("x").fetch(3)))

asyncio.run(main())
