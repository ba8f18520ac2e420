import asyncio
import random
from dataclasses import dataclass, field
from collections import defaultdict

random.seed(11)

@dataclass(order=True)
class Order:
    priority: int
    order_id: int = field(compare=False)
    items: list = field(default_factory=list, compare=False)

class Kitchen:
    def __init__(self, cooks):
        self.queue = asyncio.PriorityQueue() if hasattr(asyncio, "PriorityQueue") else None
        self.cooks = cooks
        self.done = defaultdict(list)
        self.lock = asyncio.Lock()

    async def cook(self, name, orders):
        while orders:
            order = orders.pop(0)
            prep = round(random.uniform(0.01, 0.05), 3)
            await asyncio.sleep(prep)
            await self.lock.acquire()
            try:
                self.done[name].append(order.order_id)
            finally:
                self.lock.release()
            print(f"{name} finished #{order.order_id} (p{order.priority}) in {prep:.3f}s")

async def main():
    orders = sorted(Order(random.randint(1, 3), i, ["x"] * i) for i in range(1, 7))
    print([o.order_id for o in orders])
    k = Kitchen(2)
    await asyncio.gather(k.cook("ann", orders), k.cook("bob", orders))
    print(dict(k.done), sum(len(v) for v in k.done.values()))

asyncio.run(main())
