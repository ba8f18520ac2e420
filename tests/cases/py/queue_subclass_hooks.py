# queues.py's methods call each other through self, so a subclass's overrides take part:
# _init/_put/_get (a queue that drops duplicates), put_nowait (put() calls it), full().
import asyncio
from collections import deque


class UniqueQueue(asyncio.Queue):
    def _init(self, maxsize):
        self._queue = deque()
        self._seen = set()

    def _put(self, item):
        if item in self._seen:
            print("duplicate dropped:", item)
            return
        self._seen.add(item)
        self._queue.append(item)

    def _get(self):
        item = self._queue.popleft()
        print("handing out", item)
        return item


class LoggingQueue(asyncio.Queue):
    def __init__(self, maxsize=0):
        super().__init__(maxsize)
        self.log = []

    def put_nowait(self, item):
        self.log.append(f"put {item}")
        super().put_nowait(item)

    def full(self):
        answer = super().full()
        self.log.append(f"full? {answer}")
        return answer


class BoundedByWeight(asyncio.PriorityQueue):
    def full(self):
        return sum(w for w, _ in self._queue) >= 5


async def main():
    q = UniqueQueue()
    for url in ["a", "b", "a", "c", "b"]:
        q.put_nowait(url)
    print(q.qsize(), q._unfinished_tasks, q)
    print([await q.get() for _ in range(q.qsize())], q.empty())

    lq = LoggingQueue(1)

    async def consumer():
        for _ in range(3):
            print("consumer got", await lq.get())
            await asyncio.sleep(0)

    c = asyncio.create_task(consumer())
    for i in range(3):
        await lq.put(i)
    await c
    print(lq.log)

    wq = BoundedByWeight()
    wq.put_nowait((3, "heavy"))
    wq.put_nowait((2, "light"))
    try:
        wq.put_nowait((1, "tiny"))
    except asyncio.QueueFull:
        print("too heavy", wq._queue)
    print(wq.get_nowait(), wq.full())


asyncio.run(main())
