import asyncio
from collections import deque, Counter, defaultdict
import math
import itertools
import functools

async def main():
    window = deque(maxlen=3)
    for i in range(5):
        window.append(i)
        await asyncio.sleep(0)
    print(window, list(window), window[0])
    c = Counter("mississippi")
    print(c.most_common(2), c["s"], sum(c.values()))
    d = defaultdict(list)
    for word in ["apple", "avocado", "banana"]:
        d[word[0]].append(word)
    print(dict(d), d["z"])
    print(math.sqrt(16), math.floor(-2.5), math.ceil(2.1), math.pi, math.isclose(0.1 + 0.2, 0.3), math.inf > 1e308)
    print(list(itertools.chain([1], [2, 3])), list(itertools.islice(itertools.count(10), 3)), list(itertools.product("ab", repeat=2)))
    print(functools.reduce(lambda a, b: a * b, range(1, 6)), list(itertools.accumulate([1, 2, 3])), list(itertools.permutations([1, 2, 3], 2))[:3])

asyncio.run(main())
