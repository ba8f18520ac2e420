# asyncio.Queue's maxsize property and the repr of a queue that was shut down (3.13+), and
# timer handles compared as the loop's heap compares them (events.py TimerHandle.__lt__ / __eq__).
import asyncio


async def main():
    q = asyncio.Queue(3)
    print(q.maxsize, asyncio.LifoQueue().maxsize, asyncio.PriorityQueue(maxsize=2.5).maxsize)
    try:
        q.maxsize = 4
    except AttributeError as e:
        print("AttributeError:", e)
    q.put_nowait("a")
    print(q)
    q.shutdown()
    print(q)
    try:
        q.put_nowait("b")
    except asyncio.QueueShutDown:
        print("put after shutdown: QueueShutDown")

    loop = asyncio.get_running_loop()
    a = loop.call_later(1, print, "a")
    b = loop.call_later(2, print, "b")
    c = loop.call_at(a.when(), print, "a")
    d = loop.call_at(a.when(), print, "d")
    print(a < b, b > a, a <= b, b >= a, a <= c, a >= c)
    print(a == a, a == c, a == d, a != b, a == 1, a.__lt__(1))
    print(a in [c], a in [d], [b, c, a].index(a))
    print([h is a for h in sorted([b, a])])
    try:
        a < 1
    except TypeError as e:
        print("TypeError:", e)
    c.cancel()
    print(a == c)
    for h in (a, b, d):
        h.cancel()


asyncio.run(main())
