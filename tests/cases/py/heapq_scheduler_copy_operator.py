import asyncio
import heapq
import bisect
import copy
import operator
import string
import random

async def scheduler():
    random.seed(3)
    pq = []
    for name in "abcdefgh":
        heapq.heappush(pq, (random.randint(1, 5), name))
    print(pq)
    while pq:
        prio, name = heapq.heappop(pq)
        await asyncio.sleep(0.001 * prio)
        print(f"run {name} (p{prio})", end="; ")
    print()
    data = [9, 3, 7, 1, 8, 2, 6]
    heapq.heapify(data)
    print(data, heapq.nsmallest(3, data), heapq.nlargest(2, data), heapq.heappushpop(data, 0), heapq.heapreplace(data, 10), data)
    print(heapq.nsmallest(2, [("b", 2), ("a", 2), ("c", 1)], key=operator.itemgetter(1)))
    grades = [60, 70, 80, 90]
    print([bisect.bisect(grades, s) for s in (55, 70, 85, 99)], bisect.bisect_left(grades, 70))
    bisect.insort(grades, 75)
    print(grades)
    try:
        heapq.heappop([])
    except IndexError as e:
        print("IndexError:", e)

async def main():
    await scheduler()
    cfg = {"hosts": ["a", "b"], "retry": {"n": 3}}
    shallow = copy.copy(cfg)
    deep = copy.deepcopy(cfg)
    cfg["hosts"].append("c")
    cfg["retry"]["n"] = 5
    print(shallow, deep)
    class Job:
        def __init__(self):
            self.deps = [1]
    j = Job()
    j2 = copy.deepcopy(j)
    j2.deps.append(2)
    print(j.deps, j2.deps, type(j2).__name__)
    rows = [{"n": "x", "age": 3}, {"n": "y", "age": 1}]
    print(sorted(rows, key=operator.itemgetter("age")), list(map(operator.attrgetter("real"), [1, 2])), operator.add(2, 3), operator.mul("ab", 2))
    print(string.ascii_lowercase[:5], string.digits, len(string.punctuation))

asyncio.run(main())
