# Tutorials print a queue's private container (queues.py `self._queue`: a deque, a list for
# LifoQueue/PriorityQueue, the heap's order) and its counters, and "drain a queue" answers
# call q._queue.clear(): it is the live container (the unfinished count stays, as in CPython).
import asyncio


async def main():
    q = asyncio.Queue(5)
    for i in range(3):
        q.put_nowait(i)
    print(q._queue, list(q._queue), q._unfinished_tasks, q._maxsize, q._queue is q._queue)
    q._queue.clear()
    print(q.qsize(), q.empty(), q._unfinished_tasks, q)
    q.put_nowait("a")
    print(q._queue, q.get_nowait())
    pq = asyncio.PriorityQueue()
    for i in (3, 1, 2):
        pq.put_nowait(i)
    print(pq._queue, type(pq._queue).__name__)
    lq = asyncio.LifoQueue()
    lq.put_nowait(1)
    print(lq._queue)
    ev = asyncio.Event()
    print(ev._value)
    ev.set()
    print(ev._value)


asyncio.run(main())
