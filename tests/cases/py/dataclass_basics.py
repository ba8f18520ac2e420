import asyncio
from dataclasses import dataclass, field

@dataclass
class Job:
    name: str
    priority: int = 0
    tags: list = field(default_factory=list)

    async def run(self):
        await asyncio.sleep(0.01 * self.priority)
        return f"{self.name} done"

@dataclass(frozen=True, order=True)
class Point:
    x: int
    y: int = 0

async def main():
    jobs = [Job("b", 2), Job("a", 1, ["x"])]
    print(jobs)
    print(await asyncio.gather(*(j.run() for j in jobs)))
    print(Job("c") == Job("c"), Job("c") == Job("d"))
    p = Point(1, 2)
    print(p, sorted([Point(3), Point(1, 5), Point(1, 2)]), hash(p) == hash(Point(1, 2)))
    try:
        p.x = 5
    except Exception as e:
        print(type(e).__name__, e)

asyncio.run(main())
